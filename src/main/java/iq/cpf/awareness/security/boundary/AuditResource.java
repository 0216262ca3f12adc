package iq.cpf.awareness.security.boundary;

import iq.cpf.awareness.platform.Page;
import iq.cpf.awareness.platform.Role;
import iq.cpf.awareness.platform.Settings;
import iq.cpf.awareness.platform.boundary.Paging;
import iq.cpf.awareness.platform.boundary.Params;
import iq.cpf.awareness.security.control.Audit;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * {@code GET /api/audit?actor=&action=&from=&to=}: the audit log, newest first, for administrators.
 */
@Path("audit")
@RequestScoped
@RolesAllowed(Role.ADMIN_GROUP)
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

    @Inject Audit audit;
    @Inject Settings settings;

    @Operation(summary = "Read the audit log", description = "Newest first.")
    @GET
    public Page<AuditEntry> list(
            @QueryParam("actor") String actor,
            @QueryParam("action") String action,
            @QueryParam("from") String from,
            @QueryParam("to") String to,
            @BeanParam Paging paging) {
        return audit.list(
                        blank(actor),
                        blank(action),
                        Params.from("from", from, settings.timeZone()),
                        Params.until("to", to, settings.timeZone()),
                        paging.first(),
                        paging.size())
                .map(AuditEntry::of);
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
