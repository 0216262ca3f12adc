package iq.cpf.awareness.outbox.boundary;

import iq.cpf.awareness.outbox.control.Dispatcher;
import iq.cpf.awareness.outbox.control.Outbox;
import iq.cpf.awareness.outbox.entity.MessageState;
import iq.cpf.awareness.platform.Audited;
import iq.cpf.awareness.platform.Caller;
import iq.cpf.awareness.platform.Page;
import iq.cpf.awareness.platform.Role;
import iq.cpf.awareness.platform.boundary.Paging;
import iq.cpf.awareness.platform.boundary.Params;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.event.Event;
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
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Every email the system sends, with its state; organisers may put a dead one back in the queue.
 */
@Path("outbox")
@RequestScoped
@Transactional
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.ORGANISER_GROUP)
public class OutboxResource {

    @Inject Outbox outbox;
    @Inject Event<Audited> audited;
    @Inject Dispatcher dispatcher;
    @Inject Caller caller;

    @Operation(
            summary = "List outgoing emails",
            description = "Every email the system sends, with its state.")
    @GET
    public Page<OutboxMessageView> list(
            @QueryParam("state") String state,
            @QueryParam("visitId") String visitId,
            @QueryParam("recipient") String recipient,
            @QueryParam("event") String event,
            @BeanParam Paging paging) {
        return outbox.list(
                        caller.scope(),
                        Params.enumeration("state", state, MessageState.class),
                        Params.id("visitId", visitId),
                        recipient,
                        event,
                        paging.first(),
                        paging.size())
                .map(OutboxMessageView::of);
    }

    @Operation(summary = "Get an outgoing email")
    @GET
    @Path("{id}")
    public OutboxMessageView get(@PathParam("id") String id) {
        return OutboxMessageView.of(outbox.get(caller.scope(), Params.pathId(id)));
    }

    /** Purges the bodies of old sent messages now instead of at the next hourly run. */
    @Operation(
            summary = "Purge old message bodies now",
            description = "Instead of at the next hourly run.")
    @POST
    @Path("purge")
    @RolesAllowed(Role.ADMIN_GROUP)
    public Map<String, Integer> purgeNow() {
        return Map.of("purged", outbox.purge());
    }

    /** Holds all sending (on every node) until resumed; messages keep being queued meanwhile. */
    @Operation(
            summary = "Pause all sending",
            description = "On every node, until resumed; messages keep being queued meanwhile.")
    @POST
    @Path("pause")
    @RolesAllowed(Role.ADMIN_GROUP)
    public Map<String, Boolean> pause() {
        dispatcher.pause(true);
        audited.fire(Audited.of("outbox.pause", "outbox", null, null));
        return Map.of("paused", true);
    }

    @Operation(summary = "Resume sending")
    @POST
    @Path("resume")
    @RolesAllowed(Role.ADMIN_GROUP)
    public Map<String, Boolean> resume() {
        dispatcher.pause(false);
        audited.fire(Audited.of("outbox.resume", "outbox", null, null));
        return Map.of("paused", false);
    }

    @Operation(summary = "Put a dead email back in the queue")
    @POST
    @Path("{id}/retry")
    public OutboxMessageView retry(@PathParam("id") String id) {
        return OutboxMessageView.of(outbox.retry(caller.scope(), Params.pathId(id)));
    }
}
