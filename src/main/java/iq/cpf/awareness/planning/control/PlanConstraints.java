package iq.cpf.awareness.planning.control;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore;
import ai.timefold.solver.core.api.score.stream.Constraint;
import ai.timefold.solver.core.api.score.stream.ConstraintCollectors;
import ai.timefold.solver.core.api.score.stream.ConstraintFactory;
import ai.timefold.solver.core.api.score.stream.ConstraintProvider;
import ai.timefold.solver.core.api.score.stream.Joiners;
import ai.timefold.solver.core.api.score.stream.bi.BiConstraintStream;
import ai.timefold.solver.core.api.score.stream.uni.UniConstraintStream;

/**
 * The rules of a proposal. Hard: what scheduling by hand refuses (nobody in two places, a school
 * visited once at a time, a volunteer's hours, dates away and weekly most, the school's calendar,
 * which the slots already keep) and a team that speaks the school's language. Medium: what is
 * missing of unplaced visits. Soft: even loads, a volunteer in one district a day, the same lead
 * for a school's repeat visits, visits spread over the days. The names are those a plan's score and
 * its unplaced visits report.
 */
public class PlanConstraints implements ConstraintProvider {

    public static final String UNPLACED = "unplaced";
    public static final String SAME_VOLUNTEER_TWICE = "a volunteer twice in one team";
    public static final String VOLUNTEER_DOUBLE_BOOKED = "a volunteer in two visits at once";
    public static final String SCHOOL_DOUBLE_BOOKED = "a school visited twice at once";
    public static final String VOLUNTEER_CANNOT_GO = "a volunteer outside their availability";
    public static final String SCHOOL_BUSY = "a school already visited then";
    public static final String LANGUAGE = "nobody speaks the school's language";
    public static final String WEEK_FULL = "a volunteer over their visits a week";
    public static final String SAFEGUARDING = "a team that breaks the topic's safeguarding rules";

    @Override
    public Constraint[] defineConstraints(ConstraintFactory f) {
        return new Constraint[] {
            unplaced(f),
            sameVolunteerTwice(f),
            volunteerDoubleBooked(f),
            schoolDoubleBooked(f),
            volunteerCannotGo(f),
            schoolBusy(f),
            language(f),
            weekFull(f),
            safeguarding(f),
            balancedLoad(f),
            oneDistrictADay(f),
            sameLeadForASchool(f),
            spreadOverTheDays(f)
        };
    }

    private static UniConstraintStream<PlannedVisit> timed(ConstraintFactory f) {
        return f.forEachIncludingUnassigned(PlannedVisit.class).filter(v -> v.getSlot() != null);
    }

    /** Each volunteer of each timed visit, with the visit. */
    private static BiConstraintStream<Member, PlannedVisit> members(ConstraintFactory f) {
        return timed(f).filter(v -> v.getLead() != null)
                .map(PlannedVisit::getLead, v -> v)
                .concat(
                        timed(f).filter(v -> v.getPartner() != null)
                                .map(PlannedVisit::getPartner, v -> v));
    }

    /**
     * Each missing part of a visit (its time, its lead, its partner) costs a medium point, not each
     * unplaced visit: the construction heuristic assigns one variable at a time, and a point per
     * visit gave it no gain for a time without a team yet, so it left most visits empty (34 of 300
     * placed in the planning benchmark).
     */
    Constraint unplaced(ConstraintFactory f) {
        return f.forEachIncludingUnassigned(PlannedVisit.class)
                .filter(v -> !v.isPlaced())
                .penalize(HardMediumSoftScore.ONE_MEDIUM, PlannedVisit::missingParts)
                .asConstraint(UNPLACED);
    }

    Constraint sameVolunteerTwice(ConstraintFactory f) {
        return f.forEachIncludingUnassigned(PlannedVisit.class)
                .filter(v -> v.getLead() != null && v.getLead() == v.getPartner())
                .penalize(HardMediumSoftScore.ONE_HARD)
                .asConstraint(SAME_VOLUNTEER_TWICE);
    }

