package iq.cpf.awareness.support.outbox;

import iq.cpf.awareness.outbox.control.Mailer;
import iq.cpf.awareness.outbox.control.Outbox;
import iq.cpf.awareness.outbox.entity.OutboxMessage;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.time.Clock;
import java.util.List;

/**
 * Plays the part of another sender against the deployed outbox, through the outbox's own methods,
 * so that a test can stage what a cluster does to it: a sender that claims messages, one that dies
 * after handing a message to the mail server, a lease that runs out, a stale sender that comes
 * back. Every call answers how many rows it changed or took. Test deployments only.
 */
@Path("test-outbox")
@RequestScoped
public class OutboxProbe {

    @Inject Outbox outbox;
    @Inject Mailer mailer;
    @Inject Clock clock;
    @PersistenceContext EntityManager em;

    @POST
    @Path("claim/{token}/{id}")
    public int claim(@PathParam("token") String token, @PathParam("id") long id) {
        return outbox.claim(token, List.of(id)).size();
    }

    /**
     * A sender that claims the message, hands it to the mail server and dies before it can record
     * that the server took it.
     */
    @POST
    @Path("die-sending/{token}/{id}")
    public int dieWhileSending(@PathParam("token") String token, @PathParam("id") long id) {
        List<OutboxMessage> claimed = outbox.claim(token, List.of(id));
        mailer.send(
                claimed,
                new Mailer.Outcomes() {
                    @Override
                    public boolean mayGoOn() {
                        return true;
                    }

                    @Override
                    public boolean sent(OutboxMessage message) {
                        return false;
                    }

                    @Override
                    public void failed(OutboxMessage message, String error) {
                        throw new IllegalStateException("the mail server refused: " + error);
                    }
                });
        return claimed.size();
    }

    /** The sender's lease runs out, as it does when it has not been renewed for its length. */
    @POST
    @Path("expire/{token}")
    @Transactional
    public int expire(@PathParam("token") String token) {
        return em.createNativeQuery(
                        "update outbox_message set lease_until = ?1 where claimed_by = ?2")
                .setParameter(1, clock.instant().minusSeconds(1))
                .setParameter(2, token)
                .executeUpdate();
    }

    @POST
    @Path("sent/{token}/{id}")
    public int sent(@PathParam("token") String token, @PathParam("id") long id) {
        return outbox.sent(id, token) ? 1 : 0;
    }

    @POST
    @Path("failed/{token}/{id}")
    public int failed(@PathParam("token") String token, @PathParam("id") long id) {
        return outbox.failed(id, token, "a late failure") ? 1 : 0;
    }

    @POST
    @Path("release/{token}/{id}")
    public int release(@PathParam("token") String token, @PathParam("id") long id) {
        return outbox.release(token, List.of(id));
    }

    @POST
    @Path("renew/{token}")
    public int renew(@PathParam("token") String token) {
        return outbox.renew(token);
    }
}
