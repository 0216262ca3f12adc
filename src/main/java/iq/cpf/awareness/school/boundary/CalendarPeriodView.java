package iq.cpf.awareness.school.boundary;

import iq.cpf.awareness.school.entity.CalendarPeriod;
import iq.cpf.awareness.school.entity.PeriodKind;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A term, holiday or exam period, from its first to its last day, both included. */
public record CalendarPeriodView(
        @Schema(required = true) PeriodKind kind,
        @Schema(required = true, maxLength = 200) String name,
        @Schema(required = true, description = "Its first day") LocalDate from,
        @Schema(required = true, description = "Its last day, included") LocalDate to) {

    static CalendarPeriodView of(CalendarPeriod p) {
        return new CalendarPeriodView(p.getKind(), p.getName(), p.getFirstDay(), p.getLastDay());
    }

    static List<CalendarPeriodView> of(List<CalendarPeriod> periods) {
        return periods.stream().map(CalendarPeriodView::of).toList();
    }

    /** A list sent as null is none; an entry sent as null is kept, for validation to name. */
    static List<CalendarPeriod> periods(List<CalendarPeriodView> views) {
        return views == null
                ? List.of()
                : views.stream()
                        .map(
                                v ->
                                        v == null
                                                ? new CalendarPeriod(null, null, null, null)
                                                : new CalendarPeriod(
                                                        v.kind(), v.name(), v.from(), v.to()))
                        .toList();
    }
}
