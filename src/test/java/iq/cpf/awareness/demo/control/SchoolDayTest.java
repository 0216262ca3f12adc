package iq.cpf.awareness.demo.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.time.DayOfWeek;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** A bug: demo visits fell on Fridays and Saturdays, when Iraqi schools are closed. */
class SchoolDayTest {

    @Test
    void demoVisitsFallOnSchoolDaysAndNeverOnTheSameDay() {
        LocalDate start = LocalDate.of(2026, 12, 1);
        for (int offset = 0; offset < 14; offset++) {
            LocalDate today = start.plusDays(offset);
            LocalDate previous = null;
            for (int i = 0; i < 15; i++) {
                LocalDate day = DemoData.schoolDay(today.plusDays(3L + i * 2L), true);
                assertNotEquals(DayOfWeek.FRIDAY, day.getDayOfWeek());
                assertNotEquals(DayOfWeek.SATURDAY, day.getDayOfWeek());
                assertNotEquals(previous, day);
                previous = day;
            }
        }
    }

    @Test
    void aHeldVisitMovesBackToThursdaySoItStaysInThePast() {
        LocalDate saturday = LocalDate.of(2026, 12, 5);
        assertEquals(LocalDate.of(2026, 12, 3), DemoData.schoolDay(saturday, false));
        assertEquals(LocalDate.of(2026, 12, 3), DemoData.schoolDay(saturday.minusDays(1), false));
        assertEquals(LocalDate.of(2026, 12, 6), DemoData.schoolDay(saturday, true));
    }
}
