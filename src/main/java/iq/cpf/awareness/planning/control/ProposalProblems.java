package iq.cpf.awareness.planning.control;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore;
import ai.timefold.solver.core.api.solver.SolutionManager;
import ai.timefold.solver.core.api.solver.SolverFactory;
import iq.cpf.awareness.campaign.entity.Campaign;
import iq.cpf.awareness.campaign.entity.Topic;
import iq.cpf.awareness.planning.entity.Proposal;
import iq.cpf.awareness.planning.entity.ProposalStatus;
import iq.cpf.awareness.planning.entity.ProposedVisit;
import iq.cpf.awareness.platform.Erased;
import iq.cpf.awareness.platform.Language;
import iq.cpf.awareness.school.control.SchoolCalendars;
import iq.cpf.awareness.school.entity.School;
import iq.cpf.awareness.visit.entity.VisitStatus;
import iq.cpf.awareness.volunteer.entity.Volunteer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hibernate.Hibernate;

/**
 * Turns a stored proposal into the solver's problem, and the solver's answer back into the
 * proposal, each in a transaction of its own: the solving in between holds no connection.
 */
@ApplicationScoped
@Transactional
public class ProposalProblems {

    /** School hours where the school has no shift of its own. */
    static final LocalTime DAY_START = LocalTime.of(8, 0);

    static final LocalTime DAY_END = LocalTime.of(13, 0);

    /** Visits start on the hour (or the shift's start plus whole hours). */
    static final int STEP_MINUTES = 60;

    @PersistenceContext EntityManager em;
    @Inject SchoolCalendars calendars;
    @Inject Clock clock;

