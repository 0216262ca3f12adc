package iq.cpf.awareness.security.control;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * Turns for password verifications, each of which takes a core for a third of a second. A
 * verification for a known account waits for a turn, up to a limit, in arrival order; one for a
 * login that matches no account (the decoy that makes unknown logins as slow as known ones) takes a
 * turn only if one is free and nobody waits, and is otherwise refused at once. So a flood of
 * made-up logins never queues in front of the people who have an account, and everyone is turned
 * away quickly rather than served late.
 */
final class VerificationTurns {

    private final Semaphore turns;
    private final Duration longestWait;

    VerificationTurns(int concurrent, Duration longestWait) {
        this.turns = new Semaphore(Math.max(1, concurrent), true);
        this.longestWait = longestWait;
    }

    boolean forAccount(BooleanSupplier verification) {
        return inTurn(longestWait, verification);
    }

    boolean forUnknownLogin(BooleanSupplier verification) {
        return inTurn(Duration.ZERO, verification);
    }

    private boolean inTurn(Duration wait, BooleanSupplier verification) {
        try {
            // With a timeout, even of zero, a fair semaphore never lets a caller overtake those
            // already waiting.
            if (!turns.tryAcquire(wait.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new PasswordHashing.Busy();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PasswordHashing.Busy();
        }
        try {
            return verification.getAsBoolean();
        } finally {
            turns.release();
        }
    }
}
