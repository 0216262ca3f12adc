package iq.cpf.awareness.campaign.control;

import iq.cpf.awareness.campaign.entity.Campaign;
import iq.cpf.awareness.campaign.entity.CampaignStatus;
import iq.cpf.awareness.campaign.entity.ReminderRule;
import iq.cpf.awareness.campaign.entity.Topic;
import iq.cpf.awareness.forum.entity.Forum;
import iq.cpf.awareness.platform.ForumScope;
import iq.cpf.awareness.platform.InvalidInput;
import iq.cpf.awareness.platform.Page;
import iq.cpf.awareness.platform.Settings;
import iq.cpf.awareness.platform.control.Checks;
import iq.cpf.awareness.platform.control.Refusals;
import iq.cpf.awareness.platform.control.Where;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.function.BiConsumer;

@ApplicationScoped
@Transactional
public class Campaigns {

    @PersistenceContext EntityManager em;
    @Inject Checks checks;
    @Inject Settings settings;

    /**
     * What a request says a campaign is. A field left null takes its default on creation (status
     * draft, the server's time zone, the default reminder rules, no open sign-up) and leaves the
     * campaign's value as it is on update; name, description, place, dates and targets are always
     * taken as given.
     */
    public record Details(
            String name,
            String topic,
            Long forumId,
            String description,
            String governorate,
            List<String> districts,
            LocalDate startDate,
            LocalDate endDate,
            CampaignStatus status,
            String timeZone,
            Integer targetSchools,
            Integer targetStudents,
            List<ReminderRule> reminders,
            Boolean openSignUp) {}

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<Campaign> list(
            ForumScope scope,
            String topic,
            Long forumId,
            CampaignStatus status,
            String governorate,
            int first,
            int size) {
        Where where =
                new Where()
                        .within(scope, "c.forum.id")
                        .equal("c.topic.slug", "topic", topic)
                        .equal("c.forum.id", "forumId", forumId)
                        .equal("c.status", "status", status)
                        .equal("c.governorate", "governorate", governorate);
        return where.page(
                em, "Campaign c", "c", "c.startDate desc, c.id", Campaign.class, first, size);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Campaign get(ForumScope scope, long id) {
        return checks.existing(scope, Campaign.class, id, "campaign", c -> c.getForum().getId());
    }

    public Topic topic(String slug) {
        return checks.reference(Topic.class, slug, "topic", "topic");
    }

    /** The forum a request names, when it is one of the caller's. */
    public Forum forum(ForumScope scope, Long id) {
        return checks.reference(scope, Forum.class, id, "forumId", "forum", Forum::getId);
    }

    public Campaign create(ForumScope scope, Details details) {
        return create(
                (c, refusals) -> {
                    fill(c, details, refusals, scope);
                    c.setStatus(Objects.requireNonNullElse(details.status(), CampaignStatus.DRAFT));
                    c.setTimeZone(
                            refusals.check(
                                    () -> zone(details.timeZone(), settings.timeZone().getId())));
                    c.setReminders(
                            details.reminders() == null
                                    ? ReminderRule.DEFAULTS
                                    : details.reminders());
                    c.setOpenSignUp(Boolean.TRUE.equals(details.openSignUp()));
                });
    }

    public Campaign update(ForumScope scope, long id, Integer version, Details details) {
        return update(
                scope,
                id,
                version,
                (c, refusals) -> {
                    fill(c, details, refusals, scope);
                    if (details.status() != null) {
                        c.setStatus(details.status());
                    }
                    if (details.timeZone() != null) {
                        String zone =
                                refusals.check(() -> zone(details.timeZone(), c.getTimeZone()));
                        c.setTimeZone(zone == null ? c.getTimeZone() : zone);
                    }
                    if (details.reminders() != null) {
                        c.setReminders(details.reminders());
                    }
                    if (details.openSignUp() != null) {
                        c.setOpenSignUp(details.openSignUp());
                    }
                });
    }

    /**
     * {@code scope} is read by the caller before anything is refused: a refusal marks the
     * transaction for rollback.
     */
    private void fill(Campaign c, Details details, Refusals refusals, ForumScope scope) {
        c.setTopic(refusals.check(() -> topic(details.topic())));
        c.setForum(refusals.check(() -> forum(scope, details.forumId())));
        c.setName(details.name());
        c.setDescription(details.description());
        c.setGovernorate(details.governorate());
        c.setDistricts(details.districts() == null ? List.of() : details.districts());
        c.setStartDate(details.startDate());
        c.setEndDate(details.endDate());
        c.setTargetSchools(details.targetSchools());
        c.setTargetStudents(details.targetStudents());
    }

    private static String zone(String requested, String fallback) {
        if (requested == null || requested.isBlank()) {
            return fallback;
        }
        try {
            return ZoneId.of(requested.trim()).getId();
        } catch (DateTimeException e) {
            throw new InvalidInput("timeZone", "field.timeZone");
        }
    }

    public Campaign create(BiConsumer<Campaign, Refusals> fill) {
        Campaign campaign = new Campaign();
        Refusals refusals = new Refusals();
        fill.accept(campaign, refusals);
        em.persist(checks.valid(campaign, refusals));
        em.flush();
        return campaign;
    }

    private Campaign update(
            ForumScope scope, long id, Integer version, BiConsumer<Campaign, Refusals> change) {
        Campaign campaign = get(scope, id);
        Checks.sameVersion(version, campaign.getVersion());
        Refusals refusals = new Refusals();
        change.accept(campaign, refusals);
        checks.valid(campaign, refusals);
        em.flush();
        return campaign;
    }
}
