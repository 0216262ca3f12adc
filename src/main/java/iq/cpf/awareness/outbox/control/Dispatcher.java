package iq.cpf.awareness.outbox.control;

import iq.cpf.awareness.outbox.control.Outbox.MessagesQueued;
import iq.cpf.awareness.outbox.entity.OutboxMessage;
import iq.cpf.awareness.platform.Channel;
import iq.cpf.awareness.platform.Settings;
import iq.cpf.awareness.platform.scheduling.Scheduling;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;
import org.quartz.SchedulerException;
import org.quartz.Trigger;

/**
 * Drains the outbox: a Quartz job runs it every few seconds on some node of the cluster, and a
 * commit that queued messages wakes it on this node at once. Concurrent runs are safe: each claims
 * its own rows.
 *
 * <p>What it guarantees: every queued message is sent (or ends dead, visibly); a message is sent
 * twice only when its sender stopped after handing it to the mail server and before recording that
 * (a crash, or the database lost at that moment), and then the copy carries the same Message-ID.
 * One sender has one message in flight at a time, so a crash sends at most one extra copy per
 * sender. A live sender never has its messages taken: it renews its lease while it works, and stops
 * starting messages when it cannot.
 */
@ApplicationScoped
public class Dispatcher {

    private static final Logger LOG = Logger.getLogger(Dispatcher.class);

    @Inject Outbox outbox;
    @Inject Mailer mailer;
    @Inject Texter texter;
    @Inject Settings settings;
    @Inject Clock clock;

    @Resource(lookup = "java:jboss/ee/concurrency/scheduler/default")
    ManagedScheduledExecutorService executor;

    @Resource(lookup = "java:jboss/ee/concurrency/executor/default")
    ManagedExecutorService workers;

    @Inject Scheduling scheduling;

    private final AtomicBoolean wakeUpPending = new AtomicBoolean();

    /** One dispatch at a time on a node: a running one drains what a wake-up would have found. */
    private final ReentrantLock running = new ReentrantLock();

    /**
     * Set as the application stops. The executors that run dispatches are the server's, not the
     * application's: a dispatch still sending as the application was undeployed recorded its
     * outcome through beans already gone, and left a transaction open on the executor's thread that
     * held a message's row lock until the transaction timed out, five minutes in which the outbox
     * of the next deployment could not send.
     */
    private volatile boolean stopping;

    /**
     * Lets no new dispatch start, tells a running one to stop between messages, and waits for it:
     * what it claimed and did not try goes back to the queue, through beans that are still there.
     */
    @PreDestroy
    void stop() {
        stopping = true;
        try {
            if (running.tryLock(30, TimeUnit.SECONDS)) {
                running.unlock();
            } else {
                LOG.warn(
                        "A dispatch was still running 30 seconds after the application began to stop");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) MessagesQueued queued) {
        soon();
    }

    /** Runs a dispatch shortly, once for any number of calls in the meantime. */
    public void soon() {
        if (!stopping && wakeUpPending.compareAndSet(false, true)) {
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
        if (stopping || paused() || !running.tryLock()) {
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
     * Sends one slice's due messages, batch after batch, until none are due, the mail server fails
     * or the sender loses its claim.
     */
    int drain(int slice, int slices) {
        int batchSize = settings.outboxBatchSize();
        int sent = 0;
        try {
            for (int round = 0; round < 1000 && !stopping; round++) {
                String token = UUID.randomUUID().toString();
                // Taken before the claim, so that the sender's idea of its lease never outlasts
                // the one the claim wrote.
                Instant claimedAt = clock.instant();
                List<OutboxMessage> batch = outbox.claim(token, batchSize, slice, slices);
                if (batch.isEmpty()) {
                    break;
                }
                Batch run = new Batch(token, claimedAt);
                ScheduledFuture<?> renewal = renewEvery(run);
                try {
                    Map<Boolean, List<OutboxMessage>> byChannel =
                            batch.stream()
                                    .collect(
                                            Collectors.partitioningBy(
                                                    m -> m.getChannel() == Channel.SMS));
                    mailer.send(byChannel.get(false), run);
                    texter.send(byChannel.get(true), run);
                } finally {
                    if (renewal != null) {
                        renewal.cancel(false);
                    }
                    outbox.release(
                            token,
                            batch.stream()
                                    .map(OutboxMessage::getId)
                                    .filter(id -> !run.tried.contains(id))
                                    .toList());
                }
                sent += run.sent;
                if (run.sent < batch.size()) {
                    break;
                }
            }
        } catch (RuntimeException e) {
            LOG.warn("Dispatching the outbox failed; the next run tries again", e);
        }
        return sent;
    }

    /** Renews the batch's lease every quarter of it while the sender works. */
    private ScheduledFuture<?> renewEvery(Batch run) {
        if (executor == null) {
            return null;
        }
        long period = settings.outboxLease().toMillis() / 4;
        return executor.scheduleAtFixedRate(run::renew, period, period, TimeUnit.MILLISECONDS);
    }

    /**
     * One sender's claimed batch: records each outcome at once, and tells the mailer to stop once
     * the claim may have run out. The sender starts a message only while at least half the lease it
     * last renewed remains, so that a message in flight finishes well inside the lease even if
     * renewing fails from then on (the database gone, clocks a little apart).
     */
    final class Batch implements Mailer.Outcomes {

        private final String token;
        private final Duration lease = settings.outboxLease();
        private volatile Instant renewedAt;
        final Set<Long> tried = ConcurrentHashMap.newKeySet();
        int sent;

        Batch(String token, Instant claimedAt) {
            this.token = token;
            this.renewedAt = claimedAt;
        }

        void renew() {
            Instant now = clock.instant();
            try {
                if (outbox.renew(token) > 0) {
                    renewedAt = now;
                }
            } catch (RuntimeException e) {
                LOG.warnf("Renewing the outbox lease failed: %s", e.getMessage());
            }
        }

        @Override
        public boolean mayGoOn() {
            return !stopping && clock.instant().isBefore(renewedAt.plus(lease.dividedBy(2)));
        }

        @Override
        public boolean sent(OutboxMessage message) {
            tried.add(message.getId());
            try {
                if (outbox.sent(message.getId(), token)) {
                    sent++;
                    return true;
                }
                LOG.warnf("Message %d was sent after its claim ran out", message.getId());
            } catch (RuntimeException e) {
                // The mail server has the message but the database does not know: it stays
                // claimed, and is sent again, with its Message-ID, once the lease runs out.
                LOG.errorf(e, "Message %d was sent but could not be recorded", message.getId());
            }
            return false;
        }

        @Override
        public void failed(OutboxMessage message, String error) {
            tried.add(message.getId());
            try {
                outbox.failed(message.getId(), token, error);
            } catch (RuntimeException e) {
                LOG.warnf(
                        "The failure of message %d could not be recorded: %s",
                        message.getId(), e.getMessage());
            }
        }
    }
}
