package iq.cpf.awareness.notification.boundary;

import iq.cpf.awareness.notification.control.Digests;
import iq.cpf.awareness.platform.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The weekly digests on demand, under the outbox's path of the API where they are queued. */
@Path("outbox/digests")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.ADMIN_GROUP)
public class DigestsResource {

    @Inject Digests digests;

    /**
     * Queues this week's digests now instead of waiting for DIGEST_CRON; a second run in a week
     * adds nothing.
     */
    @Operation(
            summary = "Queue this week's digests now",
            description =
                    "Instead of waiting for DIGEST_CRON; a second run in a week adds nothing.")
    @POST
    public Map<String, Integer> digestsNow() {
        return Map.of("queued", digests.weekly());
    }
}
