package iq.cpf.awareness.planning.control;

import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.constructionheuristic.ConstructionHeuristicPhaseConfig;
import ai.timefold.solver.core.config.constructionheuristic.ConstructionHeuristicType;
import ai.timefold.solver.core.config.solver.SolverConfig;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;
import java.time.Duration;

/** The solver's configuration, in code rather than XML, with the class loader of the deployment. */
public final class Solvers {

    private Solvers() {}

    /**
     * A solver that stops after {@code seconds}, or earlier once the best proposal has not improved
     * for a third of that (at least two seconds): a small campaign does not wait out its limit.
     */
    public static SolverFactory<PlanSolution> factory(int seconds) {
        return factory(seconds, false);
    }

    /**
     * With {@code firstFitOnly}, a greedy first fit and nothing after it: each visit in turn takes
     * the first time and team that score best at that moment. The baseline the planning benchmark
     * compares the full search with, on the same rules.
     */
    public static SolverFactory<PlanSolution> factory(int seconds, boolean firstFitOnly) {
        SolverConfig config =
                new SolverConfig(Solvers.class.getClassLoader())
                        .withSolutionClass(PlanSolution.class)
                        .withEntityClasses(PlannedVisit.class)
                        .withConstraintProviderClass(PlanConstraints.class)
                        .withTerminationConfig(
                                new TerminationConfig()
                                        .withSpentLimit(Duration.ofSeconds(seconds))
                                        .withUnimprovedSpentLimit(
                                                Duration.ofSeconds(Math.max(2, seconds / 3))));
        if (firstFitOnly) {
            config.withPhases(
                    new ConstructionHeuristicPhaseConfig()
                            .withConstructionHeuristicType(ConstructionHeuristicType.FIRST_FIT));
        }
        return SolverFactory.create(config);
    }
}