    public Problem build(long id) {
        Proposal proposal = em.find(Proposal.class, id);
        Campaign campaign = proposal.getCampaign();
        ZoneId zone = campaign.zone();
        LocalDate first = proposal.getFirstDay();
        LocalDate last = proposal.getLastDay();
        Instant from = first.minusDays(7).atStartOfDay(zone).toInstant();
        Instant to = last.plusDays(8).atStartOfDay(zone).toInstant();

        Map<Long, List<LocalDateTime[]>> busyVolunteers = new HashMap<>();
        Map<Long, Map<Long, Integer>> weeks = new HashMap<>();
        for (Object[] row :
                em.createQuery(
                                """
                        select x.id, v.start, v.end from Visit v join v.volunteers x
                        where x.forum = :forum and v.status <> :cancelled
                        and v.start < :to and v.end > :from""",
                                Object[].class)
                        .setParameter("forum", campaign.getForum())
                        .setParameter("cancelled", VisitStatus.CANCELLED)
                        .setParameter("from", from)
                        .setParameter("to", to)
                        .getResultList()) {
            LocalDateTime start = ((Instant) row[1]).atZone(zone).toLocalDateTime();
            LocalDateTime end = ((Instant) row[2]).atZone(zone).toLocalDateTime();
            Long volunteer = (Long) row[0];
            busyVolunteers
                    .computeIfAbsent(volunteer, k -> new ArrayList<>())
                    .add(new LocalDateTime[] {start, end});
            weeks.computeIfAbsent(volunteer, k -> new HashMap<>())
                    .merge(new Slot(start, 1).week(), 1, Integer::sum);
        }
        List<Member> members = new ArrayList<>();
        for (Volunteer v :
                em.createQuery(
                                "select v from Volunteer v where v.forum = :forum and v.name <> :erased order by v.id",
                                Volunteer.class)
                        .setParameter("forum", campaign.getForum())
                        .setParameter("erased", Erased.NAME)
                        .getResultList()) {
            Set<Language> languages = EnumSet.of(v.getLanguage());
            languages.addAll(v.getLanguages());
            members.add(
                    new Member(
                                    v.getId(),
                                    v.getName(),
                                    languages,
                                    v.getGender(),
                                    v.getHomeDistrict(),
                                    List.copyOf(v.getWindows()),
                                    List.copyOf(v.getAway()),
                                    v.getMaxVisitsPerWeek(),
                                    busyVolunteers.getOrDefault(v.getId(), List.of()),
                                    weeks.getOrDefault(v.getId(), Map.of()))
                            .safeguarding(v.isWoman(), v.isPoliceOfficer(), v.getVettedUntil()));
        }
        Map<Long, Member> memberById = new HashMap<>();
        members.forEach(m -> memberById.put(m.id(), m));

        Set<Long> schoolIds = new HashSet<>();
        proposal.getVisits().forEach(v -> schoolIds.add(v.getSchoolId()));
        Map<Long, List<LocalDateTime[]>> busySchools = new HashMap<>();
        if (!schoolIds.isEmpty()) {
            for (Object[] row :
                    em.createQuery(
                                    """
                            select v.school.id, v.start, v.end from Visit v
                            where v.school.id in :schools and v.status <> :cancelled
                            and v.start < :to and v.end > :from""",
                                    Object[].class)
                            .setParameter("schools", schoolIds)
                            .setParameter("cancelled", VisitStatus.CANCELLED)
                            .setParameter("from", from)
                            .setParameter("to", to)
                            .getResultList()) {
                busySchools
                        .computeIfAbsent((Long) row[0], k -> new ArrayList<>())
                        .add(
                                new LocalDateTime[] {
                                    ((Instant) row[1]).atZone(zone).toLocalDateTime(),
                                    ((Instant) row[2]).atZone(zone).toLocalDateTime()
                                });
            }
        }
        // Read now: the solver works on it after this transaction.
        Topic topic = Hibernate.unproxy(campaign.getTopic(), Topic.class);
        Map<Long, Place> places = new HashMap<>();
        Map<Long, List<Slot>> slots = new HashMap<>();
        List<PlannedVisit> visits = new ArrayList<>();
        List<ProposedVisit> proposed = proposal.getVisits();
        for (int i = 0; i < proposed.size(); i++) {
            ProposedVisit wanted = proposed.get(i);
            School school = em.find(School.class, wanted.getSchoolId());
            Place place =
                    places.computeIfAbsent(
                            school.getId(),
                            k ->
                                    new Place(
                                                    school.getId(),
                                                    school.getName(),
                                                    school.getDistrict(),
                                                    school.getTeachingLanguage(),
                                                    busySchools.getOrDefault(
                                                            school.getId(), List.of()))
                                            .safeguarding(
                                                    school.isForGirls(), school.isPoliceConsent()));
            List<Slot> allowed =
                    slots.computeIfAbsent(
                            school.getId(),
                            k -> slots(school, first, last, proposal.getDurationMinutes(), zone));
            PlannedVisit visit = new PlannedVisit(i, place, allowed, topic);
            if (wanted.isLocked() && wanted.getStart() != null) {
                LocalDateTime start = wanted.getStart().atZone(zone).toLocalDateTime();
                Slot slot =
                        allowed.stream()
                                .filter(s -> s.start().equals(start))
                                .findFirst()
                                .orElseGet(() -> new Slot(start, proposal.getDurationMinutes()));
                visit.lock(
                        slot,
                        memberById.get(wanted.getLeadId()),
                        memberById.get(wanted.getPartnerId()));
            }
            visits.add(visit);
        }
        return new Problem(
                id,
                new PlanSolution(members, visits),
                zone,
                proposal.getSecondsLimit(),
                proposal.isFirstFitOnly());
    }

