package iq.cpf.awareness.participation.boundary;

import iq.cpf.awareness.participation.control.Trainings;
import iq.cpf.awareness.participation.entity.Training;
import iq.cpf.awareness.platform.Caller;
import iq.cpf.awareness.platform.Page;
import iq.cpf.awareness.platform.Role;
import iq.cpf.awareness.platform.boundary.Paging;
import iq.cpf.awareness.platform.boundary.Params;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;

/**
 * {@code /api/trainings}: the reach ledger's trainings and workshops for police officers, community
 * members and teachers. Organisers keep it; everyone who may log in may read it.
 */
@Path("trainings")
@RequestScoped
@RolesAllowed(Role.ORGANISER_GROUP)
@Transactional
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TrainingsResource {

    @Inject Trainings trainings;
    @Inject Caller caller;

    @Operation(
            summary = "List trainings",
            description =
                    "The reach ledger's trainings and workshops for police officers, community members and teachers.")
    @GET
    public Page<TrainingView> list(
            @QueryParam("forumId") String forumId,
            @QueryParam("campaignId") String campaignId,
            @QueryParam("from") String from,
            @QueryParam("to") String to,
            @BeanParam Paging paging) {
        return trainings
                .list(
                        caller.scope(),
                        Params.id("forumId", forumId),
                        Params.id("campaignId", campaignId),
                        Params.date("from", from),
                        Params.date("to", to),
                        paging.first(),
                        paging.size())
                .map(TrainingView::of);
    }

    @Operation(summary = "Get a training")
    @GET
    @Path("{id}")
    public TrainingView get(@PathParam("id") String id) {
        return TrainingView.of(trainings.get(caller.scope(), Params.pathId(id)));
    }

    @Operation(summary = "Record a training")
    @APIResponseSchema(
            value = TrainingView.class,
            responseCode = "201",
            responseDescription = "Created; the Location header is its address")
    @POST
    @RolesAllowed(Role.ORGANISER_GROUP)
    public Response create(@NotNull(message = "{field.required}") TrainingInput body) {
        Training training =
                trainings.create(caller.scope(), body.description(), caller.email().orElse(""));
        return Response.created(
                        UriBuilder.fromResource(TrainingsResource.class)
                                .path(String.valueOf(training.getId()))
                                .build())
                .entity(TrainingView.of(training))
                .build();
    }

    @Operation(summary = "Update a training")
    @PUT
    @Path("{id}")
    @RolesAllowed(Role.ORGANISER_GROUP)
    public TrainingView update(
            @PathParam("id") String id, @NotNull(message = "{field.required}") TrainingInput body) {
        return TrainingView.of(
                trainings.update(
                        caller.scope(), Params.pathId(id), body.version(), body.description()));
    }
}
