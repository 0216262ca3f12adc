package iq.cpf.awareness.participation.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One report of a visit's participation as it was sent; the latest is the current one, the others
 * its history.
 */
@Entity
@Table(name = "participation_revision")
public class ParticipationRevision {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "participation_revision_seq")
    @SequenceGenerator(
            name = "participation_revision_seq",
            sequenceName = "participation_revision_seq",
            allocationSize = 50)
    private Long id;

    @Column(name = "visit_id")
    private Long visitId;

    private int revision;

    private String report;

    @Column(name = "reported_by")
    private String reportedBy;

    @Column(name = "reported_at")
    private Instant reportedAt;

    /** The sender's key for this report, when it gave one (Idempotency-Key). */
    @Column(name = "idempotency_key")
    private String idempotencyKey;

    protected ParticipationRevision() {}

    public ParticipationRevision(
            Long visitId, int revision, String report, String reportedBy, Instant reportedAt) {
        this.visitId = visitId;
        this.revision = revision;
        this.report = report;
        this.reportedBy = reportedBy;
        this.reportedAt = reportedAt;
    }

    public ParticipationRevision keyed(String key) {
        this.idempotencyKey = key;
        return this;
    }

    public String getIdempotencyKey() {
        return idempotencyKey;
    }

    public int getRevision() {
        return revision;
    }

    public String getReport() {
        return report;
    }

    public String getReportedBy() {
        return reportedBy;
    }

    public Instant getReportedAt() {
        return reportedAt;
    }
}
