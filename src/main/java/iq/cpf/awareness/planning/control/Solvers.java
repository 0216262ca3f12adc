package iq.cpf.awareness.planning.control;

import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.constructionheuristic.ConstructionHeuristicPhaseConfig;
import ai.timefold.solver.core.config.constructionheuristic.placer.QueuedEntityPlacerConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.generic.ChangeMoveSelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.value.ValueSelectorConfig;
import ai.timefold.solver.core.config.localsearch.LocalSearchPhaseConfig;
import ai.timefold.solver.core.config.phase.PhaseConfig;
import ai.timefold.solver.core.config.solver.SolverConfig;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

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
        // One variable at a time: a phase that placed time, lead and partner together would try
        // every combination of them for each visit (some 300,000), and ran out of time on 300
        // schools with only a tenth of them placed.
        List<PhaseConfig> phases = new ArrayList<>();
        for (String variable : List.of("slot", "lead", "partner")) {
            QueuedEntityPlacerConfig placer = new QueuedEntityPlacerConfig();
            placer.setMoveSelectorConfigList(
                    List.of(
                            new ChangeMoveSelectorConfig()
                                    .withValueSelectorConfig(new ValueSelectorConfig(variable))));
            phases.add(new ConstructionHeuristicPhaseConfig().withEntityPlacerConfig(placer));
        }
        if (!firstFitOnly) {
            phases.add(new LocalSearchPhaseConfig());
        }
        config.setPhaseConfigList(phases);
        return SolverFactory.create(config);
    }
}
