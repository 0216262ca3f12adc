package iq.cpf.awareness.planning.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import iq.cpf.awareness.campaign.entity.Topic;
import iq.cpf.awareness.platform.Language;
import iq.cpf.awareness.volunteer.entity.Away;
import iq.cpf.awareness.volunteer.entity.Window;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The solver on small instances, one rule each, without a container: what it proposes keeps the
 * rule, and what it cannot place is named with the reason.
 */
class PlanSolverTest {

    /** A Sunday. */
    private static final LocalDate SUNDAY = LocalDate.of(2027, 3, 7);

    private static Member member(long id, Language language) {
        return member(id, language, List.of(), List.of(), null);
    }

    private static Member member(
            long id, Language language, List<Window> windows, List<Away> away, Integer max) {
        return new Member(
                id,
                "m" + id,
                Set.of(language),
                null,
                "Khanaqin",
                windows,
                away,
                max,
                List.of(),
                Map.of());
    }

    private static Place school(long id, Language taught) {
        return new Place(id, "s" + id, "Khanaqin", taught, List.of());
    }

    /** Starts at 08:00 and 10:00 on each of {@code days} days from Sunday. */
    private static List<Slot> slots(int days) {
        List<Slot> slots = new ArrayList<>();
        for (int d = 0; d < days; d++) {
            slots.add(new Slot(SUNDAY.plusDays(d).atTime(8, 0), 60));
            slots.add(new Slot(SUNDAY.plusDays(d).atTime(10, 0), 60));
        }
        return slots;
    }

    private static PlanSolution solve(List<Member> members, List<PlannedVisit> visits) {
        return Solvers.factory(2).buildSolver().solve(new PlanSolution(members, visits));
    }

    private static List<PlannedVisit> placed(PlanSolution solution) {
        return solution.getVisits().stream().filter(PlannedVisit::isPlaced).toList();
    }

