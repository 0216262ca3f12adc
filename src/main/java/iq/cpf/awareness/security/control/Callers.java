package iq.cpf.awareness.security.control;

import iq.cpf.awareness.platform.Caller;
import iq.cpf.awareness.platform.ForumScope;
import iq.cpf.awareness.platform.Role;
import iq.cpf.awareness.security.entity.User;
import iq.cpf.awareness.volunteer.control.Volunteers;
import iq.cpf.awareness.volunteer.entity.Volunteer;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import java.util.Optional;
import java.util.Set;

/**
 * The caller of this request, read from the database like their role: administrators are national,
 * a coordinator has every forum of their governorate, an organiser their forums, a volunteer the
 * forum they belong to (for reading what is theirs).
 */
@RequestScoped
public class Callers implements Caller {

    @Inject SecurityContext security;
    @Inject Users users;
    @Inject Volunteers volunteers;
    @PersistenceContext EntityManager em;

    private Optional<Long> volunteerId;
    private ForumScope scope;
    private Optional<User> user;

    @Override
    public Optional<String> email() {
        Principal principal = security.getCallerPrincipal();
        return principal == null ? Optional.empty() : Optional.of(principal.getName());
    }

    @Override
    public boolean isOrganiser() {
        return security.isCallerInRole(Role.ORGANISER_GROUP);
    }

    @Override
    public boolean isAdmin() {
        return security.isCallerInRole(Role.ADMIN_GROUP);
    }

    @Override
    public Optional<Long> volunteerId() {
        if (volunteerId == null) {
            volunteerId =
                    email().flatMap(
                                    email ->
                                            user().map(User::getVolunteer)
                                                    .map(Volunteer::getId)
                                                    .or(
                                                            () ->
                                                                    volunteers
                                                                            .byEmail(email)
                                                                            .map(
                                                                                    Volunteer
                                                                                            ::getId)));
        }
        return volunteerId;
    }

    @Override
    public ForumScope scope() {
        if (scope == null) {
            scope = user().map(this::of).orElse(ForumScope.of(Set.of()));
        }
        return scope;
    }

    @Override
    public Optional<String> governorate() {
        return user().filter(u -> u.getRole() == Role.COORDINATOR).map(User::getGovernorate);
    }

    /**
     * The caller's account, read once per request: the scope, the volunteer and the governorate all
     * start from it.
     */
    private Optional<User> user() {
        if (user == null) {
            user = email().flatMap(users::find);
        }
        return user;
    }

    /**
     * Read with queries, not through the user's associations: a request outside a transaction holds
     * no entities.
     */
    ForumScope of(User user) {
        return switch (user.getRole()) {
            case ADMIN -> ForumScope.NATIONAL;
            case COORDINATOR ->
                    ids(
                            "select f.id from Forum f where f.governorate = :value",
                            user.getGovernorate() == null ? "" : user.getGovernorate());
            case ORGANISER ->
                    ids(
                            "select f.id from AppUser u join u.forums f where u.id = :value",
                            user.getId());
            case VOLUNTEER ->
                    ids(
                            "select v.forum.id from AppUser u join u.volunteer v where u.id = :value "
                                    + "and v.forum is not null",
                            user.getId());
        };
    }

    private ForumScope ids(String query, Object value) {
        return ForumScope.of(
                Set.copyOf(
                        em.createQuery(query, Long.class)
                                .setParameter("value", value)
                                .getResultList()));
    }
}
