package iq.cpf.awareness.forum.control;

import iq.cpf.awareness.forum.entity.Forum;
import iq.cpf.awareness.platform.ForumScope;
import iq.cpf.awareness.platform.InvalidInput;
import iq.cpf.awareness.platform.Page;
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

    @PersistenceContext EntityManager em;
    @Inject Checks checks;

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<Forum> list(ForumScope scope, String governorate, int first, int size) {
        Where where =
                new Where()
                        .equal("f.governorate", "governorate", governorate)
                        .within(scope, "f.id");
        return where.page(em, "Forum f", "f", "f.name, f.id", Forum.class, first, size);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Forum get(ForumScope scope, long id) {
        return checks.existing(scope, Forum.class, id, "forum", Forum::getId);
    }

    /**
     * The forum that something a caller creates or edits belongs to: the one the request names,
     * which must be in the caller's scope; when it names none, the caller's only forum. A national
     * caller may leave it without one; anyone else with several forums must say which.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Forum owner(ForumScope scope, Long forumId) {
        if (forumId != null) {
            return checks.reference(scope, Forum.class, forumId, "forumId", "forum", Forum::getId);
        }
        if (scope.national()) {
            return null;
        }
        return scope.single()
                .map(id -> em.find(Forum.class, id))
                .orElseThrow(() -> new InvalidInput("forumId", "field.required.reference"));
    }

    public Forum create(Forum forum) {
        em.persist(checks.valid(forum));
        em.flush();
        return forum;
    }

    /**
     * A request that leaves {@code referralContacts}, {@code phone} or {@code email} out keeps what
     * the forum has; an empty one clears it.
     */
    public Forum update(
            ForumScope scope,
            long id,
            Integer version,
            String name,
            String governorate,
            String district,
            String referralContacts,
            String phone,
            String email) {
        Forum forum = get(scope, id);
        Checks.sameVersion(version, forum.getVersion());
        forum.update(name, governorate, district);
        if (referralContacts != null) {
            forum.setReferralContacts(referralContacts);
        }
        if (phone != null) {
            forum.setPhone(phone);
        }
        if (email != null) {
            forum.setEmail(email);
        }
        checks.valid(forum);
        em.flush();
        return forum;
    }
}
