package iq.cpf.awareness.outbox.control;

import iq.cpf.awareness.outbox.control.Outbox.MessagesQueued;
import iq.cpf.awareness.outbox.entity.OutboxMessage;
import iq.cpf.awareness.platform.Settings;
import iq.cpf.awareness.platform.scheduling.Scheduling;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;
import org.jboss.logging.Logger;
import org.quartz.SchedulerException;
import org.quartz.Trigger;

/**
 * Drains the outbox: a Quartz job runs it every few seconds on some node of the cluster, and a
 * commit that queued messages wakes it on this node at once. Concurrent runs are safe: each claims
 * its own rows.
 */
@ApplicationScoped
public class Dispatcher {

    private static final Logger LOG = Logger.getLogger(Dispatcher.class);

    @Inject Outbox outbox;
    @Inject Mailer mailer;
    @Inject Settings settings;

    @Resource(lookup = "java:jboss/ee/concurrency/scheduler/default")
    ManagedScheduledExecutorService executor;

    @Resource(lookup = "java:jboss/ee/concurrency/executor/default")
    ManagedExecutorService workers;

    @Inject Scheduling scheduling;

    private final AtomicBoolean wakeUpPending = new AtomicBoolean();

    /** One dispatch at a time on a node: a running one drains what a wake-up would have found. */
    private final ReentrantLock running = new ReentrantLock();

    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) MessagesQueued queued) {
        soon();
    }

    /** Runs a dispatch shortly, once for any number of calls in the meantime. */
    public void soon() {
        if (wakeUpPending.compareAndSet(false, true)) {
            executor.schedule(
                    () -> {
                        wakeUpPending.set(false);
                        dispatch();
                    },
                    100,
                    TimeUnit.MILLISECONDS);
        }
    }

    /**
     * Holds or releases sending on every node: the dispatcher's Quartz trigger is paused in the
     * shared job store, and the wake-up after a commit checks it too. Queued messages wait, nothing
     * is lost.
     */
    public void pause(boolean paused) {
        try {
            var key = OutboxJobs.DISPATCH_TRIGGER;
            if (paused) {
                scheduling.scheduler().pauseTrigger(key);
            } else {
                scheduling.scheduler().resumeTrigger(key);
                soon();
            }
        } catch (SchedulerException e) {
            throw new IllegalStateException("Cannot pause or resume the dispatcher", e);
        }
    }

    public boolean paused() {
        try {
            var key = OutboxJobs.DISPATCH_TRIGGER;
            return scheduling.scheduler().getTriggerState(key) == Trigger.TriggerState.PAUSED;
        } catch (SchedulerException | IllegalStateException e) {
            return false;
        }
    }

    /**
     * Sends due messages until none are due; answers how many were sent. {@code OUTBOX_SENDERS}
     * senders work at once, each over its own SMTP connection and on its own slice of the outbox: a
     * sender spends most of its time waiting for the mail server's replies, which another sender's
     * work fills.
     */
    public int dispatch() {
        if (paused() || !running.tryLock()) {
            return 0;
        }
        try {
            int senders = settings.outboxSenders();
            List<Future<Integer>> others = new ArrayList<>();
            for (int slice = 1; slice < senders; slice++) {
                int mine = slice;
                others.add(workers.submit(() -> drain(mine, senders)));
            }
            int sent = drain(0, senders);
            for (Future<Integer> other : others) {
                sent += other.get();
            }
            return sent;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 0;
        } catch (ExecutionException e) {
            LOG.warn("A sender failed", e.getCause());
            return 0;
        } finally {
            running.unlock();
        }
    }

    /**
     * Sends one slice's due messages, batch after batch, until none are due or the mail server
     * fails.
     */
    private int drain(int slice, int slices) {
        int batchSize = settings.outboxBatchSize();
        int sent = 0;
        try {
            for (int round = 0; round < 1000; round++) {
                String token = UUID.randomUUID().toString();
                List<OutboxMessage> batch = outbox.claim(token, batchSize, slice, slices);
                if (batch.isEmpty()) {
                    break;
                }
                Map<Long, String> outcomes = mailer.send(batch);
                outbox.record(token, outcomes);
                long ok = outcomes.values().stream().filter(Objects::isNull).count();
                sent += (int) ok;
                if (ok < batch.size()) {
                    break;
                }
            }
        } catch (RuntimeException e) {
            LOG.warn("Dispatching the outbox failed; the next run tries again", e);
        }
        return sent;
    }
}
