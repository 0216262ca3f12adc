package iq.cpf.awareness.school;

import static org.junit.jupiter.api.Assertions.assertEquals;

import iq.cpf.awareness.platform.RulesBroken;
import iq.cpf.awareness.school.entity.CalendarPeriod;
import iq.cpf.awareness.school.entity.GovernorateCalendar;
import iq.cpf.awareness.school.entity.PeriodKind;
import iq.cpf.awareness.school.entity.School;
import iq.cpf.awareness.school.entity.SchoolCalendar;
import iq.cpf.awareness.school.entity.Shift;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class SchoolCalendarTest {

    /** A Sunday, a school day in Iraq. */
    private static final LocalDate SUNDAY = LocalDate.of(2027, 3, 7);

    private final School school = school();

    private static School school() {
        School school = new School();
        school.setGovernorate("Erbil");
        return school;
    }

    private List<String> broken(GovernorateCalendar governorate, LocalDateTime start, int minutes) {
        return new SchoolCalendar(governorate, school)
                .broken(start, start.plusMinutes(minutes)).stream()
                        .map(RulesBroken.Rule::name)
                        .toList();
    }

    @Test
    void aSchoolWithoutACalendarIsNeverOutsideIt() {
        assertEquals(List.of(), broken(null, SUNDAY.plusDays(5).atTime(3, 0), 90));
    }

    @Test
    void fridayAndSaturdayAreDaysOffByDefault() {
        GovernorateCalendar erbil = new GovernorateCalendar("Erbil");
        assertEquals(List.of(), broken(erbil, SUNDAY.atTime(9, 0), 60));
        assertEquals(
                List.of("calendar.dayOff"), broken(erbil, SUNDAY.plusDays(5).atTime(9, 0), 60));
        assertEquals(
                List.of("calendar.dayOff"), broken(erbil, SUNDAY.plusDays(6).atTime(9, 0), 60));
    }

    @Test
    void holidaysAndExamsIncludeTheirLastDayAndTermsBoundTheYear() {
        GovernorateCalendar erbil = new GovernorateCalendar("Erbil");
        erbil.setPeriods(
                List.of(
                        new CalendarPeriod(
                                PeriodKind.TERM,
                                "Second term",
                                SUNDAY.minusDays(30),
                                SUNDAY.plusDays(60)),
                        new CalendarPeriod(
                                PeriodKind.HOLIDAY,
                                "Nowruz",
                                SUNDAY.plusDays(14),
                                SUNDAY.plusDays(17))));
        school.setPeriods(
                List.of(
                        new CalendarPeriod(
                                PeriodKind.EXAMS,
                                "Finals",
                                SUNDAY.plusDays(7),
                                SUNDAY.plusDays(7))));
        assertEquals(
                List.of("calendar.holiday"), broken(erbil, SUNDAY.plusDays(17).atTime(9, 0), 60));
        assertEquals(List.of(), broken(erbil, SUNDAY.plusDays(18).atTime(9, 0), 60));
        assertEquals(List.of("calendar.exams"), broken(erbil, SUNDAY.plusDays(7).atTime(9, 0), 60));
        assertEquals(
                List.of("calendar.outsideTerm"),
                broken(erbil, SUNDAY.plusDays(63).atTime(9, 0), 60));
    }

    @Test
    void aVisitMustFitTheShiftsHoursWholly() {
        school.setShift(Shift.AFTERNOON, LocalTime.of(12, 30), LocalTime.of(17, 0));
        assertEquals(List.of(), broken(null, SUNDAY.atTime(12, 30), 270));
        assertEquals(List.of("calendar.outsideShift"), broken(null, SUNDAY.atTime(12, 0), 60));
        assertEquals(List.of("calendar.outsideShift"), broken(null, SUNDAY.atTime(16, 30), 60));
        assertEquals(List.of("calendar.outsideShift"), broken(null, SUNDAY.atTime(23, 30), 60));
    }
}
