package iq.cpf.awareness.visit.control;

import iq.cpf.awareness.campaign.entity.Campaign;
import iq.cpf.awareness.campaign.entity.CampaignStatus;
import iq.cpf.awareness.material.control.Materials;
import iq.cpf.awareness.material.entity.MaterialVersion;
import iq.cpf.awareness.platform.Audited;
import iq.cpf.awareness.platform.Conflict;
import iq.cpf.awareness.platform.ForumScope;
import iq.cpf.awareness.platform.InvalidInput;
import iq.cpf.awareness.platform.InvalidInput.Violation;
import iq.cpf.awareness.platform.Page;
import iq.cpf.awareness.platform.RulesBroken;
import iq.cpf.awareness.platform.control.Checks;
import iq.cpf.awareness.platform.control.Where;
import iq.cpf.awareness.school.control.SchoolCalendars;
import iq.cpf.awareness.school.entity.School;
import iq.cpf.awareness.security.control.Users;
import iq.cpf.awareness.security.entity.User;
import iq.cpf.awareness.visit.entity.Visit;
import iq.cpf.awareness.visit.entity.VisitChange;
import iq.cpf.awareness.visit.entity.VisitEvent;
import iq.cpf.awareness.visit.entity.VisitStatus;
import iq.cpf.awareness.volunteer.entity.Volunteer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.hibernate.Hibernate;
import org.hibernate.jpa.HibernateHints;

/**
 * Schedules, moves and cancels visits. Nobody is in two places at once: before a visit is booked,
 * the rows of its school and volunteers are locked (in id order, so two bookings cannot deadlock)
 * and only then is the overlap checked, so two concurrent bookings of the same person cannot both
 * pass the check.
 */
@ApplicationScoped
@Transactional
public class Visits {

