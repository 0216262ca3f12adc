package iq.cpf.awareness.visit.boundary;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import iq.cpf.awareness.platform.Caller;
import iq.cpf.awareness.platform.ForumScope;
import iq.cpf.awareness.platform.InvalidInput;
import iq.cpf.awareness.platform.Page;
import iq.cpf.awareness.platform.Role;
import iq.cpf.awareness.platform.Settings;
import iq.cpf.awareness.platform.boundary.Paging;
import iq.cpf.awareness.platform.boundary.Params;
import iq.cpf.awareness.platform.boundary.Refuses;
import iq.cpf.awareness.visit.control.Visits;
import iq.cpf.awareness.visit.entity.Visit;
import iq.cpf.awareness.visit.entity.VisitStatus;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;

/** Visits. Organisers see and change all of them; a volunteer sees only the visits they are on. */
@Path("visits")
@RequestScoped
@Transactional
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class VisitsResource {

    private static final ObjectMapper JSON =
            new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    @Inject Visits visits;
    @Inject Settings settings;
    @Inject Caller caller;
    @Inject VisitAccess access;

    @Operation(
            summary = "List visits",
            description =
                    "Organisers see the visits of their scope; a volunteer only the visits they are on (403 for another volunteer's).")
    @Refuses(403)
    @GET
    public Page<VisitView> list(
            @QueryParam("from") String from,
            @QueryParam("to") String to,
            @QueryParam("volunteerId") String volunteerId,
            @QueryParam("schoolId") String schoolId,
            @QueryParam("campaignId") String campaignId,
            @QueryParam("status") String status,
            @BeanParam Paging paging) {
        Long volunteer = Params.id("volunteerId", volunteerId);
        ForumScope scope = caller.scope();
        if (!caller.isOrganiser()) {
            scope = ForumScope.NATIONAL;
            Long own = caller.volunteerId().orElseThrow(ForbiddenException::new);
            if (volunteer != null && !volunteer.equals(own)) {
                throw new ForbiddenException();
            }
            volunteer = own;
        }
        Instant fromInstant = Params.from("from", from, settings.timeZone());
        Instant toInstant = Params.until("to", to, settings.timeZone());
        return visits.list(
                        scope,
                        fromInstant,
                        toInstant,
                        volunteer,
                        Params.id("schoolId", schoolId),
                        Params.id("campaignId", campaignId),
                        Params.enumeration("status", status, VisitStatus.class),
                        paging.first(),
                        paging.size())
                .map(VisitView::of);
    }

    @Operation(summary = "Get a visit")
    @GET
    @Path("{id}")
    public VisitView get(@PathParam("id") String id) {
        return access.view(Params.pathId(id));
    }

    @Operation(summary = "List a visit's changes")
    @GET
    @Path("{id}/history")
    public List<VisitChangeView> history(@PathParam("id") String id) {
        Visit visit = access.visible(Params.pathId(id));
        return visits.history(visit.getId()).stream().map(VisitChangeView::of).toList();
    }

    @Operation(
            summary = "Schedule a visit",
            description =
                    "Invites the school and the team by email. A volunteer or a school in an overlapping visit answers 409.")
    @Refuses(409)
    @APIResponseSchema(
            value = VisitView.class,
            responseCode = "201",
            responseDescription = "Created; the Location header is its address")
    @POST
    @RolesAllowed(Role.ORGANISER_GROUP)
    public Response schedule(@NotNull(message = "{field.required}") VisitInput body) {
        return created(visits.schedule(caller.scope(), plan(body)));
    }

    /**
     * A visit that already took place (sessions a forum held before it used the system): nobody is
     * emailed.
     */
    @Operation(
            summary = "Enter a visit already held",
            description = "A session held before the forum used the system; nobody is emailed.")
    @Refuses(409)
    @APIResponseSchema(
            value = VisitView.class,
            responseCode = "201",
            responseDescription = "Created; the Location header is its address")
    @POST
    @Path("held")
    @RolesAllowed(Role.ORGANISER_GROUP)
    public Response enterHeld(@NotNull(message = "{field.required}") VisitInput body) {
        return created(visits.enterHeld(caller.scope(), plan(body)));
    }

    private static Response created(Visit visit) {
        return Response.created(
                        UriBuilder.fromResource(VisitsResource.class)
                                .path(String.valueOf(visit.getId()))
                                .build())
                .entity(VisitView.of(visit))
                .build();
    }

    @Operation(
            summary = "Move or edit a visit",
            description =
                    "A visit held and reported, or cancelled, cannot be moved (409); nor can it clash with another.")
    @PUT
    @Path("{id}")
    @RolesAllowed(Role.ORGANISER_GROUP)
    public VisitView change(
            @PathParam("id") String id, @NotNull(message = "{field.required}") VisitInput body) {
        return VisitView.of(
                visits.change(
                        caller.scope(),
                        Params.pathId(id),
                        body.version(),
                        plan(body),
                        caller.email().orElse(null)));
    }

    @Operation(
            summary = "Cancel a visit",
            description = "The optional JSON body {\"reason\"} is told to the school and the team.")
    @Refuses(409)
    @POST
    @Path("{id}/cancel")
    @RolesAllowed(Role.ORGANISER_GROUP)
    @Consumes(MediaType.WILDCARD)
    public VisitView cancel(
            @PathParam("id") String id,
            @HeaderParam(HttpHeaders.CONTENT_TYPE) String type,
            String body) {
        Params.jsonOrNone(type);
        return cancel(id, reason(body));
    }

    /** The calling volunteer joins the visit's team, if its campaign is open to sign-up. */
    @Operation(
            summary = "Sign up for a visit",
            description =
                    "The calling volunteer joins the team of a coming visit whose campaign is open to sign-up.")
    @Refuses({409, 415})
    @POST
    @Path("{id}/sign-up")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed(Role.VOLUNTEER_GROUP)
    public VisitView signUp(
            @PathParam("id") String id, @HeaderParam(HttpHeaders.CONTENT_TYPE) String type) {
        Params.jsonOrNone(type);
        long visit = Params.pathId(id);
        long volunteer =
                caller.volunteerId().orElseThrow(() -> new ForbiddenException("not a volunteer"));
        return VisitView.of(visits.signUp(caller.scope(), visit, volunteer));
    }

    private VisitView cancel(String id, CancelInput body) {
        return VisitView.of(
                visits.cancel(
                        caller.scope(),
                        Params.pathId(id),
                        caller.email().orElse(null),
                        body == null ? null : body.reason()));
    }

    /**
     * The body is optional (a bare POST cancels without a reason), so it is read only when there is
     * one.
     */
    private static CancelInput reason(String body) {
        if (body == null || body.isBlank()) {
            return null;
        }
        try {
            return JSON.readValue(body, CancelInput.class);
        } catch (JsonProcessingException e) {
            throw new InvalidInput("body", "error.json.wrongShape");
        }
    }

    /** The optional body of a cancellation: why, in words the school and the team will read. */
    record CancelInput(String reason) {}

    /** The request's plan, scheduled by the caller (the ORGANIZER of a new visit's invitations). */
    private Visits.Plan plan(VisitInput body) {
        return visits.plannedBy(
                caller.email().orElse(null),
                body.campaignId(),
                body.schoolId(),
                body.start() == null ? null : body.start().toInstant(),
                body.durationMinutes(),
                body.volunteerIds(),
                body.expectedStudents(),
                body.materialIds(),
                body.overrideReason());
    }
}
