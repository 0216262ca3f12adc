package iq.cpf.awareness.school.boundary;

import static iq.cpf.awareness.platform.boundary.FormValues.text;

import iq.cpf.awareness.forum.control.Forums;
import iq.cpf.awareness.forum.entity.Forum;
import iq.cpf.awareness.platform.Caller;
import iq.cpf.awareness.platform.Channel;
import iq.cpf.awareness.platform.Language;
import iq.cpf.awareness.platform.Messages;
import iq.cpf.awareness.platform.boundary.FacesProblems;
import iq.cpf.awareness.school.control.Schools;
import iq.cpf.awareness.school.entity.SchoolLevel;
import iq.cpf.awareness.school.entity.SchoolType;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The schools page's form: adds a school or edits one with its contacts, in a forum of the
 * caller's. It sends the same details as the API to the same service, so the rules and the messages
 * are the API's, and the form's ids are the API's field names so that each message shows next to
 * its field. A contact removed here is only left out when the school is saved: the API's erasure,
 * which also rewrites the history, stays the person's own request.
 */
@Named
@ViewScoped
public class EditSchool implements Serializable {

    private static final long serialVersionUID = 1L;

    /** How many districts the pick list offers at most. */
    private static final int DISTRICTS = 100;

    @Inject Schools schools;
    @Inject Forums forums;
    @Inject Caller caller;
    @Inject FacesProblems problems;

    private boolean open;
    private Long id;
    private Integer version;
    private Long forumId;
    private String name;
    private String nameLatin;
    private String governorate;
    private String district;
    private SchoolLevel level;
    private SchoolType type;
    private Integer students;
    private final List<ContactRow> contacts = new ArrayList<>();

    /** One contact as the form edits it. */
    public static class ContactRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private String name;
        private String email;
        private String phone;
        private Language language;
        private String mobile;
        private Channel channel = Channel.EMAIL;

        ContactRow(String name, String email, String phone, Language language) {
            this.name = name;
            this.email = email;
            this.phone = phone;
            this.language = language;
        }

        public String getMobile() {
            return mobile;
        }

        public void setMobile(String mobile) {
            this.mobile = mobile;
        }

        public Channel getChannel() {
            return channel;
        }

        public void setChannel(Channel channel) {
            this.channel = channel;
        }

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public String getEmail() {
            return email;
        }

        public void setEmail(String email) {
            this.email = email;
        }

        public String getPhone() {
            return phone;
        }

        public void setPhone(String phone) {
            this.phone = phone;
        }

        public Language getLanguage() {
            return language;
        }