    private static final DateTimeFormatter WHEN_DAY =
            DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm", Locale.ROOT);
    private static final DateTimeFormatter WHEN_TIME =
            DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT);

    @PersistenceContext EntityManager em;
    @Inject Checks checks;
    @Inject Event<Audited> audited;
    @Inject Clock clock;
    @Inject Event<VisitEvent> events;
    @Inject Materials materials;
    @Inject Users users;
    @Inject SchoolCalendars calendars;

    /**
     * What a request asks a visit to be. {@code organiserEmail} and {@code organiserName}, the
     * person who schedules it, become its invitations' ORGANIZER when it is created (none: the
     * application's sender).
     */
    public record Plan(
            Long campaignId,
            Long schoolId,
            Instant start,
            Integer durationMinutes,
            List<Long> volunteerIds,
            Integer expectedStudents,
            List<Long> materialIds,
            String organiserEmail,
            String organiserName,
            String overrideReason) {}

    /**
     * The plan of the person logged in as {@code organiserEmail}, named on its invitations as their
     * user is. {@code overrideReason} is their reason for a visit outside the school's calendar:
     * with it, the calendar's rules are set aside and the reason goes into the visit's history.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Plan plannedBy(
            String organiserEmail,
            Long campaignId,
            Long schoolId,
            Instant start,
            Integer durationMinutes,
            List<Long> volunteerIds,
            Integer expectedStudents,
            List<Long> materialIds,
            String overrideReason) {
        return new Plan(
                campaignId,
                schoolId,
                start,
                durationMinutes,
                volunteerIds,
                expectedStudents,
                materialIds,
                organiserEmail,
                users.find(organiserEmail).map(User::getName).orElse(null),
                overrideReason == null || overrideReason.isBlank() ? null : overrideReason.strip());
    }

    /**
     * A page of visits in start order with their campaigns, schools, teams and lessons loaded, in
     * four queries whatever the size of the page (three when the page is the last one: its total is
     * then known without counting). Without a period, the volunteer filter reads the volunteer's
     * visits from the team table's index on (volunteer, visit), then each by its key ({@link
     * TeamFunction}), rather than walking every visit in start order. The visits are loaded
     * read-only and the queries do not flush first: a list is shown, never changed, so Hibernate
     * neither snapshots its visits nor compares every entity of the session before each query.
     */
    @Transactional
    public Page<Visit> list(
            ForumScope scope,
            Instant from,
            Instant to,
            Long volunteerId,
            Long schoolId,
            Long campaignId,
            VisitStatus status,
            int first,
            int size) {
        Where where = filter(scope, from, to, volunteerId, schoolId, campaignId, status);
        List<Visit> items = inOrder(where, first, size);
        boolean last = items.size() < size && (first == 0 || !items.isEmpty());
        long total =
                last
                        ? first + items.size()
                        : where.bind(
                                        em.createQuery(
                                                "select count(*) from Visit v" + where.clause(),
                                                Long.class))
                                .setFlushMode(FlushModeType.COMMIT)
                                .getSingleResult();
        withTeamsAndLessons(items);
        return new Page<>(items, size == 0 ? 0 : first / size, size, total);
    }

    /** A visit as a short list shows it: when, where, which campaign, and its status. */
    public record Line(
            long id,
            Instant start,
            VisitStatus status,
            String school,
            String campaign,
            ZoneId zone) {}

    /**
     * The first {@code max} visits in start order as {@link #list} finds them, as lines of the five
     * columns a short list shows, in one query of those columns: not counted, no entities (a
     * hundred visits with their campaigns and schools were a third of the dashboard's time).
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Line> first(
            ForumScope scope, Instant from, Instant to, VisitStatus status, int max) {
        Where where = filter(scope, from, to, null, null, null, status);
        return where
                .bind(
                        em.createQuery(
                                "select v.id, v.start, v.status, v.school.name, v.campaign.name, "
                                        + "v.campaign.timeZone from Visit v"
                                        + where.clause()
                                        + " order by v.start, v.id",
                                Object[].class))
                .setFlushMode(FlushModeType.COMMIT)
                .setMaxResults(max)
                .getResultList()
                .stream()
                .map(
                        row ->
                                new Line(
                                        (Long) row[0],
                                        (Instant) row[1],
                                        (VisitStatus) row[2],
                                        (String) row[3],
                                        (String) row[4],
                                        ZoneId.of((String) row[5])))
                .toList();
    }

    private static Where filter(
            ForumScope scope,
            Instant from,
            Instant to,
            Long volunteerId,
            Long schoolId,
            Long campaignId,
            VisitStatus status) {
        return new Where()
                .within(scope, "v.campaign.forum.id")
                .when(from != null, "v.end > :from", "from", from)
                .when(
                        from != null,
                        "v.start > :earliest",
                        "earliest",
                        from == null ? null : Visit.earliestStartOfOneEndingAfter(from))
                .when(to != null, "v.start < :to", "to", to)
                .equal("v.school.id", "schoolId", schoolId)
                .equal("v.campaign.id", "campaignId", campaignId)
                .equal("v.status", "status", status)
                // A period is read from the start index and each of its visits looked up in the
                // volunteer's team rows, which PostgreSQL hashes; without one (a volunteer's own
                // list, all their visits) the volunteer's visits are read from the team index.
                // PostgreSQL's plan for the statement, made once for any dates, walks the start
                // index either way: checking each visit of a month against an array of the
                // volunteer's thousand visits made the month three times slower, and walking every
                // visit for want of a period is slower still.
                .when(
                        volunteerId != null && from != null && to != null,
                        "v.id in (select t.id from Visit t join t.volunteers x where x.id = :volunteerId)",
                        "volunteerId",
                        volunteerId)
                .when(
                        volunteerId != null && (from == null || to == null),
                        "function('on_team', v.id, :volunteerId) = true",
                        "volunteerId",
                        volunteerId);
    }

    private List<Visit> inOrder(Where where, int first, int size) {
        return where.bind(
                        em.createQuery(
                                "select v from Visit v join fetch v.campaign join fetch v.school"
                                        + where.clause()
                                        + " order by v.start, v.id",
                                Visit.class))
                .setHint(HibernateHints.HINT_READ_ONLY, true)
                .setFlushMode(FlushModeType.COMMIT)
                .setFirstResult(first)
                .setMaxResults(size)
                .getResultList();
    }

    /**
     * Fills the teams and lessons of visits read in this transaction, a query per 50 visits each,
     * rather than a query per visit when they are first read. Both need a transaction (one of their
     * own when the caller has none, as a test may not): batch fetching fills the visits' own
     * collections, which a visit read outside a transaction no longer has a session for.
     */
    @Transactional
    public void withTeamsAndLessons(List<Visit> visits) {
        // Batch fetching (hibernate.default_batch_fetch_size) loads the teams, then the lessons, of
        // up to 50 visits per query, with the ids bound as one array: one translated query for
        // every page.
        visits.forEach(visit -> Hibernate.initialize(visit.getVolunteers()));
        visits.forEach(visit -> Hibernate.initialize(visit.getMaterials()));
    }

    /**
     * How many visits each of {@code volunteerIds} is on between {@code from} and {@code to}, in
     * the scope, counted as {@link #list} counts them, in one query; a volunteer on none is not in
     * the map.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<Long, Long> countsByVolunteer(
            ForumScope scope, Instant from, Instant to, List<Long> volunteerIds) {
        if (volunteerIds.isEmpty()) {
            return Map.of();
        }
        Where where =
                new Where()
                        .within(scope, "v.campaign.forum.id")
                        .when(true, "v.end > :from", "from", from)
                        .when(true, "v.start < :to", "to", to)
                        .when(true, "x.id in :volunteers", "volunteers", volunteerIds);
        Map<Long, Long> counts = new HashMap<>();
        where.bind(
                        em.createQuery(
                                "select x.id, count(v) from Visit v join v.volunteers x"
                                        + where.clause()
                                        + " group by x.id",
                                Object[].class))
                .getResultList()
                .forEach(row -> counts.put((Long) row[0], (Long) row[1]));
        return counts;
    }

    /** A visit for the system itself (its links and jobs), whoever's forum it is. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Visit get(long id) {
        return checks.existing(Visit.class, id, "visit");
    }

    /** A visit of a campaign in the caller's scope; any other is not found. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Visit get(ForumScope scope, long id) {
        return checks.existing(scope, Visit.class, id, "visit", Visit::forumIdOf);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<VisitChange> history(long id) {
        return em.createQuery(
                        "select c from VisitChange c where c.visit.id = :id order by c.changedAt, c.id",
                        VisitChange.class)
                .setParameter("id", id)
                .getResultList();
    }

    public Visit schedule(ForumScope scope, Plan plan) {
        Visit visit = book(scope, plan, true);
        events.fire(new VisitEvent(visit.getId(), VisitEvent.Kind.SCHEDULED, visit.getSequence()));
        return visit;
    }

    /**
     * Enters a visit that has already taken place, such as a forum's sessions from before it used
     * the system, so that its participation can be recorded and counted. It is checked like any
     * booking, overlaps included, but nobody is invited or reminded: no event is fired, as there is
     * nothing left to attend.
     */
    public Visit enterHeld(ForumScope scope, Plan plan) {
        if (plan.start() != null && plan.start().isAfter(clock.instant())) {
            throw new InvalidInput(List.of(new Violation("start", "visit.future")));
        }
        return book(scope, plan, false);
    }

    private Visit book(ForumScope scope, Plan plan, boolean ahead) {
        Resolved resolved = resolve(scope, plan, ahead, List.of());
        lock(resolved);
        Visit visit =
                new Visit(
                        resolved.campaign(),
                        resolved.school(),
                        plan.start(),
                        plan.durationMinutes(),
                        clock.instant());
        visit.setVolunteers(resolved.volunteers());
        if (resolved.materials() != null) {
            visit.setMaterials(resolved.materials());
        }
        visit.setExpectedStudents(plan.expectedStudents());
        visit.setOrganiser(plan.organiserEmail(), plan.organiserName());
        checks.valid(visit);
        List<RulesBroken.Rule> broken =
                ahead
                        ? refuseBrokenRules(visit, true, visit.getVolunteers(), true, plan)
                        : List.of();
        refuseOverlaps(visit);
        em.persist(visit);
        recordOverride(visit, broken, plan);
        em.flush();
        return visit;
    }

    /** Moves or edits a visit; {@code version}, when given, must be the one the client read. */
    public Visit change(ForumScope scope, long id, Integer version, Plan plan, String actor) {
        Visit visit = get(scope, id);
        Checks.sameVersion(version, visit.getVersion());
        if (visit.isCancelled()) {
            throw new Conflict("visit.cancelled", String.valueOf(id));
        }
        boolean timeChanges =
                plan.start() != null && !plan.start().equals(visit.getStart())
                        || plan.durationMinutes() != null
                                && plan.durationMinutes() != visit.getDurationMinutes();
        if (timeChanges && visit.getStatus() == VisitStatus.DONE) {
            // A held visit moved to another day would be announced to the school and listed as done
            // on a date it has not happened yet.
            throw new Conflict("visit.done", String.valueOf(id));
        }
        Resolved resolved = resolve(scope, plan, timeChanges, visit.getMaterials());
        lock(resolved);
        Instant oldStart = visit.getStart();
        Long oldSchool = visit.getSchool().getId();
        int oldDuration = visit.getDurationMinutes();
        int oldSequence = visit.getSequence();
        List<Long> oldTeam = visit.getVolunteers().stream().map(Volunteer::getId).toList();
        visit.schedule(plan.start(), plan.durationMinutes());
        visit.setVolunteers(resolved.volunteers());
        if (resolved.materials() != null) {
            visit.setMaterials(resolved.materials());
        }
        visit.setExpectedStudents(plan.expectedStudents());
        checks.valid(visit);
        // Rules are checked for what changes: the calendar when the time or the school does, a
        // volunteer's availability when the time does or they join, so an earlier override stands;
        // safeguarding when any of them does.
        boolean schoolChanges = !visit.getSchool().getId().equals(oldSchool);
        boolean teamChanges =
                !oldTeam.equals(visit.getVolunteers().stream().map(Volunteer::getId).toList());
        List<Volunteer> joined =
                timeChanges
                        ? visit.getVolunteers()
                        : visit.getVolunteers().stream()
                                .filter(v -> !oldTeam.contains(v.getId()))
                                .toList();
        List<RulesBroken.Rule> broken =
                refuseBrokenRules(
                        visit,
                        timeChanges || schoolChanges,
                        joined,
                        timeChanges || schoolChanges || teamChanges,
                        plan);
        refuseOverlaps(visit);
        recordOverride(visit, broken, plan);
        if (visit.getSequence() != oldSequence) {
            em.persist(
                    new VisitChange(
                            visit,
                            clock.instant(),
                            VisitChange.Kind.MOVED,
                            oldStart,
                            oldDuration,
                            visit.getStart(),
                            visit.getDurationMinutes(),
                            actor));
        }
        em.flush();
        List<Long> newTeam = visit.getVolunteers().stream().map(Volunteer::getId).toList();
        List<Long> removed =
                oldTeam.stream().filter(volunteer -> !newTeam.contains(volunteer)).toList();
        if (visit.getSequence() != oldSequence) {
            events.fire(new VisitEvent(id, VisitEvent.Kind.MOVED, visit.getSequence(), removed));
        } else if (!oldTeam.equals(newTeam)) {
            events.fire(new VisitEvent(id, VisitEvent.Kind.CHANGED, visit.getSequence(), removed));
        }
        return visit;
    }

    /**
     * A volunteer joins a coming visit of a campaign open to sign-up, at the end of its team, if it
     * does not clash with their other visits; they get the invitation like anyone added to a team.
     */
    public Visit signUp(ForumScope scope, long id, long volunteerId) {
        Visit visit = get(scope, id);
        if (!visit.getCampaign().isOpenSignUp()) {
            throw new Conflict("visit.signUp.closed", visit.getCampaign().getName());
        }
        if (visit.isCancelled()
                || visit.getStatus() == VisitStatus.DONE
                || !visit.getStart().isAfter(clock.instant())) {
            throw new Conflict("visit.signUp.over", String.valueOf(id));
        }
        Volunteer volunteer = em.find(Volunteer.class, volunteerId, LockModeType.PESSIMISTIC_WRITE);
        if (volunteer == null || visit.getVolunteers().contains(volunteer)) {
            return visit;
        }
        List<Volunteer> team = new ArrayList<>(visit.getVolunteers());
        team.add(volunteer);
        visit.setVolunteers(team);
        checks.valid(visit);
        refuseOverlaps(visit);
        em.flush();
        events.fire(new VisitEvent(id, VisitEvent.Kind.CHANGED, visit.getSequence(), List.of()));
        return visit;
    }

    /**
     * Coming visits of campaigns open to sign-up, of the volunteer's forum, that the volunteer is
     * not on yet.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Visit> openTo(ForumScope scope, long volunteerId, int max) {
        Where where =
                new Where()
                        .within(scope, "v.campaign.forum.id")
                        .when(true, "v.campaign.openSignUp = true", null, null)
                        .when(true, "v.start > :now", "now", clock.instant())
                        .when(
                                true,
                                "v.status in :open",
                                "open",
                                List.of(VisitStatus.PLANNED, VisitStatus.CONFIRMED))
                        .when(
                                true,
                                "v.id not in (select t.id from Visit t join t.volunteers x where x.id = :volunteer)",
                                "volunteer",
                                volunteerId);
        return where.bind(
                        em.createQuery(
                                "select v from Visit v"
                                        + where.clause()
                                        + " order by v.start, v.id",
                                Visit.class))
                .setMaxResults(max)
                .getResultList();
    }

    /** Cancels the visit; {@code reason}, when given, goes to everyone in the cancellation. */
    public Visit cancel(ForumScope scope, long id, String actor, String reason) {
        Visit visit = get(scope, id);
        if (visit.isCancelled()) {
            return visit;
        }
        visit.cancel(reason);
        checks.valid(visit);
        em.persist(
                new VisitChange(
                        visit,
                        clock.instant(),
                        VisitChange.Kind.CANCELLED,
                        visit.getStart(),
                        visit.getDurationMinutes(),
                        null,
                        null,
                        actor));
        em.flush();
        events.fire(new VisitEvent(id, VisitEvent.Kind.CANCELLED, visit.getSequence()));
        audited.fire(Audited.of("visit.cancel", "visit", id, reason));
        return visit;
    }

    /** The school confirmed the visit (through its emailed link). */
    public Visit confirm(long id) {
        Visit visit = get(id);
        if (visit.getStatus() == VisitStatus.PLANNED) {
            visit.setStatus(VisitStatus.CONFIRMED);
            em.flush();
            events.fire(new VisitEvent(id, VisitEvent.Kind.CONFIRMED, visit.getSequence()));
        }
        return visit;
    }

    /** {@code materials} is null when the plan leaves them as they are. */
    private record Resolved(
            Campaign campaign,
            School school,
            List<Volunteer> volunteers,
            List<MaterialVersion> materials) {}

    /**
     * Checks every field of the plan and reports all that are wrong at once; nothing is written
     * yet.
     */
    private Resolved resolve(
            ForumScope scope,
            Plan plan,
            boolean timeChanges,
            List<MaterialVersion> currentMaterials) {
        List<Violation> violations = new ArrayList<>();
        Campaign campaign =
                find(
                        scope,
                        Campaign.class,
                        plan.campaignId(),
                        "campaignId",
                        "campaign",
                        violations,
                        c -> c.getForum().getId());
        School school =
                find(
                        scope,
                        School.class,
                        plan.schoolId(),
                        "schoolId",
                        "school",
                        violations,
                        School::forumIdOf);
        if (plan.start() == null) {
            violations.add(new Violation("start", "field.required.reference"));
        } else if (timeChanges && plan.start().isBefore(clock.instant())) {
            violations.add(new Violation("start", "visit.past"));
        }
        if (plan.durationMinutes() == null) {
            violations.add(new Violation("durationMinutes", "field.required.reference"));
        } else if (plan.durationMinutes() < 1 || plan.durationMinutes() > 720) {
            violations.add(new Violation("durationMinutes", "visit.duration"));
        }
        if (plan.expectedStudents() != null && plan.expectedStudents() < 0) {
            violations.add(new Violation("expectedStudents", "param.min", 0));
        }
        List<Volunteer> volunteers = new ArrayList<>();
        if (plan.volunteerIds() == null || plan.volunteerIds().isEmpty()) {
            violations.add(new Violation("volunteerIds", "visit.volunteers.required"));
        } else if (new HashSet<>(plan.volunteerIds()).size() != plan.volunteerIds().size()) {
            violations.add(new Violation("volunteerIds", "visit.volunteer.repeated"));
        } else {
            for (int i = 0; i < plan.volunteerIds().size(); i++) {
                Volunteer volunteer =
                        find(
                                scope,
                                Volunteer.class,
                                plan.volunteerIds().get(i),
                                "volunteerIds[" + i + "]",
                                "volunteer",
                                violations,
                                Volunteer::forumIdOf);
                volunteers.add(volunteer);
            }
        }
        List<MaterialVersion> lessons = null;
        if (plan.materialIds() != null) {
            try {
                lessons = materials.forVisit(plan.materialIds(), currentMaterials);
            } catch (InvalidInput refused) {
                violations.addAll(refused.violations());
            }
        }
        if (!violations.isEmpty()) {
            throw new InvalidInput(violations);
        }
        if (campaign.getStatus() == CampaignStatus.CLOSED) {
            throw new Conflict("campaign.closed", campaign.getName());
        }
        return new Resolved(campaign, school, volunteers, lessons);
    }

    /** What a plan refers to, when it is in the caller's scope; anything else reads as unknown. */
    private <T> T find(
            ForumScope scope,
            Class<T> type,
            Long id,
            String field,
            String what,
            List<Violation> violations,
            Function<T, Long> forumOf) {
        if (id == null) {
            violations.add(new Violation(field, "field.required.reference"));
            return null;
        }
        T found = em.find(type, id);
        if (found != null && !scope.includes(forumOf.apply(found))) {
            found = null;
        }
        if (found == null) {
            violations.add(new Violation(field, "reference.unknown", what, String.valueOf(id)));
        }
        return found;
    }

    private void lock(Resolved resolved) {
        em.lock(resolved.school(), LockModeType.PESSIMISTIC_WRITE);
        resolved.volunteers().stream()
                .filter(Objects::nonNull)
                .sorted(Comparator.comparing(Volunteer::getId))
                .forEach(volunteer -> em.lock(volunteer, LockModeType.PESSIMISTIC_WRITE));
    }

    /**
     * The planning rules the visit breaks, of the school's calendar when {@code calendar} and of
     * the availability of {@code volunteers}: refused, naming each, unless the plan gives a reason
     * to set them aside. Then, when {@code safeguard}, the topic's safeguarding rules, which no
     * reason sets aside.
     */
    private List<RulesBroken.Rule> refuseBrokenRules(
            Visit visit,
            boolean calendar,
            List<Volunteer> volunteers,
            boolean safeguard,
            Plan plan) {
        List<RulesBroken.Rule> broken =
                brokenRules(
                        visit.getSchool(),
                        calendar,
                        volunteers,
                        visit.getStart(),
                        visit.getEnd(),
                        visit.getCampaign().zone(),
                        visit.getId());
        if (!broken.isEmpty() && plan.overrideReason() == null) {
            throw new RulesBroken(broken);
        }
        List<RulesBroken.Rule> unsafe =
                !safeguard
                        ? List.<RulesBroken.Rule>of()
                        : safeguarding(
                                visit.getCampaign(),
                                visit.getSchool(),
                                visit.getVolunteers(),
                                visit.getStart().atZone(visit.getCampaign().zone()).toLocalDate());
        if (!unsafe.isEmpty()) {
            throw new RulesBroken(unsafe, false);
        }
        return broken;
    }

    /** The campaign topic's safeguarding rules the team breaks at this school on that day. */
    private static List<RulesBroken.Rule> safeguarding(
            Campaign campaign, School school, List<Volunteer> team, LocalDate day) {
        return campaign.getTopic()
                .safeguardingBroken(
                        school.isForGirls(),
                        school.isPoliceConsent(),
                        !team.isEmpty() && team.get(0).isVettedOn(day),
                        team.stream().anyMatch(Volunteer::isWoman),
                        team.stream().anyMatch(Volunteer::isPoliceOfficer));
    }

    private List<RulesBroken.Rule> brokenRules(
            School school,
            boolean calendar,
            List<Volunteer> volunteers,
            Instant start,
            Instant end,
            ZoneId zone,
            Long self) {
        List<RulesBroken.Rule> broken = new ArrayList<>();
        if (calendar) {
            broken.addAll(calendars.broken(school, start, end, zone));
        }
        LocalDate day = start.atZone(zone).toLocalDate();
        // The school week starts on Sunday.
        Instant weekStart =
                day.with(TemporalAdjusters.previousOrSame(DayOfWeek.SUNDAY))
                        .atStartOfDay(zone)
                        .toInstant();
        Instant weekEnd = weekStart.atZone(zone).plusWeeks(1).toInstant();
        for (Volunteer volunteer : volunteers) {
            long thatWeek =
                    volunteer.getMaxVisitsPerWeek() == null
                            ? 0
                            : em.createQuery(
                                            """
                                    select count(v) from Visit v join v.volunteers x
                                    where x = :volunteer and v.status <> :cancelled and v.id <> :self
                                    and v.start >= :from and v.start < :to""",
                                            Long.class)
                                    .setParameter("volunteer", volunteer)
                                    .setParameter("cancelled", VisitStatus.CANCELLED)
                                    .setParameter("self", self == null ? -1L : self)
                                    .setParameter("from", weekStart)
                                    .setParameter("to", weekEnd)
                                    .getSingleResult();
            broken.addAll(
                    volunteer.unavailable(
                            start.atZone(zone).toLocalDateTime(),
                            end.atZone(zone).toLocalDateTime(),
                            thatWeek));
        }
        return broken;
    }

    private void recordOverride(Visit visit, List<RulesBroken.Rule> broken, Plan plan) {
        if (broken.isEmpty()) {
            return;
        }
        String rules =
                broken.stream()
                        .map(RulesBroken.Rule::name)
                        .distinct()
                        .collect(Collectors.joining(", "));
        em.persist(
                new VisitChange(
                                visit,
                                clock.instant(),
                                VisitChange.Kind.OVERRIDDEN,
                                null,
                                null,
                                visit.getStart(),
                                visit.getDurationMinutes(),
                                plan.organiserEmail())
                        .because(rules + ": " + plan.overrideReason()));
        audited.fire(Audited.of("visit.override", "visit", visit.getId(), rules));
    }

    private void refuseOverlaps(Visit visit) {
        Optional<Conflict> clash =
                overlap(
                        visit.getSchool(),
                        visit.getVolunteers(),
                        visit.getStart(),
                        visit.getEnd(),
                        visit.getId());
        if (clash.isPresent()) {
            throw clash.get();
        }
    }

    /**
     * What would clash with a visit at this school, with this team, at this time, without writing
     * anything: the planner warns while the organiser is still choosing. {@code self} is the visit
     * being moved, if any.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Conflict> wouldClash(
            Long schoolId, List<Long> volunteerIds, Instant start, Integer minutes, Long self) {
        if (schoolId == null || start == null || minutes == null || minutes < 1) {
            return Optional.empty();
        }
        School school = em.find(School.class, schoolId);
        List<Volunteer> team =
                volunteerIds == null
                        ? List.of()
                        : volunteerIds.stream()
                                .map(id -> em.find(Volunteer.class, id))
                                .filter(Objects::nonNull)
                                .toList();
        return school == null
                ? Optional.empty()
                : overlap(school, team, start, start.plus(Duration.ofMinutes(minutes)), self);
    }

    /**
     * The planning rules (the school's calendar, the team's availability) a visit at this time
     * would break, without writing anything: the planner warns, and asks for a reason, while the
     * organiser is still choosing. {@code self} is the visit being changed, if any. In a
     * transaction of its own when the caller (a page) has none: the calendars and availabilities
     * are collections read on demand.
     */
    public List<RulesBroken.Rule> wouldBreakRules(
            Long schoolId,
            Long campaignId,
            List<Long> volunteerIds,
            Instant start,
            Integer minutes,
            Long self) {
        if (schoolId == null
                || campaignId == null
                || start == null
                || minutes == null
                || minutes < 1) {
            return List.of();
        }
        School school = em.find(School.class, schoolId);
        Campaign campaign = em.find(Campaign.class, campaignId);
        if (school == null || campaign == null) {
            return List.of();
        }
        List<Volunteer> team =
                volunteerIds == null
                        ? List.of()
                        : volunteerIds.stream()
                                .map(id -> em.find(Volunteer.class, id))
                                .filter(Objects::nonNull)
                                .toList();
        List<RulesBroken.Rule> broken =
                new ArrayList<>(
                        brokenRules(
                                school,
                                true,
                                team,
                                start,
                                start.plus(Duration.ofMinutes(minutes)),
                                campaign.zone(),
                                self));
        if (!team.isEmpty()) {
            broken.addAll(
                    safeguarding(
                            campaign, school, team, start.atZone(campaign.zone()).toLocalDate()));
        }
        return broken;
    }

    private Optional<Conflict> overlap(
            School school, List<Volunteer> team, Instant start, Instant end, Long id) {
        Long self = id == null ? -1L : id;
        List<Visit> schoolClash =
                em.createQuery(
                                """
                        select v from Visit v where v.school = :school and v.status <> :cancelled
                        and v.id <> :self and v.start < :end and v.end > :start order by v.start""",
                                Visit.class)
                        .setParameter("school", school)
                        .setParameter("cancelled", VisitStatus.CANCELLED)
                        .setParameter("self", self)
                        .setParameter("start", start)
                        .setParameter("end", end)
                        .setMaxResults(1)
                        .getResultList();
        if (!schoolClash.isEmpty()) {
            return Optional.of(
                    new Conflict(
                            "visit.school.doubleBooked",
                            school.getName(),
                            when(schoolClash.get(0))));
        }
        if (team.isEmpty()) {
            return Optional.empty();
        }
        List<Object[]> volunteerClash =
                em.createQuery(
                                """
                        select x.name, v from Visit v join v.volunteers x where x in :volunteers
                        and v.status <> :cancelled and v.id <> :self and v.start < :end and v.end > :start
                        order by v.start""",
                                Object[].class)
                        .setParameter("volunteers", team)
                        .setParameter("cancelled", VisitStatus.CANCELLED)
                        .setParameter("self", self)
                        .setParameter("start", start)
                        .setParameter("end", end)
                        .setMaxResults(1)
                        .getResultList();
        if (!volunteerClash.isEmpty()) {
            Visit other = (Visit) volunteerClash.get(0)[1];
            return Optional.of(
                    new Conflict(
                            "visit.volunteer.doubleBooked",
                            volunteerClash.get(0)[0],
                            other.getSchool().getName(),
                            when(other)));
        }
        return Optional.empty();
    }

    /**
     * The other visit's day and hours as the people of its campaign read them: day first, in the
     * campaign's zone, whatever the server's or the caller's.
     */
    static String when(Visit visit) {
        ZoneId zone = visit.getCampaign().zone();
        return WHEN_DAY.format(visit.getStart().atZone(zone))
                + "–"
                + WHEN_TIME.format(visit.getEnd().atZone(zone));
    }
}
