package iq.cpf.awareness.planning.entity;

import iq.cpf.awareness.campaign.entity.Campaign;
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
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A draft of a campaign's visits, solved in the background: nothing is scheduled or sent until an
 * organiser commits it.
 */
@Entity
public class Proposal {

    public static final String FIRST_FIT = "first-fit";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "proposal_seq")
    @SequenceGenerator(name = "proposal_seq", sequenceName = "proposal_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "campaign_id")
    private Campaign campaign;

    @Column(name = "first_day")
    private LocalDate firstDay;

    @Column(name = "last_day")
    private LocalDate lastDay;

    @Column(name = "visits_per_school")
    private int visitsPerSchool;

    @Column(name = "duration_minutes")
    private int durationMinutes;

    @Column(name = "seconds_limit")
    private int secondsLimit;

    @Enumerated(EnumType.STRING)
    private ProposalStatus status;

    /** The solver's score of the best proposal so far, as Timefold writes it. */
    private String score;

    /** {@code first-fit}: a greedy first fit only, no search after it; none: the full search. */
    private String search;

    @Column(name = "stop_requested")
    private boolean stopRequested;

    @Column(name = "created_by")
    private String createdBy;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "finished_at")
    private Instant finishedAt;

    /** When its latest solving began: when it was asked for, or solved again. */
    @Column(name = "solving_since")
    private Instant solvingSince;

    private String failure;

    @ElementCollection
    @CollectionTable(name = "proposal_visit", joinColumns = @JoinColumn(name = "proposal_id"))
    @OrderColumn(name = "position")
    private List<ProposedVisit> visits = new ArrayList<>();

    @Version private int version;

    protected Proposal() {}

    public Proposal(
            Campaign campaign,
            LocalDate firstDay,
            LocalDate lastDay,
            int visitsPerSchool,
            int durationMinutes,
            int secondsLimit,
            String createdBy,
            Instant createdAt) {
        this.campaign = campaign;
        this.firstDay = firstDay;
        this.lastDay = lastDay;
        this.visitsPerSchool = visitsPerSchool;
        this.durationMinutes = durationMinutes;
        this.secondsLimit = secondsLimit;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
        this.solvingSince = createdAt;
        this.status = ProposalStatus.SOLVING;
    }

    public static Long forumIdOf(Proposal proposal) {
        return proposal.getCampaign().getForum().getId();
    }

    /** The solver starts again, around the locked visits. */
    public void solveAgain(Instant at) {
        status = ProposalStatus.SOLVING;
        solvingSince = at;
        stopRequested = false;
        failure = null;
        finishedAt = null;
    }

    public void progress(String score) {
        this.score = score;
    }

    public void solved(String score, List<ProposedVisit> visits, Instant at) {
        this.score = score;
        this.visits.clear();
        this.visits.addAll(visits);
        this.status = ProposalStatus.SOLVED;
        this.finishedAt = at;
    }

    public void failed(String failure, Instant at) {
        this.failure =
                failure == null || failure.length() <= 1000 ? failure : failure.substring(0, 1000);
        this.status = ProposalStatus.FAILED;
        this.finishedAt = at;
    }

    public void committed() {
        this.status = ProposalStatus.COMMITTED;
    }

    public void requestStop() {
        this.stopRequested = true;
    }

    public Long getId() {
        return id;
    }

    public Campaign getCampaign() {
        return campaign;
    }

    public LocalDate getFirstDay() {
        return firstDay;
    }

    public LocalDate getLastDay() {
        return lastDay;
    }

    public int getVisitsPerSchool() {
        return visitsPerSchool;
    }

    public int getDurationMinutes() {
        return durationMinutes;
    }

    public int getSecondsLimit() {
        return secondsLimit;
    }

    public ProposalStatus getStatus() {
        return status;
    }

    public String getScore() {
        return score;
    }

    public boolean isFirstFitOnly() {
        return FIRST_FIT.equals(search);
    }

    public String getSearch() {
        return search == null ? "local-search" : search;
    }

    public void searchBy(String search) {
        this.search = search;
    }

    public boolean isStopRequested() {
        return stopRequested;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    /** When its latest solving began; proposals older than this column began when asked for. */
    public Instant getSolvingSince() {
        return solvingSince == null ? createdAt : solvingSince;
    }

    public Instant getFinishedAt() {
        return finishedAt;
    }

    public String getFailure() {
        return failure;
    }

    public List<ProposedVisit> getVisits() {
        return visits;
    }

    /** The schools the proposal is to place, each as often as {@link #getVisitsPerSchool}. */
    public void setVisits(List<ProposedVisit> visits) {
        this.visits.clear();
        this.visits.addAll(visits);
    }

    public int getVersion() {
        return version;
    }
}
