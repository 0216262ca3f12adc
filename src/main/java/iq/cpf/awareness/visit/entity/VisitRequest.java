package iq.cpf.awareness.visit.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** What a school contact asked for through an emailed link: a confirmation, or another date. */
@Entity
@Table(name = "visit_request")
public class VisitRequest {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "visit_request_seq")
    @SequenceGenerator(
            name = "visit_request_seq",
            sequenceName = "visit_request_seq",
            allocationSize = 50)
    private Long id;

    @Column(name = "visit_id")
    private Long visitId;

    private String kind;

    @Column(name = "requested_by")
    private String requestedBy;

    @Column(name = "proposed_start")
    private Instant proposedStart;

    private String note;

    @Column(name = "created_at")
    private Instant createdAt;

    protected VisitRequest() {}

    public VisitRequest(
            Long visitId,
            String kind,
            String requestedBy,
            Instant proposedStart,
            String note,
            Instant createdAt) {
        this.visitId = visitId;
        this.kind = kind;
        this.requestedBy = requestedBy;
        this.proposedStart = proposedStart;
        this.note = note;
        this.createdAt = createdAt;
    }

    public Long getVisitId() {
        return visitId;
    }

    public String getKind() {
        return kind;
    }

    public String getRequestedBy() {
        return requestedBy;
    }

    public Instant getProposedStart() {
        return proposedStart;
    }

    public String getNote() {
        return note;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
