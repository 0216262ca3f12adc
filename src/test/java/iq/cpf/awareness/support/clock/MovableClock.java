package iq.cpf.awareness.support.clock;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The application's clock in tests that deploy it: the real time plus an offset the test moves, so
 * that what depends on "now" (due reminders, the past) can be reached without waiting for the wall
 * clock.
 */
@ApplicationScoped
@Alternative
@Priority(1000)
public class MovableClock {

    private static final AtomicReference<Duration> OFFSET = new AtomicReference<>(Duration.ZERO);

    public static void moveBy(Duration duration) {
        OFFSET.updateAndGet(current -> current.plus(duration));
    }

    public static void reset() {
        OFFSET.set(Duration.ZERO);
    }

    /**
     * An alternative because its class is one: Weld does not select a producer by its
     * own @Priority.
     */
    @Produces
    @ApplicationScoped
    Clock clock() {
        return new Clock() {
            @Override
            public ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(ZoneId zone) {
                return Clock.offset(Clock.system(zone), OFFSET.get());
            }

            @Override
            public Instant instant() {
                return Instant.now().plus(OFFSET.get());
            }
        };
    }
}
