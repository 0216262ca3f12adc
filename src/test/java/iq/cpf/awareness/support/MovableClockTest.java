package iq.cpf.awareness.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A client-side integration test whose application runs on a clock the test moves, so that what
 * depends on "now" (due reminders, expiring tokens, old messages) is reached without waiting for
 * the wall clock.
 */
@ExtendWith({OwnDeployment.class, ArquillianExtension.class})
public abstract class MovableClockTest extends ClientTest {

    @Deployment(testable = false)
    public static WebArchive deployment() {
        return Deployments.withMovableClock();
    }

    /** The tests of a class share the server: a moved clock must not leak into the next test. */
    @AfterEach
    protected final void resetClock() {
        admin.post("/api/test-clock/reset", null);
    }

    /**
     * Moves the application's clock on by an ISO-8601 duration ({@code P2D}, {@code PT59M}) and
     * checks it moved.
     */
    protected void moveClock(String duration) {
        Api.Reply moved = admin.post("/api/test-clock/move/" + duration, null);
        assertEquals(200, moved.status(), moved::toString);
        assertTrue(
                Instant.parse(moved.text())
                        .isAfter(Instant.now().plus(Duration.parse(duration)).minusSeconds(60)),
                () -> "the application's clock moved: " + moved.text());
    }
}
