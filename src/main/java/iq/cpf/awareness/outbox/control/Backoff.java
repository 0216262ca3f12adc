package iq.cpf.awareness.outbox.control;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * When a message that failed is tried again: after the base wait, doubling with each attempt, never
 * more than six hours apart (a mail server down for a night is tried every few hours, not every few
 * days), and not at all once the attempts are used up, when the message is dead and waits for
 * someone to retry it.
 */
public record Backoff(int maxAttempts, Duration base) {

    static final Duration LONGEST = Duration.ofHours(6);

    /**
     * The next try after the {@code attempt}-th one failed at {@code now}; nothing when the message
     * is dead.
     */
    public Optional<Instant> next(int attempt, Instant now) {
        if (attempt >= maxAttempts) {
            return Optional.empty();
        }
        long seconds =
                Math.min(
                        base.toSeconds() << Math.min(Math.max(attempt - 1, 0), 20),
                        LONGEST.toSeconds());
        return Optional.of(now.plusSeconds(seconds));
    }
}
