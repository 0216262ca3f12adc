package iq.cpf.awareness.school.entity;

import iq.cpf.awareness.forum.entity.Forum;
import iq.cpf.awareness.platform.Language;
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
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalTime;
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

    @Enumerated(EnumType.STRING)
    private Shift shift;

    /** Whether the school agreed to police officers in uniform on its visits. */
    @Column(name = "police_consent")
    private boolean policeConsent;

    /** The language its pupils are taught in: a visit's team has someone who speaks it. */
    @Enumerated(EnumType.STRING)
    @Column(name = "teaching_language")
    private Language teachingLanguage;

    @Column(name = "shift_start")
    private LocalTime shiftStart;

    @Column(name = "shift_end")
    private LocalTime shiftEnd;

    /** The school's own holidays and exams, on top of its governorate's calendar. */
    @Valid
    @Size(max = 200, message = "{field.size}")
    @ElementCollection
    @CollectionTable(name = "school_calendar_period", joinColumns = @JoinColumn(name = "school_id"))
    @OrderColumn(name = "position")
    private List<CalendarPeriod> periods = new ArrayList<>();

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

    /** Hours are given both or neither, the first before the second: a shift within one day. */
    @AssertTrue(message = "{calendar.shift.hours}")
    boolean isShiftInOrder() {
        return shiftStart == null && shiftEnd == null
                || shiftStart != null && shiftEnd != null && shiftStart.isBefore(shiftEnd);
    }

    public Shift getShift() {
        return shift;
    }

    public LocalTime getShiftStart() {
        return shiftStart;
    }

    public LocalTime getShiftEnd() {
        return shiftEnd;
    }

    public void setShift(Shift shift, LocalTime start, LocalTime end) {
        this.shift = shift;
        this.shiftStart = start;
        this.shiftEnd = end;
    }

    public boolean isPoliceConsent() {
        return policeConsent;
    }

    public void setPoliceConsent(boolean policeConsent) {
        this.policeConsent = policeConsent;
    }

    public boolean isForGirls() {
        return type == SchoolType.GIRLS;
    }

    public Language getTeachingLanguage() {
        return teachingLanguage;
    }

    public void setTeachingLanguage(Language teachingLanguage) {
        this.teachingLanguage = teachingLanguage;
    }

    public List<CalendarPeriod> getPeriods() {
        return periods;
    }

    public void setPeriods(List<CalendarPeriod> periods) {
        this.periods.clear();
        this.periods.addAll(periods);
    }

    public Forum getForum() {
        return forum;
    }

    public void setForum(Forum forum) {
        this.forum = forum;
    }
}
