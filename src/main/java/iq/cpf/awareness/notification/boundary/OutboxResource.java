package iq.cpf.awareness.notification.boundary;

import iq.cpf.awareness.platform.Audited;
import iq.cpf.awareness.notification.control.Outbox;
import iq.cpf.awareness.notification.entity.MessageState;
import iq.cpf.awareness.platform.boundary.Page;
import iq.cpf.awareness.platform.boundary.Paging;
import iq.cpf.awareness.platform.boundary.Params;
import iq.cpf.awareness.security.control.Scopes;
import iq.cpf.awareness.security.entity.Role;
import jakarta.enterprise.event.Event;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/** Every email the system sends, with its state; organisers may put a dead one back in the queue. */
@Path("outbox")
@RequestScoped
@Transactional
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.ORGANISER_GROUP)
public class OutboxResource {

    @Inject
    Outbox outbox;
    @Inject
    Event<Audited> audited;
    @Inject
    iq.cpf.awareness.notification.control.Digests digests;
    @Inject
    iq.cpf.awareness.notification.control.Dispatcher dispatcher;
    @Inject
    Scopes scopes;

    @GET
    public Page<OutboxMessageView> list(@QueryParam("state") String state, @QueryParam("visitId") String visitId,
                                        @QueryParam("recipient") String recipient, @QueryParam("event") String event,
                                        @BeanParam Paging paging) {
        return outbox.list(scopes.current(), Params.enumeration("state", state, MessageState.class), Params.id("visitId", visitId),
                recipient, event, paging.first(), paging.size()).map(OutboxMessageView::of);
    }

    @GET
    @Path("{id}")
    public OutboxMessageView get(@PathParam("id") String id) {
        return OutboxMessageView.of(outbox.get(scopes.current(), Params.pathId(id)));
    }

    /** Queues this week's digests now instead of waiting for DIGEST_CRON; a second run in a week adds nothing. */
    @POST
    @Path("digests")
    @RolesAllowed(Role.ADMIN_GROUP)
    public java.util.Map<String, Integer> digestsNow() {
        return java.util.Map.of("queued", digests.weekly());
    }

    /** Purges the bodies of old sent messages now instead of at the next hourly run. */
    @POST
    @Path("purge")
    @RolesAllowed(Role.ADMIN_GROUP)
    public java.util.Map<String, Integer> purgeNow() {
        return java.util.Map.of("purged", outbox.purge());
    }

    /** Holds all sending (on every node) until resumed; messages keep being queued meanwhile. */
    @POST
    @Path("pause")
    @RolesAllowed(Role.ADMIN_GROUP)
    public java.util.Map<String, Boolean> pause() {
        dispatcher.pause(true);
        audited.fire(Audited.of("outbox.pause", "outbox", null, null));
        return java.util.Map.of("paused", true);
    }

    @POST
    @Path("resume")
    @RolesAllowed(Role.ADMIN_GROUP)
    public java.util.Map<String, Boolean> resume() {
        dispatcher.pause(false);
        audited.fire(Audited.of("outbox.resume", "outbox", null, null));
        return java.util.Map.of("paused", false);
    }

    @POST
    @Path("{id}/retry")
    public OutboxMessageView retry(@PathParam("id") String id) {
        return OutboxMessageView.of(outbox.retry(scopes.current(), Params.pathId(id)));
    }
}
