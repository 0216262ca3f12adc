package iq.cpf.awareness.participation.boundary;

import iq.cpf.awareness.participation.control.Participations;
import iq.cpf.awareness.platform.Caller;
import iq.cpf.awareness.platform.NotFound;
import iq.cpf.awareness.platform.boundary.Params;
import iq.cpf.awareness.platform.boundary.Refuses;
import iq.cpf.awareness.visit.boundary.VisitAccess;
import iq.cpf.awareness.visit.control.Visits;
import iq.cpf.awareness.visit.entity.Visit;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * {@code /api/visits/{id}/participation}: what happened at a visit, recorded once it has started by
 * an organiser or a volunteer of its team; a later report corrects the earlier one.
 */
@Path("visits/{id}/participation")
@RequestScoped
@Transactional
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ParticipationResource {

    @Inject Participations participations;
    @Inject Visits visits;
    @Inject Caller caller;
    @Inject VisitAccess access;

    @Operation(
            summary = "Get a visit's participation report",
            description = "The current report; organisers and the visit's team.")
    @GET
    public ParticipationView get(@PathParam("id") String id) {
        Visit visit = access.visible(Params.pathId(id));
        return participations
                .of(visit.getId())
                .map(ParticipationView::of)
                .orElseThrow(
                        () -> new NotFound("participation.none", String.valueOf(visit.getId())));
    }

    @Operation(
            summary = "Report what happened at a visit",
            description =
                    "Once the visit has started, by an organiser or a volunteer of its team; a later report corrects the earlier one.")
    @Refuses(409)
    @POST
    public ParticipationView record(
            @PathParam("id") String id,
            @Parameter(
                            description =
                                    "The sender's key for this report (letters, digits and dashes, at most 100): the same report sent again under it is not recorded again")
                    @HeaderParam("Idempotency-Key")
                    @Pattern(regexp = "[A-Za-z0-9_-]{1,100}", message = "{param.idempotencyKey}")
                    String key,
            @NotNull(message = "{field.required}") ParticipationInput body) {
        Visit visit = access.visible(Params.pathId(id));
        return ParticipationView.of(
                participations.record(
                        visit.getId(), body.report(), caller.email().orElse(""), key));
    }

    /**
     * Every report of the visit as it was sent, oldest first: corrections never erase what was said
     * before.
     */
    @Operation(
            summary = "List every participation report of a visit",
            description =
                    "As each was sent, oldest first: corrections never erase what was said before.")
    @GET
    @Path("history")
    public List<RevisionView> history(@PathParam("id") String id) {
        Visit visit = access.visible(Params.pathId(id));
        return participations.revisions(visit.getId()).stream().map(RevisionView::of).toList();
    }
}