        public void setLanguage(Language language) {
            this.language = language;
        }
    }

    /** A new school, in the caller's forum when they have one, with one contact to fill in. */
    public void add() {
        reset();
        open = true;
        forumId = caller.scope().single().orElse(null);
        governorate = forumGovernorate();
        contacts.add(new ContactRow(null, null, null, Language.AR));
    }

    public void edit(SchoolView school) {
        reset();
        open = true;
        id = school.id();
        version = school.version();
        forumId = school.forumId();
        name = school.name();
        nameLatin = school.nameLatin();
        governorate = school.governorate();
        district = school.district();
        level = school.level();
        type = school.type();
        students = school.students();
        school.contacts()
                .forEach(
                        c -> {
                            ContactRow row =
                                    new ContactRow(c.name(), c.email(), c.phone(), c.language());
                            row.mobile = c.mobile();
                            row.channel = c.channel();
                            contacts.add(row);
                        });
    }

    public void addContact() {
        contacts.add(new ContactRow(null, null, null, Language.AR));
    }

    /** Takes the contact out of the form once the organiser confirmed; saving makes it so. */
    public void removeContact(int index) {
        if (index >= 0 && index < contacts.size()) {
            ContactRow removed = contacts.remove(index);
            problems.info("schools.contact.removed", removed.name == null ? "" : removed.name);
        }
    }

    /** The question before a contact is removed, naming them. */
    public String removeQuestion(ContactRow contact) {
        String who = contact.name == null || contact.name.isBlank() ? contact.email : contact.name;
        return Messages.get(
                FacesContext.getCurrentInstance().getViewRoot().getLocale(),
                "schools.contact.removeConfirm",
                who == null ? "" : who);
    }

    /** A forum chosen for a new school brings its governorate, unless one was typed already. */
    public void forumChosen() {
        if (governorate == null || governorate.isBlank()) {
            governorate = forumGovernorate();
        }
    }

    public void save() {
        Schools.Details details =
                new Schools.Details(
                        text(name),
                        text(nameLatin),
                        text(governorate),
                        text(district),
                        level,
                        type,
                        students,
                        contacts.stream()
                                .map(
                                        c ->
                                                new Schools.ContactDetails(
                                                        text(c.name),
                                                        text(c.email),
                                                        text(c.phone),
                                                        c.language,
                                                        text(c.mobile),
                                                        c.channel))
                                .toList());
        try {
            if (id == null) {
                schools.create(forums.owner(caller.scope(), forumId), details);
            } else {
                schools.update(
                        caller.scope(),
                        id,
                        version,
                        forumId == null ? null : forums.owner(caller.scope(), forumId),
                        details);
            }
        } catch (RuntimeException refused) {
            problems.show(refused, "school");
            return;
        }
        problems.info("schools.saved", name);
        reset();
    }

    public void reset() {
        open = false;
        id = null;
        version = null;
        forumId = null;
        name = null;
        nameLatin = null;
        governorate = null;
        district = null;
        level = null;
        type = null;
        students = null;
        contacts.clear();
    }

    /**
     * The districts known in the school's governorate that contain what was typed; whatever else is
     * typed is taken as a new district.
     */
    public List<String> completeDistrict(String typed) {
        String part = typed == null ? "" : typed.trim().toLowerCase(Locale.ROOT);
        return schools.districts(caller.scope(), governorate, DISTRICTS).stream()
                .filter(d -> d.toLowerCase(Locale.ROOT).contains(part))
                .toList();
    }

    public List<Forum> getForums() {
        return forums.list(caller.scope(), null, 0, 200).items();
    }

    /** An organiser of one forum has nothing to choose: the school is that forum's. */
    public boolean isForumChoice() {
        return caller.scope().single().isEmpty();
    }

    public List<SchoolLevel> getLevels() {
        return Arrays.asList(SchoolLevel.values());
    }

    public List<SchoolType> getTypes() {
        return Arrays.asList(SchoolType.values());
    }

    public List<Channel> getChannels() {
        return Arrays.asList(Channel.values());
    }

    public List<Language> getLanguages() {
        return Arrays.asList(Language.values());
    }

    private String forumGovernorate() {
        return forumId == null ? null : forums.get(caller.scope(), forumId).getGovernorate();
    }

    public boolean isOpen() {
        return open;
    }

    public Long getId() {
        return id;
    }

    public Long getForumId() {
        return forumId;
    }

    public void setForumId(Long forumId) {
        this.forumId = forumId;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getNameLatin() {
        return nameLatin;
    }

    public void setNameLatin(String nameLatin) {
        this.nameLatin = nameLatin;
    }

    public String getGovernorate() {
        return governorate;
    }

    public void setGovernorate(String governorate) {
        this.governorate = governorate;
    }

    public String getDistrict() {
        return district;
    }

    public void setDistrict(String district) {
        this.district = district;
    }

    public SchoolLevel getLevel() {
        return level;
    }

    public void setLevel(SchoolLevel level) {
        this.level = level;
    }

    public SchoolType getType() {
        return type;
    }

    public void setType(SchoolType type) {
        this.type = type;
    }

    public Integer getStudents() {
        return students;
    }

    public void setStudents(Integer students) {
        this.students = students;
    }

    public List<ContactRow> getContacts() {
        return contacts;
    }
}
