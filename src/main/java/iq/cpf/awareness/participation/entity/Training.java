package iq.cpf.awareness.participation.entity;

import iq.cpf.awareness.campaign.entity.Campaign;
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
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A training or workshop for adults in the reach ledger: police officers, community members or
 * teachers, counted by role and gender once per event, so that a forum's reach adds people, not
 * sessions.
 */
@Entity
public class Training {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "training_seq")
    @SequenceGenerator(name = "training_seq", sequenceName = "training_seq", allocationSize = 50)
    private Long id;

    @NotNull(message = "{field.required}")
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "forum_id")
    private Forum forum;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "campaign_id")
    private Campaign campaign;

    @NotNull(message = "{field.required}")
    @Enumerated(EnumType.STRING)
    private TrainingKind kind;

    @NotBlank(message = "{field.required}")
    @Size(max = 200, message = "{field.size}")
    private String title;

    @NotNull(message = "{field.required}")
    @Column(name = "held_on")
    private LocalDate heldOn;

    @NotBlank(message = "{field.required}")
    @Size(max = 100, message = "{field.size}")
    private String governorate;

    @NotBlank(message = "{field.required}")
    @Size(max = 100, message = "{field.size}")
    private String district;

    @NotNull(message = "{field.required}")
    @Min(value = 1, message = "{field.min}")
    @Max(value = 100, message = "{field.max}")
    private Integer sessions;

    @Size(max = 4000, message = "{field.size}")
    private String notes;

    @Valid
    @Size(min = 1, max = 3, message = "{training.attendance.size}")
    @ElementCollection
    @CollectionTable(name = "training_attendance", joinColumns = @JoinColumn(name = "training_id"))
    @OrderColumn(name = "position")
    private List<Attendance> attendance = new ArrayList<>();

    @Column(name = "created_by")
    private String createdBy;

    @Column(name = "created_at")
    private Instant createdAt;

    @Version private int version;

    protected Training() {}

    public Training(String createdBy, Instant createdAt) {
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    public void describe(
            Forum forum,
            Campaign campaign,
            TrainingKind kind,
            String title,
            LocalDate heldOn,
            String governorate,
            String district,
            Integer sessions,
            String notes,
            List<Attendance> attendance) {
        this.forum = forum;
        this.campaign = campaign;
        this.kind = kind;
        this.title = title == null ? null : title.strip();
        this.heldOn = heldOn;
        this.governorate = governorate;
        this.district = district;
        this.sessions = sessions;
        this.notes = notes == null || notes.isBlank() ? null : notes.strip();
        this.attendance.clear();
        this.attendance.addAll(attendance);
    }

    public int people() {
        return attendance.stream().mapToInt(Attendance::people).sum();
    }

    public Long getId() {
        return id;
    }

    public Forum getForum() {
        return forum;
    }

    public Campaign getCampaign() {
        return campaign;
    }

    public TrainingKind getKind() {
        return kind;
    }

    public String getTitle() {
        return title;
    }

    public LocalDate getHeldOn() {
        return heldOn;
    }

    public String getGovernorate() {
        return governorate;
    }

    public String getDistrict() {
        return district;
    }

    public Integer getSessions() {
        return sessions;
    }

    public String getNotes() {
        return notes;
    }

    public List<Attendance> getAttendance() {
        return attendance;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public int getVersion() {
        return version;
    }
}
