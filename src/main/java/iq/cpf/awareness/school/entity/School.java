package iq.cpf.awareness.school.entity;

import iq.cpf.awareness.forum.entity.Forum;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;

/** A school, named in Arabic script and in Latin letters, with the contacts who speak for it. */
@Entity
public class School {

    /**
     * The id of a school's forum, for {@link iq.cpf.awareness.platform.ForumScope} checks. Through
     * the getter: the school may be a lazy proxy (a visit's school), whose own fields are empty.
     */
    public static Long forumIdOf(School school) {
        return school.getForum() == null ? null : school.getForum().getId();
    }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "school_seq")
    @SequenceGenerator(name = "school_seq", sequenceName = "school_seq", allocationSize = 50)
    private Long id;

    @NotBlank(message = "{field.required}")
    @Size(max = 200, message = "{field.size}")
    private String name;

    @Size(max = 200, message = "{field.size}")
    @Column(name = "name_latin")
    private String nameLatin;

    @NotBlank(message = "{field.required}")
    @Size(max = 100, message = "{field.size}")
    private String governorate;

    @NotBlank(message = "{field.required}")
    @Size(max = 100, message = "{field.size}")
    private String district;

    @NotNull(message = "{field.required}")
    @Enumerated(EnumType.STRING)
    private SchoolLevel level;

    @NotNull(message = "{field.required}")
    @Enumerated(EnumType.STRING)
    @Column(name = "school_type")
    private SchoolType type;

    @Min(value = 0, message = "{field.min}")
    private Integer students;

    /**
     * The forum whose school this is: its organisers see and visit it. None: administrators' until
     * they give one.
     */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "forum_id")
    private Forum forum;

    @Valid
    @NotNull(message = "{field.required}")
    @Size(min = 1, max = 10, message = "{school.contacts.size}")
    @ElementCollection
    @CollectionTable(name = "school_contact", joinColumns = @JoinColumn(name = "school_id"))
    @OrderColumn(name = "position")
    private List<Contact> contacts = new ArrayList<>();

    @Version private int version;

    public School() {}

    public Long getId() {
        return id;
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

    public List<Contact> getContacts() {
        return contacts;
    }

    public void setContacts(List<Contact> contacts) {
        this.contacts.clear();
        this.contacts.addAll(contacts);
    }

    public int getVersion() {
        return version;
    }

    public Forum getForum() {
        return forum;
    }

    public void setForum(Forum forum) {
        this.forum = forum;
    }
}