    /** The starts within the dates that the school's calendar and shift allow, and not past. */
    private List<Slot> slots(
            School school, LocalDate first, LocalDate last, int minutes, ZoneId zone) {
        LocalTime opens = school.getShiftStart() == null ? DAY_START : school.getShiftStart();
        LocalTime closes = school.getShiftEnd() == null ? DAY_END : school.getShiftEnd();
        Instant now = clock.instant();
        List<Slot> slots = new ArrayList<>();
        for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
            for (LocalDateTime start = day.atTime(opens);
                    !start.plusMinutes(minutes).isAfter(day.atTime(closes))
                            && start.toLocalDate().equals(day);
                    start = start.plusMinutes(STEP_MINUTES)) {
                Instant at = start.atZone(zone).toInstant();
                if (at.isAfter(now)
                        && calendars
                                .broken(school, at, at.plusSeconds(60L * minutes), zone)
                                .isEmpty()) {
                    slots.add(new Slot(start, minutes));
                }
            }
        }
        return slots;
    }

    /**
     * Keeps the solver's best proposal: each visit placed, or the reason it is not. A visit that
     * still breaks a hard rule (the solver ran out of time) is not proposed: it is unplaced, for
     * that reason.
     */
    public void save(
            long id, Problem problem, PlanSolution best, SolverFactory<PlanSolution> factory) {
        Proposal proposal = em.find(Proposal.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (proposal == null || proposal.getStatus() != ProposalStatus.SOLVING) {
            return;
        }
        Set<Object> broken = new HashSet<>();
        if (best.getScore() != null && best.getScore().hardScore() < 0) {
            SolutionManager.<PlanSolution, HardMediumSoftScore>create(factory)
                    .explain(best)
                    .getIndictmentMap()
                    .forEach(
                            (object, indictment) -> {
                                if (indictment.getScore().hardScore() < 0) {
                                    broken.add(object);
                                }
                            });
        }
        List<ProposedVisit> visits = new ArrayList<>();
        for (PlannedVisit v : best.getVisits()) {
            String reason =
                    broken.contains(v) ? "plan.conflict" : v.isPlaced() ? null : reason(v, best);
            visits.add(
                    new ProposedVisit(
                            v.getSchool().id(),
                            reason == null
                                    ? v.getSlot().start().atZone(problem.zone()).toInstant()
                                    : null,
                            reason == null ? v.getLead().id() : null,
                            reason == null ? v.getPartner().id() : null,
                            v.isLocked() && reason == null,
                            reason));
        }
        proposal.solved(
                best.getScore() == null ? null : best.getScore().toString(),
                visits,
                clock.instant());
    }

    /** Why a visit could not be placed, the first reason that holds. */
    static String reason(PlannedVisit visit, PlanSolution solution) {
        if (visit.getSlots().isEmpty()) {
            return "plan.noSchoolDay";
        }
        Language language = visit.getSchool().teachingLanguage();
        if (solution.getMembers().stream().noneMatch(m -> m.speaks(language))) {
            return "plan.noSpeaker";
        }
        Topic topic = visit.getTopic();
        if (topic != null
                && topic.isWomanForGirls()
                && visit.getSchool().girls()
                && solution.getMembers().stream().noneMatch(Member::woman)) {
            return "plan.noWoman";
        }
        if (topic != null
                && topic.isSensitive()
                && solution.getMembers().stream()
                        .noneMatch(
                                m ->
                                        visit.getSlots().stream()
                                                .anyMatch(s -> m.vettedOn(s.date())))) {
            return "plan.noVetted";
        }
        boolean team =
                visit.getSlots().stream()
                        .anyMatch(
                                slot ->
                                        solution.getMembers().stream()
                                                        .filter(m -> m.canGo(slot))
                                                        .count()
                                                >= 2);
        return team ? "plan.full" : "plan.noTeam";
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void progress(long id, String score) {
        Proposal proposal = em.find(Proposal.class, id);
        if (proposal != null && proposal.getStatus() == ProposalStatus.SOLVING) {
            proposal.progress(score);
        }
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean stopRequested(long id) {
        Proposal proposal = em.find(Proposal.class, id);
        return proposal == null || proposal.isStopRequested();
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void fail(long id, String failure) {
        Proposal proposal = em.find(Proposal.class, id);
        if (proposal != null && proposal.getStatus() == ProposalStatus.SOLVING) {
            proposal.failed(failure, clock.instant());
        }
    }
}
