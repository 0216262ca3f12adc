package iq.cpf.awareness.visit.boundary;

import iq.cpf.awareness.platform.Caller;
import iq.cpf.awareness.platform.Language;
import iq.cpf.awareness.platform.Role;
import iq.cpf.awareness.visit.control.VolunteerSchedules;
import iq.cpf.awareness.visit.control.VolunteerSchedules.Card;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * {@code /api/me/schedule}: the calling volunteer's coming visits and those waiting for their
 * report, with what they need at the school, in their language. What the schedule kept on their
 * phone reads, and shows offline with the time it was read.
 */
@Path("me/schedule")
@RequestScoped
@Transactional
@Produces(MediaType.APPLICATION_JSON)
public class MyScheduleResource {

    /** The schedule as read at {@code readAt}. */
    public record ScheduleView(Instant readAt, List<Card> coming, List<Card> toReport) {}

    @Inject Caller caller;
    @Inject VolunteerSchedules schedules;
    @Inject Clock clock;
    @Context HttpHeaders headers;

    @Operation(
            summary = "The calling volunteer's schedule",
            description =
                    "Their coming visits (school, when, team, whom to call, lessons) and those of the last month that wait for their report, in the first of their Accept-Language the application speaks.")
    @GET
    @RolesAllowed(Role.VOLUNTEER_GROUP)
    public ScheduleView schedule() {
        long volunteer =
                caller.volunteerId().orElseThrow(() -> new ForbiddenException("not a volunteer"));
        Language language = Language.preferred(headers.getAcceptableLanguages());
        return new ScheduleView(
                clock.instant(),
                schedules.coming(volunteer, language),
                schedules.toReport(volunteer, language));
    }
}
