package iq.cpf.awareness.participation.boundary;

import iq.cpf.awareness.campaign.entity.Campaign;
import iq.cpf.awareness.participation.control.Scope;
import iq.cpf.awareness.platform.Caller;
import iq.cpf.awareness.platform.Role;
import iq.cpf.awareness.platform.boundary.Params;
import iq.cpf.awareness.platform.control.Checks;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * {@code GET /api/campaigns/{id}/summary}: the campaign's figures as JSON, or as CSV or a PDF
 * report when asked with {@code Accept: text/csv} or {@code Accept: application/pdf}; {@code
 * ?from=&to=} narrow it to a period.
 */
@Path("campaigns/{id}/summary")
@RequestScoped
@Transactional
@RolesAllowed(Role.ORGANISER_GROUP)
public class CampaignSummaryResource {

    @Inject Checks checks;
    @Inject SummaryResponses responses;
    @Inject Caller caller;

    @Operation(
            summary = "Get a campaign's participation and impact figures",
            description =
                    "As JSON, CSV or PDF (format, or Accept: text/csv or application/pdf), in the language of lang; from and to narrow it to a period.")
    @GET
    @Produces({MediaType.APPLICATION_JSON, SummaryResponses.CSV, SummaryResponses.PDF})
    public Response summary(
            @PathParam("id") String id,
            @QueryParam("from") String from,
            @QueryParam("to") String to,
            @QueryParam("format") String format,
            @QueryParam("lang") String lang,
            @Context Request request,
            @Context HttpHeaders headers) {
        Campaign campaign =
                checks.existing(
                        caller.scope(),
                        Campaign.class,
                        Params.pathId(id),
                        "campaign",
                        c -> c.getForum().getId());
        Scope scope =
                Scope.campaign(campaign.getId(), Params.date("from", from), Params.date("to", to));
        return responses.answer(
                scope,
                campaign.getName(),
                "campaign-" + campaign.getId() + "-summary",
                format,
                lang,
                request,
                headers);
    }
}
