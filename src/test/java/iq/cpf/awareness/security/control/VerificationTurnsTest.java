package iq.cpf.awareness.security.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class VerificationTurnsTest {

    @Test
    void anUnknownLoginIsRefusedAtOnceWhileAnAccountWaitsForTheTurn() throws Exception {
        VerificationTurns turns = new VerificationTurns(1, Duration.ofSeconds(10));
        CountDownLatch holding = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<Boolean> first = CompletableFuture.supplyAsync(() -> turns.forAccount(() -> {
            holding.countDown();
            return await(release);
        }));
        assertTrue(holding.await(10, TimeUnit.SECONDS));

        assertThrows(PasswordHashing.Busy.class, () -> turns.forUnknownLogin(() -> true), "no queue for decoys");
        CompletableFuture<Boolean> second = CompletableFuture.supplyAsync(() -> turns.forAccount(() -> true));
        release.countDown();
        assertEquals(true, first.get(10, TimeUnit.SECONDS));
        assertEquals(true, second.get(10, TimeUnit.SECONDS), "the account got the next turn");
        assertEquals(true, turns.forUnknownLogin(() -> true), "a free turn serves an unknown login too");
    }

    @Test
    void anAccountThatFindsNoTurnInTimeIsRefused() throws Exception {
        VerificationTurns turns = new VerificationTurns(1, Duration.ofMillis(50));
        CountDownLatch holding = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<Boolean> first = CompletableFuture.supplyAsync(() -> turns.forAccount(() -> {
            holding.countDown();
            return await(release);
        }));
        assertTrue(holding.await(10, TimeUnit.SECONDS));
        assertThrows(PasswordHashing.Busy.class, () -> turns.forAccount(() -> true));
        release.countDown();
        assertEquals(true, first.get(10, TimeUnit.SECONDS));
    }

    private static boolean await(CountDownLatch latch) {
        try {
            return latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
