package iq.cpf.awareness.school.entity;

import iq.cpf.awareness.platform.RulesBroken;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/**
 * A school's calendar as the rules see it: its governorate's days off and periods (none when the
 * governorate has no calendar) with the school's own periods and shift. It answers which rules a
 * visit at a given local time would break, each named, so that a refusal can say which.
 */
public final class SchoolCalendar {

    public static final String DAY_OFF = "calendar.dayOff";
    public static final String HOLIDAY = "calendar.holiday";
    public static final String EXAMS = "calendar.exams";
    public static final String OUTSIDE_TERM = "calendar.outsideTerm";
    public static final String OUTSIDE_SHIFT = "calendar.outsideShift";

    private static final DateTimeFormatter DAY =
            DateTimeFormatter.ofPattern("dd/MM/yyyy", Locale.ROOT);

    private final Set<DayOfWeek> daysOff;
    private final List<CalendarPeriod> periods;
    private final School school;

    public SchoolCalendar(GovernorateCalendar governorate, School school) {
        this.school = school;
        this.daysOff = governorate == null ? Set.of() : governorate.getDaysOff();
        this.periods =
                Stream.concat(
                                governorate == null
                                        ? Stream.empty()
                                        : governorate.getPeriods().stream(),
                                school.getPeriods().stream())
                        .toList();
    }

    /** Every rule a visit from {@code start} to {@code end}, the school's local time, breaks. */
    public List<RulesBroken.Rule> broken(LocalDateTime start, LocalDateTime end) {
        List<RulesBroken.Rule> broken = new ArrayList<>();
        LocalDate last = end.minusNanos(1).toLocalDate();
        boolean hasTerms = periods.stream().anyMatch(p -> p.getKind() == PeriodKind.TERM);
        for (LocalDate day = start.toLocalDate(); !day.isAfter(last); day = day.plusDays(1)) {
            LocalDate d = day;
            if (daysOff.contains(day.getDayOfWeek())) {
                broken.add(new RulesBroken.Rule(DAY_OFF, DAY.format(day), school.getGovernorate()));
            }
            for (CalendarPeriod period : periods) {
                if (period.getKind() != PeriodKind.TERM && period.covers(day)) {
                    broken.add(
                            new RulesBroken.Rule(
                                    period.getKind() == PeriodKind.HOLIDAY ? HOLIDAY : EXAMS,
                                    period.getName(),
                                    DAY.format(period.getFirstDay()),
                                    DAY.format(period.getLastDay())));
                }
            }
            if (hasTerms
                    && periods.stream()
                            .noneMatch(p -> p.getKind() == PeriodKind.TERM && p.covers(d))) {
                broken.add(new RulesBroken.Rule(OUTSIDE_TERM, DAY.format(day)));
            }
        }
        if (school.getShiftStart() != null
                && (!start.toLocalDate().equals(end.toLocalDate())
                        || start.toLocalTime().isBefore(school.getShiftStart())
                        || end.toLocalTime().isAfter(school.getShiftEnd()))) {
            broken.add(
                    new RulesBroken.Rule(
                            OUTSIDE_SHIFT,
                            school.getShiftStart().toString(),
                            school.getShiftEnd().toString()));
        }
        return broken;
    }
}