    @Test
    void aSoraniMediumSchoolGetsASoraniSpeaker() {
        List<Member> members =
                List.of(
                        member(1, Language.AR),
                        member(2, Language.AR),
                        member(3, Language.CKB),
                        member(4, Language.AR));
        List<PlannedVisit> visits = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            visits.add(
                    new PlannedVisit(i, school(i, i == 0 ? Language.CKB : Language.AR), slots(3)));
        }
        PlanSolution best = solve(members, visits);
        assertEquals(0, best.getScore().hardScore(), best.getScore()::toString);
        assertEquals(4, placed(best).size(), best.getScore()::toString);
        PlannedVisit sorani = best.getVisits().get(0);
        assertTrue(
                sorani.getLead().id() == 3 || sorani.getPartner().id() == 3,
                "the Sorani speaker is on the team");
    }

    @Test
    void nobodyIsInTwoPlacesAndWhatDoesNotFitIsUnplacedWithTheReason() {
        List<Member> members = List.of(member(1, Language.AR), member(2, Language.AR));
        List<PlannedVisit> visits = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            visits.add(new PlannedVisit(i, school(i, Language.AR), slots(1)));
        }
        PlanSolution best = solve(members, visits);
        assertEquals(0, best.getScore().hardScore(), best.getScore()::toString);
        assertEquals(2, placed(best).size(), "one team, two times: two visits");
        PlannedVisit left =
                best.getVisits().stream().filter(v -> !v.isPlaced()).findFirst().orElseThrow();
        assertEquals("plan.full", ProposalProblems.reason(left, best));
        assertTrue(
                !placed(best).get(0).getSlot().overlaps(placed(best).get(1).getSlot()),
                "the team's two visits are at different times");
    }

    @Test
    void volunteersGoOnlyWithinTheirHoursAndNotWhenAway() {
        List<Window> mornings =
                List.of(new Window(DayOfWeek.MONDAY, LocalTime.of(8, 0), LocalTime.of(12, 0)));
        List<Member> members =
                List.of(
                        member(1, Language.AR, mornings, List.of(), null),
                        member(2, Language.AR, mornings, List.of(), null),
                        member(
                                3,
                                Language.AR,
                                List.of(),
                                List.of(new Away(SUNDAY, SUNDAY.plusDays(6))),
                                null));
        List<PlannedVisit> visits = List.of(new PlannedVisit(0, school(0, Language.AR), slots(5)));
        PlanSolution best = solve(members, visits);
        PlannedVisit visit = best.getVisits().get(0);
        assertTrue(visit.isPlaced(), best.getScore()::toString);
        assertEquals(DayOfWeek.MONDAY, visit.getSlot().date().getDayOfWeek());
        assertEquals(Set.of(1L, 2L), Set.of(visit.getLead().id(), visit.getPartner().id()));
    }

    @Test
    void aVolunteersWeeklyMostIsKept() {
        List<Member> members =
                List.of(
                        member(1, Language.AR, List.of(), List.of(), 1),
                        member(2, Language.AR),
                        member(3, Language.AR));
        List<PlannedVisit> visits = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            visits.add(new PlannedVisit(i, school(i, Language.AR), slots(5)));
        }
        PlanSolution best = solve(members, visits);
        assertEquals(0, best.getScore().hardScore(), best.getScore()::toString);
        assertEquals(3, placed(best).size());
        assertTrue(
                placed(best).stream()
                                .filter(v -> v.getLead().id() == 1 || v.getPartner().id() == 1)
                                .count()
                        <= 1);
    }

    @Test
    void aSchoolWithoutASchoolDayIsNamedAsSuch() {
        List<Member> members = List.of(member(1, Language.AR), member(2, Language.AR));
        List<PlannedVisit> visits = List.of(new PlannedVisit(0, school(0, Language.AR), List.of()));
        PlanSolution best = solve(members, visits);
        assertEquals("plan.noSchoolDay", ProposalProblems.reason(best.getVisits().get(0), best));
        List<PlannedVisit> kurdish =
                List.of(new PlannedVisit(0, school(0, Language.CKB), slots(1)));
        PlanSolution none = solve(members, kurdish);
        assertTrue(!none.getVisits().get(0).isPlaced(), none.getScore()::toString);
        assertEquals("plan.noSpeaker", ProposalProblems.reason(none.getVisits().get(0), none));
    }

    @Test
    void alreadyScheduledVisitsAreWorkedAround() {
        LocalDateTime[] sunday8 = {SUNDAY.atTime(8, 0), SUNDAY.atTime(9, 0)};
        Member busy =
                new Member(
                        1,
                        "busy",
                        Set.of(Language.AR),
                        null,
                        null,
                        List.of(),
                        List.of(),
                        null,
                        List.<LocalDateTime[]>of(sunday8),
                        Map.of());
        Place school =
                new Place(
                        0,
                        "s0",
                        "Khanaqin",
                        Language.AR,
                        List.<LocalDateTime[]>of(
                                new LocalDateTime[] {SUNDAY.atTime(10, 0), SUNDAY.atTime(11, 0)}));
        List<PlannedVisit> visits = List.of(new PlannedVisit(0, school, slots(2)));
        PlanSolution best = solve(List.of(busy, member(2, Language.AR)), visits);
        assertEquals(1, placed(best).size(), best.getScore()::toString);
        assertEquals(0, best.getScore().hardScore());
        assertEquals(
                SUNDAY.plusDays(1),
                best.getVisits().get(0).getSlot().date(),
                "Sunday's 08:00 has the volunteer busy, its 10:00 the school");
    }

    @Test
    void safeguardingIsKeptByTheSolverAsByHand() {
        Topic harassment = new Topic("harassment", "Sexual harassment", null, null);
        harassment.safeguard(true, true, true);
        Member man = member(1, Language.AR).safeguarding(false, false, SUNDAY.plusYears(1));
        Member officer = member(2, Language.AR).safeguarding(false, true, SUNDAY.plusYears(1));
        Member woman = member(3, Language.AR).safeguarding(true, false, SUNDAY.plusDays(1));
        Place girls = school(0, Language.AR).safeguarding(true, false);
        List<PlannedVisit> visits = List.of(new PlannedVisit(0, girls, slots(5), harassment));
        PlanSolution best = solve(List.of(man, officer, woman), visits);
        PlannedVisit visit = best.getVisits().get(0);
        assertTrue(visit.isPlaced(), best.getScore()::toString);
        assertEquals(0, best.getScore().hardScore(), best.getScore()::toString);
        assertEquals(
                man,
                visit.getLead(),
                "the one vetted for every day, not an officer without consent");
        assertEquals(woman, visit.getPartner(), "a woman on a harassment visit to a girls' school");
    }
}
