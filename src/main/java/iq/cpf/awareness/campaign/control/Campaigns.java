package iq.cpf.awareness.campaign.control;

import iq.cpf.awareness.campaign.entity.Campaign;
import iq.cpf.awareness.campaign.entity.CampaignStatus;
import iq.cpf.awareness.campaign.entity.Topic;
import iq.cpf.awareness.forum.entity.Forum;
import iq.cpf.awareness.platform.ForumScope;
import iq.cpf.awareness.platform.Page;
import iq.cpf.awareness.platform.control.Checks;
import iq.cpf.awareness.platform.control.Refusals;
import iq.cpf.awareness.platform.control.Where;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.function.BiConsumer;

@ApplicationScoped
@Transactional
public class Campaigns {

    @PersistenceContext EntityManager em;
    @Inject Checks checks;

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

    public Campaign create(BiConsumer<Campaign, Refusals> fill) {
        Campaign campaign = new Campaign();
        Refusals refusals = new Refusals();
        fill.accept(campaign, refusals);
        em.persist(checks.valid(campaign, refusals));
        em.flush();
        return campaign;
    }

    public Campaign update(
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
