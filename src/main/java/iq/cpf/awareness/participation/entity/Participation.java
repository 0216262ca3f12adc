package iq.cpf.awareness.participation.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/**
 * The attendance of one visit. Students are counted by gender once, whatever the number of sessions they sat
 * in, so that reach is one number without double counting.
 */
@Entity
public class Participation {

    @Id
    @Column(name = "visit_id")
    private Long visitId;

    @NotNull(message = "{field.required}")
    @Min(value = 0, message = "{field.min}")
    @Max(value = 5000, message = "{field.max}")
    private Integer girls;

    @NotNull(message = "{field.required}")
    @Min(value = 0, message = "{field.min}")
    @Max(value = 5000, message = "{field.max}")
    private Integer boys;

    @NotNull(message = "{field.required}")
    @Min(value = 0, message = "{field.min}")
    @Max(value = 500, message = "{field.max}")
    private Integer teachers;

    @NotNull(message = "{field.required}")
    @Min(value = 1, message = "{field.min}")
    @Max(value = 50, message = "{field.max}")
    private Integer sessions;

    @Size(max = 4000, message = "{field.size}")
    private String notes;

    @Column(name = "reported_by")
    private String reportedBy;

    @Column(name = "reported_at")
    private Instant reportedAt;

    @Version
    private int version;

    protected Participation() {
    }

    public Participation(Long visitId) {
        this.visitId = visitId;
    }

    public void report(Integer girls, Integer boys, Integer teachers, Integer sessions, String notes, String by, Instant at) {
        this.girls = girls;
        this.boys = boys;
        this.teachers = teachers;
        this.sessions = sessions;
        this.notes = notes == null || notes.isBlank() ? null : notes.strip();
        this.reportedBy = by;
        this.reportedAt = at;
    }

    public Long getVisitId() {
        return visitId;
    }

    public Integer getGirls() {
        return girls;
    }

    public Integer getBoys() {
        return boys;
    }

    public Integer getTeachers() {
        return teachers;
    }

    public Integer getSessions() {
        return sessions;
    }

    public String getNotes() {
        return notes;
    }

    public String getReportedBy() {
        return reportedBy;
    }

    public Instant getReportedAt() {
        return reportedAt;
    }

    public int getVersion() {
        return version;
    }
}
