package iq.cpf.awareness.planning.control;

import iq.cpf.awareness.campaign.entity.Campaign;
import iq.cpf.awareness.planning.entity.Proposal;
import iq.cpf.awareness.planning.entity.ProposalStatus;
import iq.cpf.awareness.planning.entity.ProposedVisit;
import iq.cpf.awareness.platform.Audited;
import iq.cpf.awareness.platform.Conflict;
import iq.cpf.awareness.platform.ForumScope;
import iq.cpf.awareness.platform.InvalidInput;
import iq.cpf.awareness.platform.InvalidInput.Violation;
import iq.cpf.awareness.platform.Messages;
import iq.cpf.awareness.platform.NotFound;
import iq.cpf.awareness.platform.RulesBroken;
import iq.cpf.awareness.platform.control.Checks;
import iq.cpf.awareness.school.entity.School;
import iq.cpf.awareness.visit.control.Visits;
import iq.cpf.awareness.visit.entity.Visit;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.hibernate.Hibernate;

/**
 * Proposals of a campaign's visits: asked for, read, stopped early, and committed, which schedules
 * every placed visit with its invitations in one transaction, or none when anything changed since
 * the proposal was made.
 */
@ApplicationScoped
@Transactional
public class Proposals {

    static final int MAX_SCHOOLS = 500;
    static final int MAX_DAYS = 120;

    /** How long past its limit a proposal may be solving before it is taken for lost. */
    static final Duration LOST_AFTER = Duration.ofMinutes(2);

    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm", Locale.ROOT);

    @PersistenceContext EntityManager em;
    @Inject Checks checks;
    @Inject Clock clock;
    @Inject Visits visits;
    @Inject Solving solving;
    @Inject Event<ProposalRequested> requested;
    @Inject Event<Audited> audited;

    /** What an organiser asks the solver for. */
    public record Request(
            List<Long> schoolIds,
            String district,
            LocalDate from,
            LocalDate to,
            Integer visitsPerSchool,
            Integer durationMinutes,
            Integer secondsLimit,
            String search) {}

