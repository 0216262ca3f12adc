package iq.cpf.awareness.volunteer.control;

import iq.cpf.awareness.platform.Audited;
import iq.cpf.awareness.platform.Caller;
import iq.cpf.awareness.platform.Conflict;
import iq.cpf.awareness.platform.Erased;
import iq.cpf.awareness.platform.ForumScope;
import iq.cpf.awareness.platform.NotFound;
import iq.cpf.awareness.platform.Page;
import iq.cpf.awareness.platform.control.Checks;
import iq.cpf.awareness.platform.control.Refusals;
import iq.cpf.awareness.platform.control.Where;
import iq.cpf.awareness.volunteer.entity.Away;
import iq.cpf.awareness.volunteer.entity.Gender;
import iq.cpf.awareness.volunteer.entity.Volunteer;
import iq.cpf.awareness.volunteer.entity.Window;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.BiConsumer;
import org.hibernate.Hibernate;

@ApplicationScoped
@Transactional
public class Volunteers {

    @PersistenceContext EntityManager em;
    @Inject Checks checks;
    @Inject Event<Erased> erased;
    @Inject Event<Audited> audited;

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<Volunteer> list(
            ForumScope scope,
            Long forumId,
            Boolean policeOfficer,
            String query,
            int first,
            int size) {
        Where where =
                new Where()
                        .within(scope, "v.forum.id")
                        .equal("v.forum.id", "forumId", forumId)
                        .equal("v.policeOfficer", "police", policeOfficer)
                        .like("v.name", "q", query);
        return where.page(em, "Volunteer v", "v", "v.name, v.id", Volunteer.class, first, size);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    /**
     * Organisers see the volunteers of their scope; a volunteer sees only themself (anyone else:
     * 404).
     */
    public Volunteer visibleTo(Caller caller, long id) {
        if (caller.isOrganiser()) {
            return get(caller.scope(), id);
        }
        if (!caller.volunteerId().map(own -> own == id).orElse(false)) {
            throw NotFound.of("volunteer", id);
        }
        return get(ForumScope.NATIONAL, id);
    }

    /**
     * Replaces what the planner knows of when and where the volunteer goes: by an organiser of
     * their forum, or by the volunteer themself. {@code version}, when given, must be the one read.
     */
    public Volunteer saveAvailability(
            Caller caller,
            long id,
            Integer version,
            Gender gender,
            String homeDistrict,
            String unit,
            Integer maxVisitsPerWeek,
            List<Window> windows,
            List<Away> away) {
        // The caller's own record may be in the session as their user's lazy proxy, whose fields
        // Bean Validation would read empty.
        Volunteer volunteer = Hibernate.unproxy(visibleTo(caller, id), Volunteer.class);
        Checks.sameVersion(version, volunteer.getVersion());
        volunteer.setAvailability(
                gender,
                homeDistrict == null || homeDistrict.isBlank() ? null : homeDistrict.strip(),
                unit == null || unit.isBlank() ? null : unit.strip(),
                maxVisitsPerWeek,
                windows,
                away);
        checks.valid(volunteer);
        em.flush();
        return volunteer;
    }

    public Volunteer get(ForumScope scope, long id) {
        return checks.existing(scope, Volunteer.class, id, "volunteer", Volunteer::forumIdOf);
    }

    /**
     * A volunteer's name for a page; one the caller may not see (of another forum, on a shared
     * visit) is named by number, so that what shows them still opens.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public String nameFor(ForumScope scope, long id) {
        Volunteer volunteer = em.find(Volunteer.class, id);
        return volunteer == null || !scope.includes(Volunteer.forumIdOf(volunteer))
                ? "#" + id
                : volunteer.getName();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Volunteer> byEmail(String email) {
        return em.createNamedQuery(Volunteer.BY_EMAIL, Volunteer.class)
                .setParameter("email", normalise(email))
                .getResultStream()
                .findFirst();
    }

    public Volunteer create(BiConsumer<Volunteer, Refusals> fill) {
        Volunteer volunteer = new Volunteer();
        Refusals refusals = new Refusals();
        fill.accept(volunteer, refusals);
        normaliseEmail(volunteer);
        checks.valid(volunteer, refusals);
        byEmail(volunteer.getEmail())
                .ifPresent(
                        other -> {
                            throw new Conflict("volunteer.exists", volunteer.getEmail());
                        });
        em.persist(volunteer);
        em.flush();
        return volunteer;
    }

    public Volunteer update(
            ForumScope scope, long id, Integer version, BiConsumer<Volunteer, Refusals> change) {
        Volunteer volunteer = get(scope, id);
        Checks.sameVersion(version, volunteer.getVersion());
        Refusals refusals = new Refusals();
        change.accept(volunteer, refusals);
        normaliseEmail(volunteer);
        checks.valid(volunteer, refusals);
        byEmail(volunteer.getEmail())
                .filter(other -> !other.getId().equals(volunteer.getId()))
                .ifPresent(
                        other -> {
                            throw new Conflict("volunteer.exists", volunteer.getEmail());
                        });
        em.flush();
        return volunteer;
    }

    /** Erases a volunteer on their request; see {@link Erased}. */
    public void erase(ForumScope scope, long id) {
        Volunteer volunteer = get(scope, id);
        String email = volunteer.getEmail();
        volunteer.erase("erased-volunteer-" + id + "@erased.invalid");
        em.flush();
        erased.fire(new Erased(email, volunteer.getEmail()));
        audited.fire(Audited.of("volunteer.erase", "volunteer", id, null));
    }

    private static void normaliseEmail(Volunteer volunteer) {
        if (volunteer.getEmail() != null) {
            volunteer.setEmail(normalise(volunteer.getEmail()));
        }
    }

    private static String normalise(String email) {
        return email == null ? null : email.trim().toLowerCase(Locale.ROOT);
    }
}
