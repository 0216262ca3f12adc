package iq.cpf.awareness.visit.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/** One entry of a visit's history: when it was moved or cancelled, from what to what, by whom. */
@Entity
@Table(name = "visit_change")
public class VisitChange {

    public enum Kind {
        MOVED,
        CANCELLED,
        /** Scheduled or moved outside the school's calendar, for the reason given. */
        OVERRIDDEN
    }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "visit_change_seq")
    @SequenceGenerator(
            name = "visit_change_seq",
            sequenceName = "visit_change_seq",
            allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "visit_id")
    private Visit visit;

    @Column(name = "changed_at")
    private Instant changedAt;

    @Enumerated(EnumType.STRING)
    private Kind kind;

    @Column(name = "old_start_at")
    private Instant oldStart;

    @Column(name = "old_duration_minutes")
    private Integer oldDurationMinutes;

    @Column(name = "new_start_at")
    private Instant newStart;

    @Column(name = "new_duration_minutes")
    private Integer newDurationMinutes;

    @Column(name = "changed_by")
    private String changedBy;

    @Size(max = 1000, message = "{field.size}")
    private String reason;

    protected VisitChange() {}

    public VisitChange(
            Visit visit,
            Instant changedAt,
            Kind kind,
            Instant oldStart,
            Integer oldDurationMinutes,
            Instant newStart,
            Integer newDurationMinutes,
            String changedBy) {
        this.visit = visit;
        this.changedAt = changedAt;
        this.kind = kind;
        this.oldStart = oldStart;
        this.oldDurationMinutes = oldDurationMinutes;
        this.newStart = newStart;
        this.newDurationMinutes = newDurationMinutes;
        this.changedBy = changedBy;
    }

    public Instant getChangedAt() {
        return changedAt;
    }

    public Kind getKind() {
        return kind;
    }

    public Instant getOldStart() {
        return oldStart;
    }

    public Integer getOldDurationMinutes() {
        return oldDurationMinutes;
    }

    public Instant getNewStart() {
        return newStart;
    }

    public Integer getNewDurationMinutes() {
        return newDurationMinutes;
    }

    /** The entry with the reason it was made for. */
    public VisitChange because(String reason) {
        this.reason =
                reason == null || reason.length() <= 1000 ? reason : reason.substring(0, 1000);
        return this;
    }

    public String getReason() {
        return reason;
    }

    public String getChangedBy() {
        return changedBy;
    }
}
