package iq.cpf.awareness.campaign.control;

import iq.cpf.awareness.campaign.entity.Topic;
import iq.cpf.awareness.platform.Audited;
import iq.cpf.awareness.platform.Conflict;
import iq.cpf.awareness.platform.control.Checks;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;

@ApplicationScoped
@Transactional
public class Topics {

    @PersistenceContext EntityManager em;
    @Inject Checks checks;
    @Inject Event<Audited> audited;

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Topic> all() {
        return em.createQuery("select t from Topic t order by t.slug", Topic.class).getResultList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Topic get(String slug) {
        return checks.existing(Topic.class, slug, "topic");
    }

    public Topic create(Topic topic) {
        checks.valid(topic);
        if (em.find(Topic.class, topic.getSlug()) != null) {
            throw new Conflict("topic.exists", topic.getSlug());
        }
        em.persist(topic);
        em.flush();
        return topic;
    }

    public Topic rename(String slug, String nameEn, String nameAr, String nameCkb) {
        Topic topic = get(slug);
        topic.rename(nameEn, nameAr, nameCkb);
        checks.valid(topic);
        em.flush();
        return topic;
    }

    /** Sets the safeguarding rules of the topic's visits (administrators). */
    public Topic safeguard(
            String slug, boolean sensitive, boolean womanForGirls, boolean policeConsent) {
        Topic topic = get(slug);
        topic.safeguard(sensitive, womanForGirls, policeConsent);
        em.flush();
        audited.fire(
                Audited.of(
                        "topic.safeguarding",
                        "topic",
                        slug,
                        "sensitive="
                                + sensitive
                                + " womanForGirls="
                                + womanForGirls
                                + " policeConsent="
                                + policeConsent));
        return topic;
    }
}
