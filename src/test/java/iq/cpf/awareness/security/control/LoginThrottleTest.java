package iq.cpf.awareness.security.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import iq.cpf.awareness.platform.Settings;
import iq.cpf.awareness.support.clock.SetClock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    private final SetClock clock = new SetClock(Instant.parse("2026-12-01T08:00:00Z"));
    private LoginThrottle throttle;

    @BeforeEach
    void setUp() {
        throttle = new LoginThrottle();
        throttle.clock = clock;
        throttle.settings = Settings.of(Map.of());
        throttle.failures = new ConcurrentHashMap<>();
        throttle.configure();
    }

    @Test
    void fiveFreeFailuresThenWaitsThatDouble() {
        for (int i = 0; i < 4; i++) {
            throttle.failed("Head@School.example", "10.0.0.1");
            assertEquals(Optional.empty(), throttle.wait("head@school.example", "10.0.0.1"));
        }
        throttle.failed("head@school.example", "10.0.0.1");
        assertEquals(
                Optional.of(Duration.ofSeconds(2)),
                throttle.wait("head@school.example", "10.0.0.2"),
                "the account waits, from any address");
        assertEquals(Optional.empty(), throttle.wait("other@school.example", "10.0.0.2"));
        clock.advance(Duration.ofSeconds(2));
        throttle.failed("head@school.example", "10.0.0.1");
        assertEquals(
                Optional.of(Duration.ofSeconds(4)),
                throttle.wait("head@school.example", "10.0.0.1"));
    }

    @Test
    void aSuccessClearsAndAnHourWithoutFailureForgets() {
        for (int i = 0; i < 5; i++) {
            throttle.failed("a@x.example", "10.0.0.1");
        }
        throttle.succeeded("a@x.example", "10.0.0.1");
        assertEquals(Optional.empty(), throttle.wait("a@x.example", "10.0.0.1"));
        for (int i = 0; i < 4; i++) {
            throttle.failed("a@x.example", "10.0.0.1");
        }
        clock.advance(LoginThrottle.FORGET.plusSeconds(1));
        throttle.failed("a@x.example", "10.0.0.1");
        assertEquals(
                Optional.empty(),
                throttle.wait("a@x.example", "10.0.0.1"),
                "the old four are forgotten");
    }

    @Test
    void anAddressTriesManyAccountsOnlyTwentyTimes() {
        for (int i = 0; i < 20; i++) {
            throttle.failed("user" + i + "@x.example", "10.0.0.9");
        }
        assertTrue(throttle.wait("fresh@x.example", "10.0.0.9").isPresent());
        assertEquals(Optional.empty(), throttle.wait("fresh@x.example", "10.0.0.8"));
    }

    @Test
    void theLongestWaitIsFifteenMinutes() {
        assertEquals(Duration.ofSeconds(2), LoginThrottle.delay(1));
        assertEquals(LoginThrottle.LONGEST, LoginThrottle.delay(10));
        assertEquals(LoginThrottle.LONGEST, LoginThrottle.delay(1000));
    }
}
