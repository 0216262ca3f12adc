package iq.cpf.awareness.school.boundary;

import iq.cpf.awareness.platform.InvalidInput;
import iq.cpf.awareness.platform.Role;
import iq.cpf.awareness.platform.boundary.Refuses;
import iq.cpf.awareness.platform.control.Values;
import iq.cpf.awareness.school.control.SchoolCalendars;
import iq.cpf.awareness.school.entity.GovernorateCalendar;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Governorates' school calendars. Organisers read them to plan; administrators keep them, as the
 * ministry's and the Kurdistan Region's calendars are national data, not a forum's.
 */
@Path("calendars")
@RequestScoped
@RolesAllowed(Role.ORGANISER_GROUP)
@Transactional
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CalendarsResource {

    static final String CSV = "text/csv";
    static final String ICS = "text/calendar";

    @Inject SchoolCalendars calendars;

    /** What an import did: how many periods it added (those already there are not added twice). */
    public record ImportedPeriods(int imported) {}

    @Operation(summary = "List governorates' school calendars")
    @GET
    public List<GovernorateCalendarView> list() {
        return calendars.list().stream().map(GovernorateCalendarView::of).toList();
    }

    @Operation(summary = "Get a governorate's school calendar")
    @GET
    @Path("{governorate}")
    public GovernorateCalendarView get(@PathParam("governorate") String governorate) {
        return GovernorateCalendarView.of(calendars.get(governorate));
    }

    @Operation(
            summary = "Create or replace a governorate's school calendar",
            description =
                    "Weekly days off (friday and saturday when not given), terms, holidays (Ramadan and Eid entered with the year's dates) and exam periods. Visits to the governorate's schools outside it are then refused unless an organiser gives a reason.")
    @Refuses(409)
    @PUT
    @Path("{governorate}")
    @RolesAllowed(Role.ADMIN_GROUP)
    public GovernorateCalendarView save(
            @PathParam("governorate") String governorate,
            @NotNull(message = "{field.required}") GovernorateCalendarInput body) {
        GovernorateCalendar saved =
                calendars.save(
                        governorate,
                        body.version(),
                        days(body.daysOff()),
                        CalendarPeriodView.periods(body.periods()));
        return GovernorateCalendarView.of(saved);
    }

    @Operation(
            summary = "Import periods into a governorate's school calendar",
            description =
                    "A CSV file (UTF-8) with the columns kind,name,from,to (kind: term, holiday or exams; dates YYYY-MM-DD, both included), or an iCalendar file whose all-day events are the periods (CATEGORIES gives the kind; holiday when absent). All or nothing: one bad line or event refuses the file with a 400 naming each. Periods already there are not added twice.")
    @POST
    @Path("{governorate}/import")
    @Consumes({CSV, ICS})
    @RolesAllowed(Role.ADMIN_GROUP)
    public ImportedPeriods importFile(
            @PathParam("governorate") String governorate,
            @HeaderParam(HttpHeaders.CONTENT_TYPE) String type,
            String file) {
        return new ImportedPeriods(calendars.importGovernorate(governorate, format(type), file));
    }

    static SchoolCalendars.Format format(String type) {
        return type != null && type.toLowerCase(Locale.ROOT).startsWith(ICS)
                ? SchoolCalendars.Format.ICS
                : SchoolCalendars.Format.CSV;
    }

    private static Set<DayOfWeek> days(List<String> names) {
        if (names == null) {
            return null;
        }
        List<InvalidInput.Violation> problems = new ArrayList<>();
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        for (int i = 0; i < names.size(); i++) {
            try {
                DayOfWeek day =
                        Values.enumeration("daysOff[" + i + "]", names.get(i), DayOfWeek.class);
                if (day == null) {
                    throw new InvalidInput("daysOff[" + i + "]", "field.required.reference");
                }
                days.add(day);
            } catch (InvalidInput invalid) {
                problems.addAll(invalid.violations());
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        return days;
    }
}
