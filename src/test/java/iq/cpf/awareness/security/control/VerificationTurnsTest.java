package iq.cpf.awareness.security.control;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class VerificationTurnsTest {

    @Test
    void anUnknownLoginIsRefusedAtOnceWhileAnAccountWaitsForTheTurn() throws Exception {
        VerificationTurns turns = new VerificationTurns(1, Duration.ofSeconds(10));
        AtomicBoolean holding = new AtomicBoolean();
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<Boolean> first =
                CompletableFuture.supplyAsync(
                        () ->
                                turns.forAccount(
                                        () -> {
                                            holding.set(true);
                                            return hold(release);
                                        }));
        await("the first verification holds the only turn")
                .atMost(Duration.ofSeconds(10))
                .untilTrue(holding);

        assertThrows(
                PasswordHashing.Busy.class,
                () -> turns.forUnknownLogin(() -> true),
                "no queue for decoys");
        CompletableFuture<Boolean> second =
                CompletableFuture.supplyAsync(() -> turns.forAccount(() -> true));
        release.countDown();
        assertEquals(true, first.get(10, TimeUnit.SECONDS));
        assertEquals(true, second.get(10, TimeUnit.SECONDS), "the account got the next turn");
        assertEquals(
                true, turns.forUnknownLogin(() -> true), "a free turn serves an unknown login too");
    }

    @Test
    void anAccountThatFindsNoTurnInTimeIsRefused() throws Exception {
        VerificationTurns turns = new VerificationTurns(1, Duration.ofMillis(50));
        AtomicBoolean holding = new AtomicBoolean();
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<Boolean> first =
                CompletableFuture.supplyAsync(
                        () ->
                                turns.forAccount(
                                        () -> {
                                            holding.set(true);
                                            return hold(release);
                                        }));
        await("the first verification holds the only turn")
                .atMost(Duration.ofSeconds(10))
                .untilTrue(holding);
        assertThrows(PasswordHashing.Busy.class, () -> turns.forAccount(() -> true));
        release.countDown();
        assertEquals(true, first.get(10, TimeUnit.SECONDS));
    }

    /**
     * Keeps the turn until the test lets go. A latch here is a gate the test opens, not a wait for
     * an outcome: the test never waits on it, it only counts it down.
     */
    private static boolean hold(CountDownLatch latch) {
        try {
            return latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
