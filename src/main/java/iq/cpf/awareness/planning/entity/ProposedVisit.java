package iq.cpf.awareness.planning.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;

/**
 * One visit of a proposal: its school, and its time and team when the solver placed it; when it
 * could not, the rule that stood in the way. A locked one is kept as it is when the proposal is
 * solved again.
 */
@Embeddable
public class ProposedVisit {

    @Column(name = "school_id")
    private Long schoolId;

    @Column(name = "start_at")
    private Instant start;

    @Column(name = "lead_id")
    private Long leadId;

    @Column(name = "partner_id")
    private Long partnerId;

    private boolean locked;

    /** Why it is not placed: the key of the reason's message; none when it is. */
    private String unplaced;

    /** The visit it became when the proposal was committed. */
    @Column(name = "visit_id")
    private Long visitId;

    protected ProposedVisit() {}

    public ProposedVisit(
            Long schoolId,
            Instant start,
            Long leadId,
            Long partnerId,
            boolean locked,
            String unplaced) {
        this.schoolId = schoolId;
        this.start = start;
        this.leadId = leadId;
        this.partnerId = partnerId;
        this.locked = locked;
        this.unplaced = unplaced;
    }

    public boolean isPlaced() {
        return unplaced == null && start != null && leadId != null && partnerId != null;
    }

    public Long getSchoolId() {
        return schoolId;
    }

    public Instant getStart() {
        return start;
    }

    public Long getLeadId() {
        return leadId;
    }

    public Long getPartnerId() {
        return partnerId;
    }

    public boolean isLocked() {
        return locked;
    }

    public String getUnplaced() {
        return unplaced;
    }

    public Long getVisitId() {
        return visitId;
    }

    /** The organiser moved it: it keeps its team, and the new time is locked. */
    public void moveTo(Instant start) {
        this.start = start;
        this.locked = true;
    }

    public void lock(boolean locked) {
        this.locked = locked;
    }

    public void committedAs(Long visitId) {
        this.visitId = visitId;
    }
}
