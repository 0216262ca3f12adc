package iq.cpf.awareness.security.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class InFlightTest {

    private final ExecutorService threads = Executors.newFixedThreadPool(8);
    private final InFlight<String, Boolean> inFlight = new InFlight<>();

    @AfterEach
    void stop() {
        threads.shutdownNow();
    }

    @Test
    void callersAskingAtOnceShareOneComputation() throws Exception {
        AtomicInteger computed = new AtomicInteger();
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Future<Boolean> first =
                threads.submit(
                        () ->
                                inFlight.get(
                                        "key",
                                        () -> {
                                            computed.incrementAndGet();
                                            started.countDown();
                                            await(release);
                                            return true;
                                        }));
        assertTrue(started.await(10, TimeUnit.SECONDS));
        List<Future<Boolean>> others = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            others.add(
                    threads.submit(
                            () ->
                                    inFlight.get(
                                            "key",
                                            () -> {
                                                computed.incrementAndGet();
                                                return false;
                                            })));
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (inFlight.waiting("key") < others.size() && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
        assertEquals(others.size(), inFlight.waiting("key"), "the others wait for the first");
        release.countDown();
        assertTrue(first.get(10, TimeUnit.SECONDS));
        for (Future<Boolean> other : others) {
            assertTrue(other.get(10, TimeUnit.SECONDS), "the first one's answer");
        }
        assertEquals(1, computed.get());
        assertEquals(0, inFlight.running());
    }

    @Test
    void theComputationsExceptionReachesEveryCallerAndIsForgotten() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        PasswordHashing.Busy busy = new PasswordHashing.Busy();
        Future<Boolean> first =
                threads.submit(
                        () ->
                                inFlight.get(
                                        "key",
                                        () -> {
                                            started.countDown();
                                            await(release);
                                            throw busy;
                                        }));
        assertTrue(started.await(10, TimeUnit.SECONDS));
        release.countDown();
        var thrown = assertThrows(Exception.class, () -> first.get(10, TimeUnit.SECONDS));
        assertSame(busy, thrown.getCause());
        assertEquals(0, inFlight.running());
        assertTrue(inFlight.get("key", () -> true), "computed again after the failure");
    }

    @Test
    void differentKeysAreComputedApart() {
        assertTrue(inFlight.get("a", () -> true));
        assertEquals(false, inFlight.get("b", () -> false));
    }

    private static void await(CountDownLatch latch) {
        try {
            assertTrue(latch.await(10, TimeUnit.SECONDS));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
