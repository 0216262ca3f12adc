package iq.cpf.awareness.notification.control;

import iq.cpf.awareness.notification.control.Outbox.MessagesQueued;
import iq.cpf.awareness.notification.entity.OutboxMessage;
import iq.cpf.awareness.platform.Settings;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jboss.logging.Logger;

/**
 * Drains the outbox: a Quartz job runs it every few seconds on some node of the cluster, and a commit that
 * queued messages wakes it on this node at once. Concurrent runs are safe: each claims its own rows.
 */
@ApplicationScoped
public class Dispatcher {

    private static final Logger LOG = Logger.getLogger(Dispatcher.class);

    @Inject
    Outbox outbox;
    @Inject
    Mailer mailer;
    @Inject
    Settings settings;
    @Resource(lookup = "java:jboss/ee/concurrency/scheduler/default")
    ManagedScheduledExecutorService executor;
    @Inject
    iq.cpf.awareness.platform.scheduling.Scheduling scheduling;

    private final AtomicBoolean wakeUpPending = new AtomicBoolean();
    /** One dispatch at a time on a node: a running one drains what a wake-up would have found. */
    private final java.util.concurrent.locks.ReentrantLock running = new java.util.concurrent.locks.ReentrantLock();

    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) MessagesQueued queued) {
        soon();
    }

    /** Runs a dispatch shortly, once for any number of calls in the meantime. */
    public void soon() {
        if (wakeUpPending.compareAndSet(false, true)) {
            executor.schedule(() -> {
                wakeUpPending.set(false);
                dispatch();
            }, 100, TimeUnit.MILLISECONDS);
        }
    }

    /**
     * Holds or releases sending on every node: the dispatcher's Quartz trigger is paused in the shared job
     * store, and the wake-up after a commit checks it too. Queued messages wait, nothing is lost.
     */
    public void pause(boolean paused) {
        try {
            var key = NotificationJobs.DISPATCH_TRIGGER;
            if (paused) {
                scheduling.scheduler().pauseTrigger(key);
            } else {
                scheduling.scheduler().resumeTrigger(key);
                soon();
            }
        } catch (org.quartz.SchedulerException e) {
            throw new IllegalStateException("Cannot pause or resume the dispatcher", e);
        }
    }

    public boolean paused() {
        try {
            var key = NotificationJobs.DISPATCH_TRIGGER;
            return scheduling.scheduler().getTriggerState(key) == org.quartz.Trigger.TriggerState.PAUSED;
        } catch (org.quartz.SchedulerException | IllegalStateException e) {
            return false;
        }
    }

    /** Sends due messages, batch after batch, until none are due; answers how many were sent. */
    public int dispatch() {
        if (paused() || !running.tryLock()) {
            return 0;
        }
        int batchSize = settings.integer("OUTBOX_BATCH_SIZE", 200);
        int sent = 0;
        try {
            for (int round = 0; round < 1000; round++) {
                String token = UUID.randomUUID().toString();
                List<OutboxMessage> batch = outbox.claim(token, batchSize);
                if (batch.isEmpty()) {
                    break;
                }
                Map<Long, String> outcomes = mailer.send(batch);
                outbox.record(token, outcomes);
                long ok = outcomes.values().stream().filter(java.util.Objects::isNull).count();
                sent += (int) ok;
                if (ok < batch.size()) {
                    break;
                }
            }
        } catch (RuntimeException e) {
            LOG.warn("Dispatching the outbox failed; the next run tries again", e);
        } finally {
            running.unlock();
        }
        return sent;
    }
}
