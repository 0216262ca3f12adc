package iq.cpf.awareness.notification.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

/**
 * Fires every due reminder, each in a transaction of its own so that one failure holds up no other.
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
                    LOG.warnf(e, "Reminder %d could not be fired; the next sweep tries again", id);
                }
            }
            if (due.size() < 500) {
                break;
            }
        }
        return fired;
    }
}
