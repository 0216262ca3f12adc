package iq.cpf.awareness.support.outbox;

import iq.cpf.awareness.outbox.control.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Makes every reminder fail while switched on ({@code POST /api/test-reminders/fail/true}), as a
 * bug in rendering one would: firing a reminder queues its messages, and this throws in that
 * transaction. Other messages are queued as usual. Test deployments only.
 */
@Path("test-reminders")
@RequestScoped
public class FailingReminders {

    private static final AtomicBoolean FAILING = new AtomicBoolean();

    @POST
    @Path("fail/{on}")
    public boolean fail(@PathParam("on") boolean on) {
        FAILING.set(on);
        return on;
    }

    /** Observes the outbox's event in the queuing transaction, so that throwing rolls it back. */
    @ApplicationScoped
    public static class Breaker {

        void onQueued(@Observes Outbox.MessagesQueued queued) {
            if (FAILING.get() && firingAReminder()) {
                throw new IllegalStateException("a reminder that always fails, for the test");
            }
        }

        private static boolean firingAReminder() {
            return StackWalker.getInstance()
                    .walk(
                            frames ->
                                    frames.anyMatch(
                                            f ->
                                                    f.getClassName()
                                                                    .equals(
                                                                            "iq.cpf.awareness.notification.control.Reminders")
                                                            && f.getMethodName().equals("fire")));
        }
    }
}
