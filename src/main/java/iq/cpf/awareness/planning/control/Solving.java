package iq.cpf.awareness.planning.control;

import ai.timefold.solver.core.api.solver.Solver;
import ai.timefold.solver.core.api.solver.SolverFactory;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Phaser;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import org.jboss.logging.Logger;

/**
 * Solves proposals in the background, one task each on the server's managed executor: the request
 * that asked for one returns at once. The best proposal so far is written as it improves (at most
 * every two seconds), and a stop asked for on any node of a cluster is seen within a second through
 * the proposal's row.
 */
@ApplicationScoped
public class Solving {

    private static final Logger LOG = Logger.getLogger(Solving.class);
    private static final long PROGRESS_EVERY_MILLIS = 2000;

    @Resource(lookup = "java:jboss/ee/concurrency/executor/default")
    ManagedExecutorService executor;

    @Resource(lookup = "java:jboss/ee/concurrency/scheduler/default")
    ManagedScheduledExecutorService scheduler;

    @Inject ProposalProblems problems;

    private final Map<Long, Solver<PlanSolution>> running = new ConcurrentHashMap<>();

    /** Solvings submitted and not yet ended, so that stopping the application can wait for them. */
    private final Phaser solvings = new Phaser(1);

    private volatile boolean stopping;

    void onRequested(@Observes(during = TransactionPhase.AFTER_SUCCESS) ProposalRequested request) {
        if (stopping) {
            return;
        }
        solvings.register();
        executor.submit(
                () -> {
                    try {
                        solve(request.proposalId());
                    } finally {
                        solvings.arriveAndDeregister();
                    }
                });
    }

    /**
     * The executor is the server's, not the application's: a solving left running as the
     * application stops would save its proposal through beans already gone. Each is ended now and
     * keeps its best so far, as a stop would; one the application never got to start stays solving
     * and is marked lost later.
     */
    @PreDestroy
    void stopAll() {
        stopping = true;
        running.values().forEach(Solver::terminateEarly);
        try {
            solvings.awaitAdvanceInterruptibly(solvings.arrive(), 30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (TimeoutException e) {
            LOG.warn("A solving was still running 30 seconds after the application began to stop");
        }
    }

    /** Ends the solving of a proposal on this node now, keeping the best so far. */
    public void stop(long proposalId) {
        Solver<PlanSolution> solver = running.get(proposalId);
        if (solver != null) {
            solver.terminateEarly();
        }
    }

    void solve(long id) {
        ScheduledFuture<?> watch = null;
        try {
            Problem problem = problems.build(id);
            SolverFactory<PlanSolution> factory =
                    Solvers.factory(problem.seconds(), problem.firstFitOnly());
            Solver<PlanSolution> solver = factory.buildSolver();
            running.put(id, solver);
            if (stopping) {
                solver.terminateEarly();
            }
            watch =
                    scheduler.scheduleAtFixedRate(
                            () -> {
                                if (problems.stopRequested(id)) {
                                    solver.terminateEarly();
                                }
                            },
                            1,
                            1,
                            TimeUnit.SECONDS);
            AtomicLong written = new AtomicLong();
            solver.addEventListener(
                    event -> {
                        long now = System.currentTimeMillis();
                        if (now - written.get() >= PROGRESS_EVERY_MILLIS) {
                            written.set(now);
                            problems.progress(id, event.getNewBestScore().toString());
                        }
                    });
            PlanSolution best = solver.solve(problem.solution());
            problems.save(id, problem, best, factory);
        } catch (RuntimeException e) {
            LOG.error("Solving proposal " + id + " failed", e);
            problems.fail(id, e.getClass().getSimpleName() + ": " + e.getMessage());
        } finally {
            if (watch != null) {
                watch.cancel(false);
            }
            running.remove(id);
        }
    }
}
