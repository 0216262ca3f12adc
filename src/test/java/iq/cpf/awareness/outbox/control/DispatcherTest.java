package iq.cpf.awareness.outbox.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import iq.cpf.awareness.outbox.entity.OutboxMessage;
import iq.cpf.awareness.platform.Language;
import iq.cpf.awareness.platform.Settings;
import iq.cpf.awareness.support.clock.SetClock;
import java.lang.reflect.Field;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/**
 * The order in which a sender talks to the mail server and to the outbox table: what a crash at any
 * point can leave behind follows from it.
 */
class DispatcherTest {

    private final List<String> log = new ArrayList<>();
    private final SetClock clock = new SetClock(Instant.parse("2026-12-01T07:00:00Z"));
    private final Dispatcher dispatcher = new Dispatcher();

    DispatcherTest() {
        dispatcher.settings =
                Settings.of(Map.of("OUTBOX_LEASE_SECONDS", "60", "OUTBOX_BATCH_SIZE", "5"));
        dispatcher.clock = clock;
    }

    /** The outbox table as the sender sees it: one batch of messages, then nothing. */
    private class Table extends Outbox {
        private final List<OutboxMessage> batch;
        private final long unrecordable;

        Table(int size, long unrecordable) {
            this.batch = LongStream.rangeClosed(1, size).mapToObj(DispatcherTest::message).toList();
            this.unrecordable = unrecordable;
        }

        @Override
        public List<OutboxMessage> claim(String token, int limit, int slice, int slices) {
            if (log.contains("claim")) {
                return List.of();
            }
            log.add("claim");
            return batch;
        }

        @Override
        public boolean sent(long id, String token) {
            if (id == unrecordable) {
                throw new IllegalStateException("the database is gone");
            }
            log.add("sent " + id);
            return true;
        }

        @Override
        public boolean failed(long id, String token, String error) {
            log.add("failed " + id);
            return true;
        }

        @Override
        public int release(String token, List<Long> ids) {
            log.add("release " + ids);
            return ids.size();
        }
    }

    /**
     * A mail server that accepts each message after {@code each} of time, refusing those in {@code
     * refused}, and a mailer that stops when told, as the real one does.
     */
    private class Server extends Mailer {
        private final Duration each;
        private final List<Long> refused;
        Runnable afterFirst = () -> {};

        Server(Duration each, Long... refused) {
            this.each = each;
            this.refused = List.of(refused);
        }

        @Override
        public void send(List<OutboxMessage> messages, Outcomes outcomes) {
            for (OutboxMessage m : messages) {
                if (!outcomes.mayGoOn()) {
                    return;
                }
                clock.advance(each);
                if (refused.contains(m.getId())) {
                    log.add("smtp refused " + m.getId());
                    outcomes.failed(m, "550 no");
                } else {
                    log.add("smtp accepted " + m.getId());
                    if (!outcomes.sent(m)) {
                        return;
                    }
                    if (m.getId() == 1L) {
                        afterFirst.run();
                    }
                }
            }
        }
    }

    @Test
    void eachOutcomeIsRecordedBeforeTheNextMessageGoes() {
        dispatcher.outbox = new Table(3, -1);
        dispatcher.mailer = new Server(Duration.ofMillis(5), 2L);
        dispatcher.drain(0, 1);
        assertEquals(
                List.of(
                        "claim",
                        "smtp accepted 1",
                        "sent 1",
                        "smtp refused 2",
                        "failed 2",
                        "smtp accepted 3",
                        "sent 3",
                        "release []"),
                log);
    }

    @Test
    void aSenderWhoseLeaseWasNotRenewedStopsAndReleasesWhatItNeverTried() {
        dispatcher.outbox = new Table(5, -1);
        dispatcher.mailer = new Server(Duration.ofSeconds(20));
        dispatcher.drain(0, 1);
        assertEquals(
                List.of(
                        "claim",
                        "smtp accepted 1",
                        "sent 1",
                        "smtp accepted 2",
                        "sent 2",
                        "release [3, 4, 5]"),
                log,
                "half the 60 s lease was gone after two messages");
    }

    @Test
    void aMessageSentButNotRecordedStaysClaimedUntilItsLeaseRunsOut() {
        dispatcher.outbox = new Table(4, 2);
        dispatcher.mailer = new Server(Duration.ofMillis(5));
        dispatcher.drain(0, 1);
        assertEquals(
                List.of("claim", "smtp accepted 1", "sent 1", "smtp accepted 2", "release [3, 4]"),
                log,
                "message 2 is not put back at once: it would be sent again by a live sender");
    }

    /**
     * The executors that run dispatches are the server's: a dispatch must not outlive the
     * application, whose beans it records its outcomes through. A stop ends the sender between two
     * messages, gives back what it did not try, and no dispatch starts after it.
     */
    @Test
    void aStoppingApplicationEndsTheSenderBetweenMessagesAndStartsNoOther() {
        dispatcher.outbox = new Table(4, -1);
        Server server = new Server(Duration.ofMillis(5));
        server.afterFirst = dispatcher::stop;
        dispatcher.mailer = server;
        dispatcher.drain(0, 1);
        assertEquals(List.of("claim", "smtp accepted 1", "sent 1", "release [2, 3, 4]"), log);
        assertEquals(0, dispatcher.dispatch(), "nothing starts once the application stops");
        assertEquals(4, log.size(), "not even a claim: " + log);
    }

    private static OutboxMessage message(long id) {
        OutboxMessage message =
                new OutboxMessage(
                        "key" + id,
                        "invitation",
                        "a@example.org",
                        "A",
                        Language.EN,
                        "Visit",
                        "text",
                        "<p>html</p>",
                        Instant.EPOCH);
        try {
            Field field = OutboxMessage.class.getDeclaredField("id");
            field.setAccessible(true);
            field.set(message, id);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
        return message;
    }
}
