package iq.cpf.awareness.planning.boundary;

import iq.cpf.awareness.planning.control.Proposals;
import iq.cpf.awareness.planning.entity.Proposal;
import iq.cpf.awareness.platform.Caller;
import iq.cpf.awareness.platform.Role;
import iq.cpf.awareness.platform.boundary.Params;
import iq.cpf.awareness.platform.boundary.Refuses;
import iq.cpf.awareness.visit.entity.Visit;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;

/**
 * Auto-planning: a proposal of a campaign's visits (asked for at {@link CampaignPlansResource}) is
 * read while the solver improves it, stopped early, and committed. Organisers, within their scope.
 */
@Path("plans")
@RequestScoped
@RolesAllowed(Role.ORGANISER_GROUP)
@Transactional
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PlansResource {

    @Inject Proposals proposals;
    @Inject Caller caller;
    @Context HttpHeaders headers;

    /** What a commit scheduled. */
    public record Committed(List<Long> visitIds) {}

    @Operation(summary = "Get a proposal: its state, score, placed and unplaced visits")
    @GET
    @Path("{id}")
    public PlanView get(@PathParam("id") String id) {
        return view(proposals.get(caller.scope(), Params.pathId(id)));
    }

    @Operation(
            summary = "Stop solving a proposal now",
            description = "The best proposal so far is kept; it is solved within a second or two.")
    @POST
    @Path("{id}/stop")
    public PlanView stop(@PathParam("id") String id) {
        return view(proposals.stop(caller.scope(), Params.pathId(id)));
    }

    @Operation(
            summary = "Commit a proposal",
            description =
                    "Schedules every placed visit, with the usual invitations, all or nothing: if anything changed since the proposal was made (a visit scheduled meanwhile, a calendar or an availability changed), nothing is scheduled and the 409 names each visit that no longer fits and why.")
    @Refuses(409)
    @POST
    @Path("{id}/commit")
    public Committed commit(@PathParam("id") String id) {
        List<Visit> visits =
                proposals.commit(caller.scope(), Params.pathId(id), caller.email().orElse(null));
        return new Committed(visits.stream().map(Visit::getId).toList());
    }

    @Operation(
            summary = "Move, lock or unlock one visit of a solved proposal",
            description =
                    "index is the visit's index in the proposal. A moved visit keeps its team and is locked at its new time; it is refused with 409 when it would break a rule of the school's calendar, the team's availability or safeguarding (rules), or clash with a scheduled visit or another visit of the proposal.")
    @Refuses(409)
    @PUT
    @Path("{id}/visits/{index}")
    public PlanView change(
            @PathParam("id") String id,
            @PathParam("index") String index,
            @NotNull(message = "{field.required}") PlanVisitChange body) {
        return view(
                proposals.change(
                        caller.scope(),
                        Params.pathId(id),
                        (int) Math.max(-1, Math.min(Params.pathId(index), Integer.MAX_VALUE)),
                        body.start() == null ? null : body.start().toInstant(),
                        body.locked()));
    }

    @Operation(
            summary = "Solve a proposal again around its locked visits",
            description =
                    "Locked visits stay as they are; the others are placed anew, around them and what is scheduled by now. Answered 202; read the proposal until its status is solved.")
    @APIResponseSchema(
            value = PlanView.class,
            responseCode = "202",
            responseDescription = "Accepted")
    @Refuses(409)
    @POST
    @Path("{id}/solve")
    public Response solve(@PathParam("id") String id) {
        return Response.accepted(view(proposals.solveAgain(caller.scope(), Params.pathId(id))))
                .build();
    }

    private PlanView view(Proposal proposal) {
        return PlanView.of(proposal, proposals, headers);
    }
}
