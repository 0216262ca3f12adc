package iq.cpf.awareness.notification.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import iq.cpf.awareness.notification.entity.PlannedReminder.Kind;
import iq.cpf.awareness.notification.entity.PlannedReminder.State;
import iq.cpf.awareness.outbox.control.Backoff;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** A reminder that always fails is tried less and less often, and then ends, failed. */
class PlannedReminderTest {

    private static final Instant DUE = Instant.parse("2026-12-01T07:00:00Z");

    @Test
    void aReminderThatAlwaysFailsBacksOffAndEndsFailed() {
        PlannedReminder reminder = new PlannedReminder(7L, Kind.SCHOOL, "P1D", DUE, 0, DUE);
        Backoff backoff = new Backoff(4, Duration.ofSeconds(60));
        Instant now = DUE;
        for (long wait : new long[] {60, 120, 240}) {
            reminder.failed(
                    "boom", backoff.next(reminder.getAttempts() + 1, now).orElse(null), now);
            assertEquals(State.PLANNED, reminder.getState());
            assertEquals(now.plusSeconds(wait), reminder.getRetryAt());
            now = reminder.getRetryAt();
        }
        reminder.failed(
                "boom at last", backoff.next(reminder.getAttempts() + 1, now).orElse(null), now);
        assertEquals(State.FAILED, reminder.getState());
        assertEquals(4, reminder.getAttempts());
        assertEquals("boom at last", reminder.getLastError());
        assertNull(reminder.getRetryAt());
    }
}
