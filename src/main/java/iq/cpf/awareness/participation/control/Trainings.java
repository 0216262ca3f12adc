package iq.cpf.awareness.participation.control;

import iq.cpf.awareness.campaign.entity.Campaign;
import iq.cpf.awareness.forum.entity.Forum;
import iq.cpf.awareness.participation.entity.Attendance;
import iq.cpf.awareness.participation.entity.Training;
import iq.cpf.awareness.participation.entity.TrainingKind;
import iq.cpf.awareness.platform.ForumScope;
import iq.cpf.awareness.platform.InvalidInput.Violation;
import iq.cpf.awareness.platform.Page;
import iq.cpf.awareness.platform.control.Checks;
import iq.cpf.awareness.platform.control.Refusals;
import iq.cpf.awareness.platform.control.Where;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The reach ledger's trainings and workshops for adults. Each role appears once per event: people,
 * not sessions.
 */
@ApplicationScoped
@Transactional
public class Trainings {

    @PersistenceContext EntityManager em;
    @Inject Checks checks;
    @Inject Clock clock;

    /** What a client says about a training; place defaults to the forum's. */
    public record Description(
            Long forumId,
            Long campaignId,
            TrainingKind kind,
            String title,
            LocalDate heldOn,
            String governorate,
            String district,
            Integer sessions,
            String notes,
            List<Attendance> attendance) {}

    public Training create(ForumScope scope, Description description, String by) {
        Training training = new Training(by, clock.instant());
        apply(scope, training, description);
        em.persist(training);
        em.flush();
        return training;
    }

    public Training update(ForumScope scope, long id, Integer version, Description description) {
        Training training = get(scope, id);
        Checks.sameVersion(version, training.getVersion());
        apply(scope, training, description);
        em.flush();
        return training;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Training get(ForumScope scope, long id) {
        return checks.existing(scope, Training.class, id, "training", t -> t.getForum().getId());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<Training> list(
            ForumScope scope,
            Long forumId,
            Long campaignId,
            LocalDate from,
            LocalDate to,
            int first,
            int size) {
        Where where =
                new Where()
                        .within(scope, "t.forum.id")
                        .equal("t.forum.id", "forum", forumId)
                        .equal("t.campaign.id", "campaign", campaignId)
                        .when(from != null, "t.heldOn >= :from", "from", from)
                        .when(to != null, "t.heldOn <= :to", "to", to);
        return where.page(
                em, "Training t", "t", "t.heldOn desc, t.id desc", Training.class, first, size);
    }

    private void apply(ForumScope scope, Training training, Description d) {
        Refusals refusals = new Refusals();
        Forum forum =
                refusals.check(
                        () ->
                                checks.reference(
                                        scope,
                                        Forum.class,
                                        d.forumId(),
                                        "forumId",
                                        "forum",
                                        Forum::getId));
        Campaign campaign =
                d.campaignId() == null
                        ? null
                        : refusals.check(
                                () ->
                                        checks.reference(
                                                scope,
                                                Campaign.class,
                                                d.campaignId(),
                                                "campaignId",
                                                "campaign",
                                                c -> c.getForum().getId()));
        List<Attendance> attendance = d.attendance() == null ? List.of() : d.attendance();
        Set<Object> roles = new HashSet<>();
        attendance.stream()
                .filter(a -> a.getRole() != null && !roles.add(a.getRole()))
                .forEach(
                        a ->
                                refusals.violations()
                                        .add(
                                                new Violation(
                                                        "attendance",
                                                        "training.attendance.twice",
                                                        a.getRole()
                                                                .name()
                                                                .toLowerCase(Locale.ROOT))));
        String governorate =
                blank(d.governorate()) && forum != null ? forum.getGovernorate() : d.governorate();
        String district = blank(d.district()) && forum != null ? forum.getDistrict() : d.district();
        training.describe(
                forum,
                campaign,
                d.kind(),
                d.title(),
                d.heldOn(),
                governorate,
                district,
                d.sessions() == null ? 1 : d.sessions(),
                d.notes(),
                attendance);
        checks.valid(training, refusals);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
