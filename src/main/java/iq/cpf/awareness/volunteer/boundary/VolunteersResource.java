package iq.cpf.awareness.volunteer.boundary;

import iq.cpf.awareness.forum.control.Forums;
import iq.cpf.awareness.platform.Caller;
import iq.cpf.awareness.platform.Page;
import iq.cpf.awareness.platform.Role;
import iq.cpf.awareness.platform.boundary.Paging;
import iq.cpf.awareness.platform.boundary.Params;
import iq.cpf.awareness.platform.boundary.Refuses;
import iq.cpf.awareness.volunteer.control.Volunteers;
import iq.cpf.awareness.volunteer.entity.Volunteer;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;

@Path("volunteers")
@RequestScoped
@Transactional
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class VolunteersResource {

    @Inject Volunteers volunteers;
    @Inject Caller caller;
    @Inject Forums forums;

    @Operation(summary = "List volunteers")
    @GET
    @RolesAllowed(Role.ORGANISER_GROUP)
    public Page<VolunteerView> list(
            @QueryParam("forumId") String forumId,
            @QueryParam("policeOfficer") String police,
            @QueryParam("q") String query,
            @BeanParam Paging paging) {
        Boolean policeOfficer =
                police == null || police.isBlank() ? null : Boolean.valueOf(police.trim());
        return volunteers
                .list(
                        caller.scope(),
                        Params.id("forumId", forumId),
                        policeOfficer,
                        query,
                        paging.first(),
                        paging.size())
                .map(VolunteerView::of);
    }

    /**
     * Organisers see the volunteers of their scope; a volunteer sees only themself (anyone else:
     * 404).
     */
    @Operation(
            summary = "Get a volunteer",
            description =
                    "Organisers see the volunteers of their scope; a volunteer only themself (anyone else: 404).")
    @GET
    @Path("{id}")
    public VolunteerView get(@PathParam("id") String id) {
        return VolunteerView.of(volunteers.visibleTo(caller, Params.pathId(id)));
    }

    @Operation(
            summary = "Get a volunteer's availability",
            description =
                    "Weekly windows, dates away, the most visits a week, and gender, home district and unit for the planner and the safeguarding rules. Organisers of their forum, or the volunteer themself.")
    @GET
    @Path("{id}/availability")
    public AvailabilityView availability(@PathParam("id") String id) {
        return AvailabilityView.of(volunteers.visibleTo(caller, Params.pathId(id)));
    }

    @Operation(
            summary = "Set a volunteer's availability",
            description =
                    "Replaces it; version is the volunteer's. Scheduling the volunteer outside it is then refused with 409 naming the rule (volunteer.unavailable, volunteer.away, volunteer.weekFull) unless an organiser gives an overrideReason.")
    @PUT
    @Path("{id}/availability")
    public AvailabilityView saveAvailability(
            @PathParam("id") String id,
            @NotNull(message = "{field.required}") AvailabilityView body) {
        return AvailabilityView.of(
                volunteers.saveAvailability(
                        caller,
                        Params.pathId(id),
                        body.version(),
                        body.gender(),
                        body.homeDistrict(),
                        body.unit(),
                        body.maxVisitsPerWeek(),
                        body.windowsSent(),
                        body.awaySent()));
    }

    /**
     * Erases the volunteer on their request: their name and addresses go, their visits and counts
     * stay.
     */
    @Operation(
            summary = "Erase a volunteer",
            description =
                    "On their request: their name and addresses go, their visits and counts stay.")
    @APIResponse(responseCode = "204", description = "Done")
    @DELETE
    @Path("{id}")
    @RolesAllowed(Role.ORGANISER_GROUP)
    public Response erase(@PathParam("id") String id) {
        volunteers.erase(caller.scope(), Params.pathId(id));
        return Response.noContent().build();
    }

    @Operation(summary = "Create a volunteer", description = "An email already taken answers 409.")
    @Refuses(409)
    @APIResponseSchema(
            value = VolunteerView.class,
            responseCode = "201",
            responseDescription = "Created; the Location header is its address")
    @POST
    @RolesAllowed(Role.ORGANISER_GROUP)
    public Response create(@NotNull(message = "{field.required}") VolunteerInput body) {
        Volunteer volunteer = body.create(volunteers, forums, caller.scope());
        return Response.created(
                        UriBuilder.fromResource(VolunteersResource.class)
                                .path(String.valueOf(volunteer.getId()))
                                .build())
                .entity(VolunteerView.of(volunteer))
                .build();
    }

    @Operation(summary = "Update a volunteer")
    @PUT
    @Path("{id}")
    @RolesAllowed(Role.ORGANISER_GROUP)
    public VolunteerView update(
            @PathParam("id") String id,
            @NotNull(message = "{field.required}") VolunteerInput body) {
        return VolunteerView.of(body.update(volunteers, forums, caller.scope(), Params.pathId(id)));
    }
}
