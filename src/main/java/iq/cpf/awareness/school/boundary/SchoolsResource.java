package iq.cpf.awareness.school.boundary;

import iq.cpf.awareness.forum.control.Forums;
import iq.cpf.awareness.forum.entity.Forum;
import iq.cpf.awareness.platform.Caller;
import iq.cpf.awareness.platform.Page;
import iq.cpf.awareness.platform.Role;
import iq.cpf.awareness.platform.boundary.Paging;
import iq.cpf.awareness.platform.boundary.Params;
import iq.cpf.awareness.platform.boundary.Refuses;
import iq.cpf.awareness.school.control.SchoolCalendars;
import iq.cpf.awareness.school.control.Schools;
import iq.cpf.awareness.school.entity.School;
import iq.cpf.awareness.school.entity.SchoolLevel;
import iq.cpf.awareness.school.entity.SchoolType;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;

@Path("schools")
@RequestScoped
@RolesAllowed(Role.ORGANISER_GROUP)
@Transactional
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SchoolsResource {

    @Inject Schools schools;
    @Inject Caller caller;
    @Inject Forums forums;
    @Inject SchoolCalendars calendars;

    @Operation(summary = "List schools")
    @GET
    public Page<SchoolView> list(
            @QueryParam("governorate") String governorate,
            @QueryParam("district") String district,
            @QueryParam("level") String level,
            @QueryParam("type") String type,
            @QueryParam("q") String query,
            @BeanParam Paging paging) {
        return schools.list(
                        caller.scope(),
                        governorate,
                        district,
                        Params.enumeration("level", level, SchoolLevel.class),
                        Params.enumeration("type", type, SchoolType.class),
                        query,
                        paging.first(),
                        paging.size())
                .map(SchoolView::of);
    }

    @Operation(summary = "Get a school")
    @GET
    @Path("{id}")
    public SchoolView get(@PathParam("id") String id) {
        return SchoolView.of(schools.get(caller.scope(), Params.pathId(id)));
    }

    @Operation(summary = "Create a school")
    @APIResponseSchema(
            value = SchoolView.class,
            responseCode = "201",
            responseDescription = "Created; the Location header is its address")
    @POST
    @RolesAllowed(Role.ORGANISER_GROUP)
    public Response create(@NotNull(message = "{field.required}") SchoolInput body) {
        Forum forum = forums.owner(caller.scope(), body.forumId());
        School school = schools.create(forum, body.details());
        return Response.created(
                        UriBuilder.fromResource(SchoolsResource.class)
                                .path(String.valueOf(school.getId()))
                                .build())
                .entity(SchoolView.of(school))
                .build();
    }

    @Operation(summary = "Update a school")
    @PUT
    @Path("{id}")
    @RolesAllowed(Role.ORGANISER_GROUP)
    public SchoolView update(
            @PathParam("id") String id, @NotNull(message = "{field.required}") SchoolInput body) {
        Forum forum = body.forumId() == null ? null : forums.owner(caller.scope(), body.forumId());
        return SchoolView.of(
                schools.update(
                        caller.scope(), Params.pathId(id), body.version(), forum, body.details()));
    }

    /**
     * Erases the contact at {@code index} (0 is the first) on their request; their history stays,
     * anonymous.
     */
    @Operation(
            summary = "Erase a school contact",
            description =
                    "On the person's request: their name and addresses are replaced by an anonymous marker everywhere; their history stays. index counts from 0; a school keeps at least one contact (409 for the last).")
    @Refuses(409)
    @APIResponse(responseCode = "204", description = "Done")
    @DELETE
    @Path("{id}/contacts/{index}")
    public Response eraseContact(@PathParam("id") String id, @PathParam("index") String index) {
        schools.eraseContact(
                caller.scope(), Params.pathId(id), Params.integer("index", index, 0, 99));
        return Response.noContent().build();
    }

    /** What an import did: how many schools it added. */
    public record Imported(int imported) {}

    /**
     * Imports a directory (CSV, see {@link iq.cpf.awareness.school.control.SchoolCsv}) all or
     * nothing: one bad line refuses the file with a 400 that names each bad line and field.
     */
    @Operation(
            summary = "Import a school directory",
            description =
                    "A CSV file (UTF-8), all or nothing: one bad line refuses the file with a 400 that names each bad line and field.")
    @POST
    @Path("import")
    @Consumes("text/csv")
    @RolesAllowed(Role.ORGANISER_GROUP)
    public Imported importCsv(@QueryParam("forumId") String forumId, String csv) {
        return new Imported(schools.importCsv(caller.scope(), Params.id("forumId", forumId), csv));
    }

    @Operation(
            summary = "Get a school's calendar",
            description =
                    "Its governorate's days off and periods, and the school's own shift, hours and periods.")
    @GET
    @Path("{id}/calendar")
    public SchoolCalendarView calendar(@PathParam("id") String id) {
        School school = schools.get(caller.scope(), Params.pathId(id));
        return SchoolCalendarView.of(school, calendars.find(school.getGovernorate()).orElse(null));
    }

    @Operation(
            summary = "Set a school's shift, hours and own periods",
            description =
                    "Replaces them; version is the school's. A visit outside the shift's hours or in the school's holidays or exams is then refused unless an organiser gives a reason.")
    @PUT
    @Path("{id}/calendar")
    public SchoolCalendarView saveCalendar(
            @PathParam("id") String id,
            @NotNull(message = "{field.required}") SchoolCalendarInput body) {
        School school =
                calendars.saveSchool(
                        caller.scope(),
                        Params.pathId(id),
                        body.version(),
                        body.shift(),
                        body.shiftStart(),
                        body.shiftEnd(),
                        body.teachingLanguage(),
                        Boolean.TRUE.equals(body.policeConsent()),
                        CalendarPeriodView.periods(body.periods()));
        return SchoolCalendarView.of(school, calendars.find(school.getGovernorate()).orElse(null));
    }

    @Operation(
            summary = "Import periods into a school's calendar",
            description =
                    "As the import into a governorate's calendar: CSV (kind,name,from,to) or iCalendar, all or nothing.")
    @POST
    @Path("{id}/calendar/import")
    @Consumes({CalendarsResource.CSV, CalendarsResource.ICS})
    public CalendarsResource.ImportedPeriods importCalendar(
            @PathParam("id") String id,
            @HeaderParam(HttpHeaders.CONTENT_TYPE) String type,
            String file) {
        return new CalendarsResource.ImportedPeriods(
                calendars.importSchool(
                        caller.scope(), Params.pathId(id), CalendarsResource.format(type), file));
    }
}
