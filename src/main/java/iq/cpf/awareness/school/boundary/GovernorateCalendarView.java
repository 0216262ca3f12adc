package iq.cpf.awareness.school.boundary;

import iq.cpf.awareness.school.entity.GovernorateCalendar;
import java.time.DayOfWeek;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A governorate's school calendar. */
public record GovernorateCalendarView(
        String governorate,
        @Schema(description = "Weekly days off, such as friday and saturday") List<String> daysOff,
        List<CalendarPeriodView> periods,
        int version) {

    static GovernorateCalendarView of(GovernorateCalendar c) {
        return new GovernorateCalendarView(
                c.getGovernorate(),
                days(c.getDaysOff()),
                CalendarPeriodView.of(c.getPeriods()),
                c.getVersion());
    }

    static List<String> days(Collection<DayOfWeek> days) {
        return days.stream().sorted().map(d -> d.name().toLowerCase(Locale.ROOT)).toList();
    }
}
