package iq.cpf.awareness.school.control;

import iq.cpf.awareness.forum.control.Forums;
import iq.cpf.awareness.forum.entity.Forum;
import iq.cpf.awareness.platform.Audited;
import iq.cpf.awareness.platform.Channel;
import iq.cpf.awareness.platform.Conflict;
import iq.cpf.awareness.platform.Erased;
import iq.cpf.awareness.platform.ForumScope;
import iq.cpf.awareness.platform.InvalidInput;
import iq.cpf.awareness.platform.InvalidInput.Located;
import iq.cpf.awareness.platform.InvalidInput.Violation;
import iq.cpf.awareness.platform.Language;
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
import jakarta.validation.Validator;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Consumer;

@ApplicationScoped
@Transactional
public class Schools {

    @PersistenceContext EntityManager em;
    @Inject Checks checks;
    @Inject Event<Erased> erased;
    @Inject Event<Audited> audited;
    @Inject Validator validator;
    @Inject Forums forums;

    /** What a request says a school is, apart from its forum. */
    public record Details(
            String name,
            String nameLatin,
            String governorate,
            String district,
            SchoolLevel level,
            SchoolType type,
            Integer students,
            List<ContactDetails> contacts) {}

    public record ContactDetails(
            String name,
            String email,
            String phone,
            Language language,
            String mobile,
            Channel channel) {

        public ContactDetails(String name, String email, String phone, Language language) {
            this(name, email, phone, language, null, null);
        }
    }

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

    /**
     * The districts the caller knows in a governorate (every one when it is null): those of the
     * schools and of the forums in their scope, in order, at most {@code limit}. A pick list offers
     * them; a district not among them is still accepted.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<String> districts(ForumScope scope, String governorate, int limit) {
        String area = governorate == null || governorate.isBlank() ? null : governorate.trim();
        Where where = new Where().within(scope, "s.forum.id").equal("s.governorate", "g", area);
        Set<String> districts =
                new TreeSet<>(
                        where.bind(
                                        em.createQuery(
                                                "select distinct s.district from School s"
                                                        + where.clause(),
                                                String.class))
                                .setMaxResults(limit)
                                .getResultList());
        forums.list(scope, area, 0, limit).items().forEach(f -> districts.add(f.getDistrict()));
        return districts.stream().limit(limit).toList();
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

    /** {@code forum} is the one the caller may own it in (see {@link Forums#owner}). */
    public School create(Forum forum, Details details) {
        return create(
                s -> {
                    fill(s, details);
                    s.setForum(forum);
                });
    }

    /** The school keeps its forum when {@code forum} is null. */
    public School update(ForumScope scope, long id, Integer version, Forum forum, Details details) {
        School school = get(scope, id);
        Checks.sameVersion(version, school.getVersion());
        fill(school, details);
        if (forum != null) {
            school.setForum(forum);
        }
        checks.valid(school);
        em.flush();
        return school;
    }

    /**
     * Imports a directory (CSV, see {@link SchoolCsv}) into a forum of the caller's, all or
     * nothing: every line is checked first, and one bad line refuses the file naming each bad line
     * and field; otherwise every school is added. Answers how many were.
     */
    public int importCsv(ForumScope scope, Long forumId, String csv) {
        Forum forum = forums.owner(scope, forumId);
        List<SchoolCsv.Line> lines = SchoolCsv.read(new StringReader(csv == null ? "" : csv));
        List<Violation> problems = new ArrayList<>();
        List<Located> invalid = new ArrayList<>();
        for (SchoolCsv.Line line : lines) {
            String place = "line " + line.number() + ": ";
            line.problems()
                    .forEach(
                            p ->
                                    problems.add(
                                            new Violation(
                                                    place + p.field(), p.messageKey(), p.args())));
            School draft = new School();
            fill(draft, line.school());
            validator.validate(draft).forEach(v -> invalid.add(new Located(place, v)));
        }
        if (lines.isEmpty()) {
            problems.add(new Violation("file", "schools.import.empty"));
        }
        if (!problems.isEmpty() || !invalid.isEmpty()) {
            throw new InvalidInput(problems, Set.of(), invalid);
        }
        lines.forEach(line -> create(forum, line.school()));
        audited.fire(
                Audited.of(
                        "schools.import",
                        "forum",
                        forum == null ? null : forum.getId(),
                        lines.size() + " schools"));
        return lines.size();
    }

    /** A contact sent as null is kept as one without values, so that validation names its place. */
    private static void fill(School s, Details details) {
        s.setName(details.name());
        s.setNameLatin(details.nameLatin());
        s.setGovernorate(details.governorate());
        s.setDistrict(details.district());
        s.setLevel(details.level());
        s.setType(details.type());
        s.setStudents(details.students());
        List<Contact> contacts =
                details.contacts() == null
                        ? List.of()
                        : details.contacts().stream()
                                .map(
                                        c ->
                                                c == null
                                                        ? new Contact(null, null, null, null)
                                                        : new Contact(
                                                                c.name(),
                                                                c.email() == null
                                                                        ? null
                                                                        : c.email().trim(),
                                                                c.phone(),
                                                                c.language(),
                                                                c.mobile(),
                                                                c.channel()))
                                .toList();
        s.setContacts(contacts);
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
                        contact.address(),
                        "erased-contact-"
                                + schoolId
                                + "-"
                                + UUID.randomUUID()
                                + "@erased.invalid"));
        audited.fire(Audited.of("contact.erase", "school", schoolId, "contact " + index));
    }
}
