package iq.cpf.awareness.campaign.control;

import iq.cpf.awareness.campaign.entity.Forum;
import iq.cpf.awareness.platform.boundary.Page;
import iq.cpf.awareness.platform.control.Checks;
import iq.cpf.awareness.platform.control.Where;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

@ApplicationScoped
@Transactional
public class Forums {

    @PersistenceContext
    EntityManager em;
    @Inject
    Checks checks;

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<Forum> list(String governorate, int first, int size) {
        Where where = new Where().equal("f.governorate", "governorate", governorate);
        return where.page(em, "Forum f", "f", "f.name, f.id", Forum.class, first, size);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Forum get(long id) {
        return checks.existing(Forum.class, id, "forum");
    }

    public Forum create(Forum forum) {
        em.persist(checks.valid(forum));
        em.flush();
        return forum;
    }

    /** A request that leaves {@code referralContacts} out keeps the ones the forum has. */
    public Forum update(long id, Integer version, String name, String governorate, String district,
                        String referralContacts) {
        Forum forum = get(id);
        Checks.sameVersion(version, forum.getVersion());
        forum.update(name, governorate, district);
        if (referralContacts != null) {
            forum.setReferralContacts(referralContacts);
        }
        checks.valid(forum);
        em.flush();
        return forum;
    }
}
