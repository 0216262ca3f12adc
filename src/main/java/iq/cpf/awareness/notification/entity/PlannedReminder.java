package iq.cpf.awareness.notification.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A message a visit will need at a set moment: a reminder of a campaign rule, or the participation
 * request once the visit has ended. Written with the visit's change; a Quartz trigger keyed by its
 * id fires it.
 */
@Entity
@Table(name = "planned_reminder")
public class PlannedReminder {

    public enum Kind {
        SCHOOL,
        VOLUNTEERS,
        PARTICIPATION
    }

    public enum State {
        PLANNED,
        ENQUEUED,
        SKIPPED,
        DROPPED,
        /** Given up after its last attempt failed; in the audit log with its error. */
        FAILED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "reminder_seq")
    @SequenceGenerator(name = "reminder_seq", sequenceName = "reminder_seq", allocationSize = 50)
    private Long id;

    @Column(name = "visit_id")
    private Long visitId;

    @Enumerated(EnumType.STRING)
    private Kind audience;

    @Column(name = "before_at")
    private String before;

    @Column(name = "due_at")
    private Instant dueAt;

    @Column(name = "visit_sequence")
    private int visitSequence;

    @Enumerated(EnumType.STRING)
    private State state = State.PLANNED;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "done_at")
    private Instant doneAt;

    private int attempts;

    /** When a reminder that failed may be tried again; none before its first failure. */
    @Column(name = "retry_at")
    private Instant retryAt;

    @Column(name = "last_error")
    private String lastError;

    protected PlannedReminder() {}

    public PlannedReminder(
            Long visitId,
            Kind audience,
            String before,
            Instant dueAt,
            int visitSequence,
            Instant now) {
        this.visitId = visitId;
        this.audience = audience;
        this.before = before;
        this.dueAt = dueAt;
        this.visitSequence = visitSequence;
        this.createdAt = now;
    }

    public void finish(State state, Instant now) {
        this.state = state;
        this.doneAt = now;
    }

    /**
     * An attempt to fire it failed: it is tried again at {@code next}, or, when there is no next,
     * it has failed for good.
     */
    public void failed(String error, Instant next, Instant now) {
        attempts++;
        lastError = error == null ? null : error.substring(0, Math.min(error.length(), 2000));
        if (next == null) {
            finish(State.FAILED, now);
            retryAt = null;
        } else {
            retryAt = next;
        }
    }

    public int getAttempts() {
        return attempts;
    }

    public Instant getRetryAt() {
        return retryAt;
    }

    public String getLastError() {
        return lastError;
    }

    public Long getId() {
        return id;
    }

    public Long getVisitId() {
        return visitId;
    }

    public Kind getAudience() {
        return audience;
    }

    public String getBefore() {
        return before;
    }

    public Instant getDueAt() {
        return dueAt;
    }

    public int getVisitSequence() {
        return visitSequence;
    }

    public State getState() {
        return state;
    }
}
