package iq.cpf.awareness.security.control;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Callers asking at once for the same key share one computation: the first computes, the others
 * wait for its answer (or its exception) instead of computing it again. For password verifications:
 * when a remembered login expires, every request of a client that sends it at once would otherwise
 * hash the same password with 600,000 iterations, a third of a second of a core each, and ten of
 * them stopped a two-core server for a second and a half.
 */
final class InFlight<K, V> {

    private final ConcurrentHashMap<K, CompletableFuture<V>> running = new ConcurrentHashMap<>();

    V get(K key, Supplier<V> computation) {
        CompletableFuture<V> mine = new CompletableFuture<>();
        CompletableFuture<V> theirs = running.putIfAbsent(key, mine);
        if (theirs != null) {
            try {
                return theirs.join();
            } catch (CompletionException e) {
                if (e.getCause() instanceof RuntimeException cause) {
                    throw cause;
                }
                throw e;
            }
        }
        try {
            V value = computation.get();
            mine.complete(value);
            return value;
        } catch (RuntimeException | Error e) {
            mine.completeExceptionally(e);
            throw e;
        } finally {
            running.remove(key, mine);
        }
    }

    /** How many computations are running now. */
    int running() {
        return running.size();
    }

    /** How many callers wait for the computation of {@code key} (an estimate, for tests). */
    int waiting(K key) {
        CompletableFuture<V> computation = running.get(key);
        return computation == null ? 0 : computation.getNumberOfDependents();
    }
}