    Constraint volunteerDoubleBooked(ConstraintFactory f) {
        return timed(f).join(
                        timed(f),
                        Joiners.lessThan(PlannedVisit::getId),
                        Joiners.equal(v -> v.getSlot().date()))
                .filter((a, b) -> a.getSlot().overlaps(b.getSlot()) && a.sharesTeamWith(b))
                .penalize(HardMediumSoftScore.ONE_HARD)
                .asConstraint(VOLUNTEER_DOUBLE_BOOKED);
    }

    Constraint schoolDoubleBooked(ConstraintFactory f) {
        return timed(f).join(
                        timed(f),
                        Joiners.lessThan(PlannedVisit::getId),
                        Joiners.equal(PlannedVisit::getSchool),
                        Joiners.equal(v -> v.getSlot().date()))
                .filter((a, b) -> a.getSlot().overlaps(b.getSlot()))
                .penalize(HardMediumSoftScore.ONE_HARD)
                .asConstraint(SCHOOL_DOUBLE_BOOKED);
    }

    Constraint volunteerCannotGo(ConstraintFactory f) {
        return members(f)
                .filter((m, v) -> !m.canGo(v.getSlot()))
                .penalize(HardMediumSoftScore.ONE_HARD)
                .asConstraint(VOLUNTEER_CANNOT_GO);
    }

    Constraint schoolBusy(ConstraintFactory f) {
        return timed(f).filter(v -> v.getSchool().busyAt(v.getSlot()))
                .penalize(HardMediumSoftScore.ONE_HARD)
                .asConstraint(SCHOOL_BUSY);
    }

    Constraint language(ConstraintFactory f) {
        return f.forEachIncludingUnassigned(PlannedVisit.class)
                .filter(v -> !v.speaksTheSchoolsLanguage())
                .penalize(HardMediumSoftScore.ONE_HARD)
                .asConstraint(LANGUAGE);
    }

    Constraint weekFull(ConstraintFactory f) {
        return members(f)
                .filter((m, v) -> m.maxVisitsPerWeek() != null)
                .groupBy((m, v) -> m, (m, v) -> v.getSlot().week(), ConstraintCollectors.countBi())
                .filter((m, week, count) -> count + m.visitsInWeek(week) > m.maxVisitsPerWeek())
                .penalize(
                        HardMediumSoftScore.ONE_HARD,
                        (m, week, count) -> count + m.visitsInWeek(week) - m.maxVisitsPerWeek())
                .asConstraint(WEEK_FULL);
    }

    Constraint safeguarding(ConstraintFactory f) {
        return f.forEachIncludingUnassigned(PlannedVisit.class)
                .filter(v -> !v.safeguarded())
                .penalize(HardMediumSoftScore.ONE_HARD)
                .asConstraint(SAFEGUARDING);
    }

    Constraint balancedLoad(ConstraintFactory f) {
        return members(f)
                .groupBy((m, v) -> m, ConstraintCollectors.countBi())
                .penalize(HardMediumSoftScore.ONE_SOFT, (m, count) -> count * count)
                .asConstraint("even loads");
    }

    Constraint oneDistrictADay(ConstraintFactory f) {
        return members(f)
                .groupBy(
                        (m, v) -> m,
                        (m, v) -> v.getSlot().date(),
                        ConstraintCollectors.countDistinct((m, v) -> v.getSchool().district()))
                .filter((m, day, districts) -> districts > 1)
                .penalize(HardMediumSoftScore.ofSoft(10), (m, day, districts) -> districts - 1)
                .asConstraint("one district a day");
    }

    Constraint sameLeadForASchool(ConstraintFactory f) {
        return timed(f).join(
                        timed(f),
                        Joiners.lessThan(PlannedVisit::getId),
                        Joiners.equal(PlannedVisit::getSchool))
                .filter((a, b) -> a.getLead() != null && a.getLead() != b.getLead())
                .penalize(HardMediumSoftScore.ofSoft(5))
                .asConstraint("the same lead for a school");
    }

    Constraint spreadOverTheDays(ConstraintFactory f) {
        return timed(f).groupBy(v -> v.getSlot().date(), ConstraintCollectors.count())
                .penalize(HardMediumSoftScore.ONE_SOFT, (day, count) -> count * count)
                .asConstraint("visits spread over the days");
    }
}
