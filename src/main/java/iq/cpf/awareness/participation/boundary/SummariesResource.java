package iq.cpf.awareness.participation.boundary;

import iq.cpf.awareness.forum.entity.Forum;
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
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * {@code GET /api/summaries?forumId=&governorate=&district=&campaignId=&from=&to=}: the same
 * figures as a campaign's summary for a forum, a governorate or a district (the schools'), over a
 * period, in the same formats; always within the caller's scope, so a governorate's summary for an
 * organiser sums up their forums in it.
 */
@Path("summaries")
@RequestScoped
@Transactional
@RolesAllowed(Role.ORGANISER_GROUP)
public class SummariesResource {

    @Inject Checks checks;
    @Inject SummaryResponses responses;
    @Inject Caller caller;

    @Operation(
            summary = "Get the participation figures of a forum, governorate or district",
            description =
                    "The same figures as a campaign's summary over a period, in the same formats, always within the caller's scope.")
    @GET
    @Produces({MediaType.APPLICATION_JSON, SummaryResponses.CSV, SummaryResponses.PDF})
    public Response summary(
            @QueryParam("forumId") String forumId,
            @QueryParam("campaignId") String campaignId,
            @QueryParam("governorate") String governorate,
            @QueryParam("district") String district,
            @QueryParam("from") String from,
            @QueryParam("to") String to,
            @QueryParam("format") String format,
            @QueryParam("lang") String lang,
            @Context Request request,
            @Context HttpHeaders headers) {
        Long forum = Params.id("forumId", forumId);
        List<String> names = new ArrayList<>();
        if (forum != null) {
            names.add(
                    checks.reference(
                                    caller.scope(),
                                    Forum.class,
                                    forum,
                                    "forumId",
                                    "forum",
                                    Forum::getId)
                            .getName());
        }
        Long campaign = Params.id("campaignId", campaignId);
        if (governorate != null && !governorate.isBlank()) {
            names.add(governorate.strip());
        }
        if (district != null && !district.isBlank()) {
            names.add(district.strip());
        }
        Scope scope =
                new Scope(
                        campaign,
                        forum,
                        governorate,
                        district,
                        Params.date("from", from),
                        Params.date("to", to),
                        caller.scope());
        String title = names.isEmpty() ? null : String.join(", ", names);
        return responses.answer(scope, title, "summary", format, lang, request, headers);
    }
}
