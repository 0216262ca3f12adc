package iq.cpf.awareness.platform.scheduling;

import jakarta.enterprise.concurrent.ManagedThreadFactory;
import java.util.concurrent.Semaphore;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.quartz.spi.ThreadPool;

/**
 * Quartz's worker threads, made by the container's ManagedThreadFactory so that jobs run with the
 * application's context (class loader, naming, transactions), which Quartz's own SimpleThreadPool
 * lacks.
 */
public class ManagedThreadPool implements ThreadPool {

    private final int size;
    private final ThreadPoolExecutor executor;
    private final Semaphore free;
    private volatile boolean shutdown;

    public ManagedThreadPool(int size, ManagedThreadFactory threads) {
        this.size = size;
        this.free = new Semaphore(size);
        this.executor =
                new ThreadPoolExecutor(
                        size, size, 60, TimeUnit.SECONDS, new SynchronousQueue<>(), threads);
    }

    @Override
    public boolean runInThread(Runnable runnable) {
        if (shutdown) {
            return false;
        }
        try {
            free.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
        try {
            executor.execute(
                    () -> {
                        try {
                            runnable.run();
                        } finally {
                            free.release();
                        }
                    });
            return true;
        } catch (RuntimeException rejected) {
            free.release();
            return false;
        }
    }

    /**
     * Waits until at least one worker is free, as Quartz's contract asks, and says how many are.
     */
    @Override
    public int blockForAvailableThreads() {
        if (shutdown) {
            return 0;
        }
        try {
            free.acquire();
            free.release();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return Math.max(1, free.availablePermits());
    }

    @Override
    public void initialize() {
        executor.prestartAllCoreThreads();
    }

    @Override
    public void shutdown(boolean waitForJobsToComplete) {
        shutdown = true;
        executor.shutdown();
        if (waitForJobsToComplete) {
            try {
                executor.awaitTermination(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public int getPoolSize() {
        return size;
    }

    @Override
    public void setInstanceId(String id) {
        // One pool per scheduler instance; the id adds nothing here.
    }

    @Override
    public void setInstanceName(String name) {
        // As above.
    }
}
