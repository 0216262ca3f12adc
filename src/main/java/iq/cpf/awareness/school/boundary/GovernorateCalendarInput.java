package iq.cpf.awareness.school.boundary;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A governorate's school calendar as a client sends it: the whole of it, replacing what was. */
public record GovernorateCalendarInput(
        @Schema(
                        description =
                                "Weekly days off (monday ... sunday); friday and saturday when not given")
                List<String> daysOff,
        List<CalendarPeriodView> periods,
        @Schema(description = "The version read, to refuse an edit made meanwhile (409)")
                Integer version) {}
