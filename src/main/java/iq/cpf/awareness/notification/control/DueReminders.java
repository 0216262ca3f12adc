package iq.cpf.awareness.notification.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

/**
 * Fires every due reminder, each in a transaction of its own so that one failure holds up no other;
 * a failure is recorded, so that the reminder backs off and in the end fails visibly.
 */
@ApplicationScoped
public class DueReminders {

    private static final Logger LOG = Logger.getLogger(DueReminders.class);

    @Inject Reminders reminders;

    public int fire() {
        int fired = 0;
        for (int round = 0; round < 100; round++) {
            var due = reminders.due(500);
            for (Long id : due) {
                try {
                    reminders.fire(id);
                    fired++;
                } catch (RuntimeException e) {
                    LOG.debugf(e, "Reminder %d could not be fired", id);
                    failed(id, e);
                }
            }
            if (due.size() < 500) {
                break;
            }
        }
        return fired;
    }

    private void failed(long id, RuntimeException e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String error = root.getClass().getSimpleName() + ": " + root.getMessage();
        try {
            reminders.failed(id, error);
        } catch (RuntimeException again) {
            LOG.warnf(again, "Reminder %d failed (%s), and so did recording it", id, error);
        }
    }
}
