package iq.cpf.awareness.visit.entity;

import iq.cpf.awareness.campaign.entity.Campaign;
import iq.cpf.awareness.material.entity.MaterialVersion;
import iq.cpf.awareness.school.entity.School;
import iq.cpf.awareness.volunteer.entity.Volunteer;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * One campaign session at one school. The first volunteer leads. {@code sequence} counts the
 * changes that matter to the people invited (moves, cancellation), as iCalendar's SEQUENCE does;
 * {@code version} guards against lost updates.
 */
@Entity
public class Visit {

    /**
     * The longest a visit may last, in minutes: a visit that ends after an instant started at most
     * this long before it, which lets the visits of a period be found on the index of their start.
     */
    public static final int LONGEST_MINUTES = 720;

    /**
     * The id of the forum a visit is for (its campaign's), for {@link
     * iq.cpf.awareness.platform.ForumScope} checks.
     */
    public String getOrganiserEmail() {
        return organiserEmail;
    }

    public String getOrganiserName() {
        return organiserName;
    }

    public void setOrganiser(String email, String name) {
        this.organiserEmail = email;
        this.organiserName = name;
    }

    public static Long forumIdOf(Visit visit) {
        return visit.getCampaign().getForum().getId();
    }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "visit_seq")
    @SequenceGenerator(name = "visit_seq", sequenceName = "visit_seq", allocationSize = 50)
    private Long id;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "campaign_id")
    private Campaign campaign;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "school_id")
    private School school;

    @NotNull
    @Column(name = "start_at")
    private Instant start;

    @NotNull
    @Column(name = "end_at")
    private Instant end;

    @Min(value = 1, message = "{field.min}")
    @Max(value = LONGEST_MINUTES, message = "{field.max}")
    @Column(name = "duration_minutes")
    private int durationMinutes;

    @Min(value = 0, message = "{field.min}")
    @Column(name = "expected_students")
    private Integer expectedStudents;

    @NotNull
    @Enumerated(EnumType.STRING)
    private VisitStatus status = VisitStatus.PLANNED;

    @Column(name = "sequence_no")
    private int sequence;

    @NotNull
    @Column(name = "created_at")
    private Instant createdAt;

    /**
     * Who scheduled the visit: the ORGANIZER of its invitations. None: the application's own
     * sender.
     */
    @Column(name = "organiser_email")
    private String organiserEmail;

    @Column(name = "organiser_name")
    private String organiserName;

    @Size(min = 1, max = 20, message = "{visit.volunteers.size}")
    @ManyToMany
    @JoinTable(
            name = "visit_volunteer",
            joinColumns = @JoinColumn(name = "visit_id"),
            inverseJoinColumns = @JoinColumn(name = "volunteer_id"))
    @OrderColumn(name = "position")
    private List<Volunteer> volunteers = new ArrayList<>();

    @Size(max = 1000, message = "{field.size}")
    @Column(name = "cancellation_reason")
    private String cancellationReason;

    /**
     * The lesson versions the visit was given: exactly these, whatever versions the lessons have
     * since.
     */
    @ManyToMany
    @JoinTable(
            name = "visit_material",
            joinColumns = @JoinColumn(name = "visit_id"),
            inverseJoinColumns = @JoinColumn(name = "version_id"))
    @OrderColumn(name = "position")
    private List<MaterialVersion> materials = new ArrayList<>();

    @Version private int version;

    protected Visit() {}

    public Visit(
            Campaign campaign,
            School school,
            Instant start,
            int durationMinutes,
            Instant createdAt) {
        this.campaign = campaign;
        this.school = school;
        this.createdAt = createdAt;
        schedule(start, durationMinutes);
    }

    /**
     * Sets the time; a change of an existing visit raises the sequence so calendars take the
     * update.
     */
    /**
     * The earliest start of a visit that is still going on at {@code instant}: the lower bound of a
     * period's visits on the start index.
     */
    public static Instant earliestStartOfOneEndingAfter(Instant instant) {
        return instant.minus(Duration.ofMinutes(LONGEST_MINUTES));
    }

    public void schedule(Instant start, int durationMinutes) {
        boolean moved =
                this.start != null
                        && (!this.start.equals(start) || this.durationMinutes != durationMinutes);
        this.start = start;
        this.durationMinutes = durationMinutes;
        this.end = start.plus(Duration.ofMinutes(durationMinutes));
        if (moved) {
            sequence++;
        }
    }

    public void cancel(String reason) {
        status = VisitStatus.CANCELLED;
        cancellationReason = reason == null || reason.isBlank() ? null : reason.strip();
        sequence++;
    }

    public String getCancellationReason() {
        return cancellationReason;
    }

    public boolean isCancelled() {
        return status == VisitStatus.CANCELLED;
    }

    public Volunteer lead() {
        return volunteers.isEmpty() ? null : volunteers.get(0);
    }

    public Long getId() {
        return id;
    }

    public Campaign getCampaign() {
        return campaign;
    }

    public School getSchool() {
        return school;
    }

    public Instant getStart() {
        return start;
    }

    public Instant getEnd() {
        return end;
    }

    public int getDurationMinutes() {
        return durationMinutes;
    }

    public Integer getExpectedStudents() {
        return expectedStudents;
    }

    public void setExpectedStudents(Integer expectedStudents) {
        this.expectedStudents = expectedStudents;
    }

    public VisitStatus getStatus() {
        return status;
    }

    public void setStatus(VisitStatus status) {
        this.status = status;
    }

    public int getSequence() {
        return sequence;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public List<Volunteer> getVolunteers() {
        return volunteers;
    }

    public List<MaterialVersion> getMaterials() {
        return materials;
    }

    public void setMaterials(List<MaterialVersion> materials) {
        this.materials.clear();
        this.materials.addAll(materials);
    }

    public void setVolunteers(List<Volunteer> volunteers) {
        this.volunteers.clear();
        this.volunteers.addAll(volunteers);
    }

    public int getVersion() {
        return version;
    }
}