    public Proposal propose(ForumScope scope, long campaignId, Request request, String actor) {
        Campaign campaign =
                checks.existing(
                        scope, Campaign.class, campaignId, "campaign", c -> c.getForum().getId());
        List<Violation> violations = new ArrayList<>();
        LocalDate today = clock.instant().atZone(campaign.zone()).toLocalDate();
        if (request.from() == null) {
            violations.add(new Violation("from", "field.required.reference"));
        } else if (request.from().isBefore(today)) {
            violations.add(new Violation("from", "plan.past"));
        }
        if (request.to() == null) {
            violations.add(new Violation("to", "field.required.reference"));
        } else if (request.from() != null
                && (request.to().isBefore(request.from())
                        || ChronoUnit.DAYS.between(request.from(), request.to()) >= MAX_DAYS)) {
            violations.add(new Violation("to", "plan.range", MAX_DAYS));
        }
        int perSchool = within(violations, "visitsPerSchool", request.visitsPerSchool(), 1, 1, 5);
        int minutes = within(violations, "durationMinutes", request.durationMinutes(), 60, 15, 240);
        int seconds = within(violations, "secondsLimit", request.secondsLimit(), 30, 1, 300);
        List<School> schools = schools(scope, campaign, request, violations);
        if (request.search() != null
                && !List.of("local-search", Proposal.FIRST_FIT).contains(request.search())) {
            violations.add(new Violation("search", "param.oneOf", "local-search, first-fit"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInput(violations);
        }
        Proposal proposal =
                new Proposal(
                        campaign,
                        request.from(),
                        request.to(),
                        perSchool,
                        minutes,
                        seconds,
                        actor,
                        clock.instant());
        List<ProposedVisit> wanted = new ArrayList<>();
        for (School school : schools) {
            for (int i = 0; i < perSchool; i++) {
                wanted.add(new ProposedVisit(school.getId(), null, null, null, false, null));
            }
        }
        proposal.setVisits(wanted);
        proposal.searchBy(Proposal.FIRST_FIT.equals(request.search()) ? Proposal.FIRST_FIT : null);
        em.persist(proposal);
        em.flush();
        requested.fire(new ProposalRequested(proposal.getId()));
        audited.fire(
                Audited.of(
                        "plan.propose",
                        "campaign",
                        campaignId,
                        wanted.size() + " visits to " + schools.size() + " schools"));
        return proposal;
    }

    private static int within(
            List<Violation> violations,
            String field,
            Integer value,
            int otherwise,
            int min,
            int max) {
        if (value == null) {
            return otherwise;
        }
        if (value < min) {
            violations.add(new Violation(field, "param.min", min));
        } else if (value > max) {
            violations.add(new Violation(field, "param.max", max));
        }
        return value;
    }

    private List<School> schools(
            ForumScope scope, Campaign campaign, Request request, List<Violation> violations) {
        if (request.schoolIds() != null && !request.schoolIds().isEmpty()) {
            if (request.schoolIds().size() > MAX_SCHOOLS) {
                violations.add(new Violation("schoolIds", "param.max", MAX_SCHOOLS));
                return List.of();
            }
            List<School> schools = new ArrayList<>();
            Set<Long> ids = new LinkedHashSet<>(request.schoolIds());
            int i = 0;
            for (Long id : ids) {
                School school = id == null ? null : em.find(School.class, id);
                if (school == null
                        || !scope.includes(School.forumIdOf(school))
                        || !campaign.getForum().getId().equals(School.forumIdOf(school))) {
                    violations.add(new Violation("schoolIds[" + i + "]", "plan.school", id));
                } else {
                    schools.add(school);
                }
                i++;
            }
            return schools;
        }
        if (request.district() == null || request.district().isBlank()) {
            violations.add(new Violation("schoolIds", "plan.noSchools"));
            return List.of();
        }
        List<School> schools =
                em.createQuery(
                                "select s from School s where s.forum = :forum and s.district = :district order by s.id",
                                School.class)
                        .setParameter("forum", campaign.getForum())
                        .setParameter("district", request.district().strip())
                        .setMaxResults(MAX_SCHOOLS + 1)
                        .getResultList();
        if (schools.isEmpty()) {
            violations.add(new Violation("district", "plan.noSchools"));
        } else if (schools.size() > MAX_SCHOOLS) {
            violations.add(new Violation("district", "param.max", MAX_SCHOOLS));
        }
        return schools;
    }

    /**
     * A proposal of a campaign in the caller's scope. One still solving long past its limit was
     * lost with the node that solved it (a restart, a crash): it is marked failed, so that it can
     * be asked for again.
     */
    public Proposal get(ForumScope scope, long id) {
        Proposal proposal = checks.existing(scope, Proposal.class, id, "plan", Proposal::forumIdOf);
        if (proposal.getStatus() == ProposalStatus.SOLVING
                && proposal.getSolvingSince()
                        .plusSeconds(proposal.getSecondsLimit())
                        .plus(LOST_AFTER)
                        .isBefore(clock.instant())) {
            proposal.failed("plan.lost", clock.instant());
        }
        return proposal;
    }

    /**
     * A proposal with its visits read, for a page, which holds it past this transaction. Its
     * schools' names come from {@link #schoolNames}.
     */
    public Proposal whole(ForumScope scope, long id) {
        Proposal proposal = get(scope, id);
        Hibernate.initialize(proposal.getVisits());
        return proposal;
    }

    /** Asks the solving to end now, keeping the best proposal so far. */
    public Proposal stop(ForumScope scope, long id) {
        Proposal proposal = get(scope, id);
        if (proposal.getStatus() == ProposalStatus.SOLVING) {
            proposal.requestStop();
            em.flush();
            solving.stop(id);
        }
        return proposal;
    }

    /**
     * Moves a visit of a solved proposal to another time, keeping its team, and locks it there so
     * that solving again keeps it. The new time is checked as a visit's would be (the school's
     * calendar and shift, the team's availability, safeguarding, clashes with visits already
     * scheduled) and against the proposal's other visits; the organiser cannot set a rule aside
     * here, since committing schedules the visit as it stands.
     */
    public Proposal move(ForumScope scope, long id, int index, Instant start) {
        return change(scope, id, index, start, null);
    }

    /**
     * Moves a visit of a solved proposal when {@code start} is given (see {@link #move}), then
     * locks or unlocks it when {@code locked} is given; the visit must exist either way.
     */
    public Proposal change(ForumScope scope, long id, int index, Instant start, Boolean locked) {
        Proposal proposal = changeable(scope, id);
        ProposedVisit visit = visit(proposal, index);
        if (start != null) {
            moveVisit(proposal, visit, index, start);
        }
        if (locked != null) {
            if (locked && !visit.isPlaced()) {
                throw new Conflict("plan.unplacedMove", String.valueOf(index));
            }
            visit.lock(locked);
        }
        return proposal;
    }

    private void moveVisit(Proposal proposal, ProposedVisit visit, int index, Instant start) {
        long id = proposal.getId();
        if (!visit.isPlaced()) {
            throw new Conflict("plan.unplacedMove", String.valueOf(index));
        }
        if (!start.isAfter(clock.instant())) {
            throw new InvalidInput(List.of(new Violation("start", "plan.past")));
        }
        Campaign campaign = proposal.getCampaign();
        List<Long> team = List.of(visit.getLeadId(), visit.getPartnerId());
        int minutes = proposal.getDurationMinutes();
        List<RulesBroken.Rule> broken =
                new ArrayList<>(
                        visits.wouldBreakRules(
                                visit.getSchoolId(), campaign.getId(), team, start, minutes, null));
        if (!broken.isEmpty()) {
            throw new RulesBroken(broken, false);
        }
        visits.wouldClash(visit.getSchoolId(), team, start, minutes, null)
                .ifPresent(
                        clash -> {
                            throw clash;
                        });
        Instant end = start.plusSeconds(60L * minutes);
        List<ProposedVisit> all = proposal.getVisits();
        for (int i = 0; i < all.size(); i++) {
            ProposedVisit other = all.get(i);
            if (i == index
                    || !other.isPlaced()
                    || !other.getStart().isBefore(end)
                    || !end(proposal, other).isAfter(start)) {
                continue;
            }
            boolean shared =
                    other.getSchoolId().equals(visit.getSchoolId())
                            || team.contains(other.getLeadId())
                            || team.contains(other.getPartnerId());
            if (shared) {
                throw new Conflict(
                        "plan.draftClash",
                        em.find(School.class, other.getSchoolId()).getName(),
                        WHEN.format(other.getStart().atZone(campaign.zone())));
            }
        }
        visit.moveTo(start);
        audited.fire(Audited.of("plan.move", "plan", id, index + " to " + start));
    }

    /** Locks a visit of a solved proposal where it is, or unlocks it for the solver to move. */
    public Proposal lock(ForumScope scope, long id, int index, boolean locked) {
        return change(scope, id, index, null, locked);
    }

    /**
     * Solves a proposal again in the background: its locked visits stay as they are, the others are
     * placed anew around them, with what is scheduled and known by now.
     */
    public Proposal solveAgain(ForumScope scope, long id) {
        Proposal proposal = get(scope, id);
        if (proposal.getStatus() != ProposalStatus.SOLVED
                && proposal.getStatus() != ProposalStatus.FAILED) {
            throw new Conflict("plan.notSolved", String.valueOf(id));
        }
        proposal.solveAgain(clock.instant());
        em.flush();
        requested.fire(new ProposalRequested(proposal.getId()));
        audited.fire(Audited.of("plan.solve", "plan", id, null));
        return proposal;
    }

    private Proposal changeable(ForumScope scope, long id) {
        Proposal proposal = get(scope, id);
        em.lock(proposal, LockModeType.PESSIMISTIC_WRITE);
        if (proposal.getStatus() != ProposalStatus.SOLVED) {
            throw new Conflict("plan.notSolved", String.valueOf(id));
        }
        return proposal;
    }

    private static ProposedVisit visit(Proposal proposal, int index) {
        if (index < 0 || index >= proposal.getVisits().size()) {
            throw NotFound.of("plan visit", index);
        }
        return proposal.getVisits().get(index);
    }

    /**
     * Schedules every placed visit of the proposal, with the usual invitations, in this one
     * transaction. Each is checked first against what happened since the proposal was made (a visit
     * scheduled meanwhile, a calendar or an availability changed): if any no longer fits, nothing
     * is scheduled and the refusal names each.
     */
    public List<Visit> commit(ForumScope scope, long id, String actor) {
        Proposal proposal = get(scope, id);
        em.lock(proposal, LockModeType.PESSIMISTIC_WRITE);
        if (proposal.getStatus() != ProposalStatus.SOLVED) {
            throw new Conflict("plan.notSolved", String.valueOf(id));
        }
        Campaign campaign = proposal.getCampaign();
        List<Messages.Text> changed = new ArrayList<>();
        for (ProposedVisit visit : proposal.getVisits()) {
            if (!visit.isPlaced()) {
                continue;
            }
            List<Long> team = List.of(visit.getLeadId(), visit.getPartnerId());
            String where =
                    em.find(School.class, visit.getSchoolId()).getName()
                            + " "
                            + WHEN.format(visit.getStart().atZone(campaign.zone()));
            visits.wouldClash(
                            visit.getSchoolId(),
                            team,
                            visit.getStart(),
                            proposal.getDurationMinutes(),
                            null)
                    .ifPresent(
                            c -> changed.add(new Messages.Text(where, c.messageKey(), c.args())));
            for (RulesBroken.Rule rule :
                    visits.wouldBreakRules(
                            visit.getSchoolId(),
                            campaign.getId(),
                            team,
                            visit.getStart(),
                            proposal.getDurationMinutes(),
                            null)) {
                changed.add(new Messages.Text(where, rule.name(), rule.args()));
            }
            if (visit.getStart().isBefore(clock.instant())) {
                changed.add(new Messages.Text(where, "plan.passed"));
            }
        }
        if (!changed.isEmpty()) {
            throw new Conflict("plan.stale", changed);
        }
        List<Visit> scheduled = new ArrayList<>();
        for (ProposedVisit visit : proposal.getVisits()) {
            if (!visit.isPlaced()) {
                continue;
            }
            Visit booked =
                    visits.schedule(
                            scope,
                            visits.plannedBy(
                                    actor,
                                    campaign.getId(),
                                    visit.getSchoolId(),
                                    visit.getStart(),
                                    proposal.getDurationMinutes(),
                                    List.of(visit.getLeadId(), visit.getPartnerId()),
                                    null,
                                    null,
                                    null));
            visit.committedAs(booked.getId());
            scheduled.add(booked);
        }
        proposal.committed();
        audited.fire(Audited.of("plan.commit", "plan", id, scheduled.size() + " visits scheduled"));
        return scheduled;
    }

    /** The names of the schools of a proposal, by id. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<Long, String> schoolNames(Proposal proposal) {
        Map<Long, String> names = new HashMap<>();
        proposal.getVisits()
                .forEach(
                        v ->
                                names.computeIfAbsent(
                                        v.getSchoolId(),
                                        id -> em.find(School.class, id).getName()));
        return names;
    }

    /** When a proposal's visit ends. */
    public static Instant end(Proposal proposal, ProposedVisit visit) {
        return visit.getStart() == null
                ? null
                : visit.getStart().plusSeconds(60L * proposal.getDurationMinutes());
    }
}
