package iq.cpf.awareness.school.control;

import iq.cpf.awareness.platform.Audited;
import iq.cpf.awareness.platform.Conflict;
import iq.cpf.awareness.platform.Erased;
import iq.cpf.awareness.platform.ForumScope;
import iq.cpf.awareness.platform.NotFound;
import iq.cpf.awareness.platform.Page;
import iq.cpf.awareness.platform.control.Checks;
import iq.cpf.awareness.platform.control.Where;
import iq.cpf.awareness.school.entity.Contact;
import iq.cpf.awareness.school.entity.School;
import iq.cpf.awareness.school.entity.SchoolLevel;
import iq.cpf.awareness.school.entity.SchoolType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Consumer;

@ApplicationScoped
@Transactional
public class Schools {

    @PersistenceContext EntityManager em;
    @Inject Checks checks;
    @Inject Event<Erased> erased;
    @Inject Event<Audited> audited;

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<School> list(
            ForumScope scope,
            String governorate,
            String district,
            SchoolLevel level,
            SchoolType type,
            String query,
            int first,
            int size) {
        Where where =
                new Where()
                        .within(scope, "s.forum.id")
                        .equal("s.governorate", "governorate", governorate)
                        .equal("s.district", "district", district)
                        .equal("s.level", "level", level)
                        .equal("s.type", "type", type);
        if (query != null && !query.isBlank()) {
            where.when(
                    true,
                    "(lower(s.name) like :q or lower(s.nameLatin) like :q)",
                    "q",
                    "%" + query.trim().toLowerCase(Locale.ROOT) + "%");
        }
        return where.page(em, "School s", "s", "s.name, s.id", School.class, first, size);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public School get(ForumScope scope, long id) {
        return checks.existing(scope, School.class, id, "school", School::forumIdOf);
    }

    public School create(Consumer<School> fill) {
        School school = new School();
        fill.accept(school);
        em.persist(checks.valid(school));
        em.flush();
        return school;
    }

    /**
     * Erases one of a school's contacts on their request (see {@link Erased}); a school keeps at
     * least one contact, so the last one is refused until another is added.
     */
    public void eraseContact(ForumScope scope, long schoolId, int index) {
        School school = get(scope, schoolId);
        List<Contact> contacts = new ArrayList<>(school.getContacts());
        if (index < 0 || index >= contacts.size()) {
            throw NotFound.of("contact", index);
        }
        if (contacts.size() == 1) {
            throw new Conflict("school.contact.last", school.getName());
        }
        Contact contact = contacts.remove(index);
        school.setContacts(contacts);
        em.flush();
        erased.fire(
                new Erased(
                        contact.getEmail(),
                        "erased-contact-"
                                + schoolId
                                + "-"
                                + UUID.randomUUID()
                                + "@erased.invalid"));
        audited.fire(Audited.of("contact.erase", "school", schoolId, "contact " + index));
    }

    public School update(ForumScope scope, long id, Integer version, Consumer<School> change) {
        School school = get(scope, id);
        Checks.sameVersion(version, school.getVersion());
        change.accept(school);
        checks.valid(school);
        em.flush();
        return school;
    }
}
