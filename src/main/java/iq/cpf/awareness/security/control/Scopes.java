package iq.cpf.awareness.security.control;

import iq.cpf.awareness.platform.ForumScope;
import iq.cpf.awareness.security.entity.Role;
import iq.cpf.awareness.security.entity.User;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import java.util.Set;

/**
 * The caller's scope in this request, read from the database like their role: administrators are national, a
 * coordinator has every forum of their governorate, an organiser their forums, a volunteer the forum they belong
 * to (for reading what is theirs). Nobody logged in has no forum at all.
 */
@RequestScoped
public class Scopes {

    @Inject
    Callers callers;
    @Inject
    Users users;
    @PersistenceContext
    EntityManager em;

    private ForumScope current;

    public ForumScope current() {
        if (current == null) {
            current = callers.email().flatMap(users::find).map(this::of).orElse(ForumScope.of(Set.of()));
        }
        return current;
    }

    /**
     * The one governorate the caller may create forums in: a coordinator's own. Administrators may create them
     * anywhere; organisers nowhere.
     */
    public Optional<String> governorate() {
        return callers.email().flatMap(users::find).filter(u -> u.getRole() == Role.COORDINATOR)
                .map(User::getGovernorate);
    }

    /** Read with queries, not through the user's associations: a request outside a transaction holds no entities. */
    ForumScope of(User user) {
        return switch (user.getRole()) {
            case ADMIN -> ForumScope.NATIONAL;
            case COORDINATOR -> ids("select f.id from Forum f where f.governorate = :value",
                    user.getGovernorate() == null ? "" : user.getGovernorate());
            case ORGANISER -> ids("select f.id from AppUser u join u.forums f where u.id = :value", user.getId());
            case VOLUNTEER -> ids("select v.forum.id from AppUser u join u.volunteer v where u.id = :value "
                    + "and v.forum is not null", user.getId());
        };
    }

    private ForumScope ids(String query, Object value) {
        return ForumScope.of(Set.copyOf(em.createQuery(query, Long.class).setParameter("value", value).getResultList()));
    }
}
