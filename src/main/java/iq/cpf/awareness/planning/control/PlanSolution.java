package iq.cpf.awareness.planning.control;

import ai.timefold.solver.core.api.domain.solution.PlanningEntityCollectionProperty;
import ai.timefold.solver.core.api.domain.solution.PlanningScore;
import ai.timefold.solver.core.api.domain.solution.PlanningSolution;
import ai.timefold.solver.core.api.domain.solution.ProblemFactCollectionProperty;
import ai.timefold.solver.core.api.domain.valuerange.ValueRangeProvider;
import ai.timefold.solver.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore;
import java.util.List;

/** The problem the solver works on, and, solved, the proposal: its visits and their score. */
@PlanningSolution
public class PlanSolution {

    @ProblemFactCollectionProperty
    @ValueRangeProvider(id = "members")
    private List<Member> members;

    @PlanningEntityCollectionProperty private List<PlannedVisit> visits;

    @PlanningScore private HardMediumSoftScore score;

    public PlanSolution() {}

    public PlanSolution(List<Member> members, List<PlannedVisit> visits) {
        this.members = members;
        this.visits = visits;
    }

    public List<Member> getMembers() {
        return members;
    }

    public List<PlannedVisit> getVisits() {
        return visits;
    }

    public HardMediumSoftScore getScore() {
        return score;
    }

    public void setScore(HardMediumSoftScore score) {
        this.score = score;
    }
}
