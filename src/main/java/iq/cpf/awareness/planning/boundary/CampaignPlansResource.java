package iq.cpf.awareness.planning.boundary;

import iq.cpf.awareness.planning.control.Proposals;
import iq.cpf.awareness.planning.entity.Proposal;
import iq.cpf.awareness.platform.Caller;
import iq.cpf.awareness.platform.Role;
import iq.cpf.awareness.platform.boundary.Params;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;

/** Where a campaign's proposals are asked for; they are read and committed at /api/plans. */
@Path("campaigns/{id}/plans")
@RequestScoped
@RolesAllowed(Role.ORGANISER_GROUP)
@Transactional
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CampaignPlansResource {

    @Inject Proposals proposals;
    @Inject Caller caller;
    @Context HttpHeaders headers;

    @Operation(
            summary = "Ask for a proposal of a campaign's visits",
            description =
                    "Solved in the background with Timefold Solver within secondsLimit: the answer is 202 with the proposal's address; read it there until its status is solved. Hard rules: the schools' calendars and shifts, the volunteers' availability, dates away and weekly most, no clashes with each other or with visits already scheduled, a team of two of which one speaks the school's teaching language. Nothing is scheduled or sent until the proposal is committed.")
    @APIResponseSchema(
            value = PlanView.class,
            responseCode = "202",
            responseDescription = "Accepted; the Location header is the proposal's address")
    @POST
    public Response propose(
            @PathParam("id") String campaignId,
            @NotNull(message = "{field.required}") PlanRequest body) {
        Proposal proposal =
                proposals.propose(
                        caller.scope(),
                        Params.pathId(campaignId),
                        new Proposals.Request(
                                body.schoolIds(),
                                body.district(),
                                body.from(),
                                body.to(),
                                body.visitsPerSchool(),
                                body.durationMinutes(),
                                body.secondsLimit(),
                                body.search()),
                        caller.email().orElse(null));
        return Response.accepted(PlanView.of(proposal, proposals, headers))
                .location(
                        UriBuilder.fromResource(PlansResource.class)
                                .path(String.valueOf(proposal.getId()))
                                .build())
                .build();
    }
}
