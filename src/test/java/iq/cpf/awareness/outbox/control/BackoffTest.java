package iq.cpf.awareness.outbox.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class BackoffTest {

    private static final Instant NOW = Instant.parse("2026-12-01T07:00:00Z");

    @Test
    void theWaitDoublesWithEachFailedAttempt() {
        Backoff backoff = new Backoff(8, Duration.ofSeconds(30));
        assertEquals(NOW.plusSeconds(30), backoff.next(1, NOW).orElseThrow());
        assertEquals(NOW.plusSeconds(60), backoff.next(2, NOW).orElseThrow());
        assertEquals(NOW.plusSeconds(120), backoff.next(3, NOW).orElseThrow());
        assertEquals(NOW.plusSeconds(30 * 64), backoff.next(7, NOW).orElseThrow());
    }

    @Test
    void theMessageIsDeadOnceTheAttemptsAreUsedUp() {
        Backoff backoff = new Backoff(4, Duration.ofSeconds(2));
        assertTrue(backoff.next(3, NOW).isPresent());
        assertTrue(backoff.next(4, NOW).isEmpty());
        assertTrue(backoff.next(9, NOW).isEmpty());
    }

    @Test
    void triesAreNeverMoreThanSixHoursApart() {
        Backoff backoff = new Backoff(100, Duration.ofMinutes(10));
        assertEquals(NOW.plus(Duration.ofHours(6)), backoff.next(10, NOW).orElseThrow());
        assertEquals(
                NOW.plus(Duration.ofHours(6)), backoff.next(60, NOW).orElseThrow(), "no overflow");
    }
}
