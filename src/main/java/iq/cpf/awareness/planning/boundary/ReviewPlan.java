package iq.cpf.awareness.planning.boundary;

import iq.cpf.awareness.planning.control.Proposals;
import iq.cpf.awareness.planning.entity.Proposal;
import iq.cpf.awareness.planning.entity.ProposalStatus;
import iq.cpf.awareness.platform.Caller;
import iq.cpf.awareness.platform.InTransaction;
import iq.cpf.awareness.platform.Messages;
import iq.cpf.awareness.platform.NotFound;
import iq.cpf.awareness.platform.boundary.FacesProblems;
import iq.cpf.awareness.visit.boundary.PlannerDrafts;
import iq.cpf.awareness.visit.entity.Visit;
import iq.cpf.awareness.volunteer.control.Volunteers;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.primefaces.PrimeFaces;
import org.primefaces.model.DefaultScheduleEvent;
import org.primefaces.model.ScheduleEvent;

/**
 * Auto-planning in the planner: the organiser asks the solver for a proposal of a campaign's
 * visits, sees it on the calendar as drafts beside the scheduled visits, drags a draft to another
 * time (which locks it there), locks or unlocks one with a click, solves again around the locked
 * ones, and commits. Unplaced schools are listed with the reason. Every action goes through the
 * proposals service, as the API's do. {@code ?plan=ID} opens a proposal.
 */
@Named
@ViewScoped
public class ReviewPlan implements PlannerDrafts, Serializable {

    private static final long serialVersionUID = 1L;

    @Inject Proposals proposals;
    @Inject Volunteers volunteers;
    @Inject Caller caller;
    @Inject FacesProblems problems;

    private Long plan;
    private PlanView view;

    private Long campaignId;
    private String district;
    private LocalDate from;
    private LocalDate to;
    private Integer visitsPerSchool = 1;
    private Integer secondsLimit = 30;

    private final Map<Long, String> names = new HashMap<>();

    /** Opens the proposal the address names, if any and in the organiser's scope. */
    public void open() {
        if (plan != null) {
            refresh();
        }
    }

    /**
     * Reads the open proposal again: while it is solved, the page asks every two seconds, and stops
     * asking when the answer says it is no longer solving. Called by the page and after each action
     * of this bean, so it reads the proposal whole rather than counting on a transaction of its
     * own.
     */
    public void refresh() {
        if (plan == null) {
            view = null;
        } else {
            try {
                view = view(proposals.whole(caller.scope(), plan));
            } catch (NotFound gone) {
                plan = null;
                view = null;
                problems.show(gone);
            }
        }
        tellSolving();
    }

    private void tellSolving() {
        if (PrimeFaces.current().isAjaxRequest()) {
            PrimeFaces.current().ajax().addCallbackParam("solving", isSolving());
        }
    }

    /** Asks the solver for a proposal of the chosen campaign's visits to a district's schools. */
    @InTransaction
    public void propose() {
        if (campaignId == null) {
            problems.info("planner.plan.chooseCampaign");
            return;
        }
        try {
            Proposal proposal =
                    proposals.propose(
                            caller.scope(),
                            campaignId,
                            new Proposals.Request(
                                    null,
                                    district,
                                    from,
                                    to,
                                    visitsPerSchool,
                                    null,
                                    secondsLimit,
                                    null),
                            caller.email().orElse(null));
            plan = proposal.getId();
            view = view(proposal);
            tellSolving();
        } catch (RuntimeException refused) {
            problems.show(refused, "planner");
        }
    }

    public void stop() {
        act(() -> proposals.stop(caller.scope(), plan), null, null);
    }

    public void solveAgain() {
        act(() -> proposals.solveAgain(caller.scope(), plan), null, null);
    }

    /** Schedules the proposal's visits with their invitations, all or nothing. */
    public void commit() {
        try {
            List<Visit> scheduled =
                    proposals.commit(caller.scope(), plan, caller.email().orElse(null));
            problems.info("planner.plan.committed", scheduled.size());
        } catch (RuntimeException refused) {
            problems.show(refused);
        }
        refresh();
    }

    /** Puts the proposal away; it stays where the API can read it. */
    public void close() {
        plan = null;
        view = null;
    }

    @Override
    public List<ScheduleEvent<Long>> events(LocalDateTime from, LocalDateTime to, ZoneId zone) {
        if (view == null || view.status() != ProposalStatus.SOLVED) {
            return List.of();
        }
        return view.visits().stream()
                .filter(v -> v.visitId() == null)
                .filter(
                        v ->
                                v.end().isAfter(from.atZone(zone).toInstant())
                                        && v.start().isBefore(to.atZone(zone).toInstant()))
                .map(v -> event(v, zone))
                .toList();
    }

    private ScheduleEvent<Long> event(PlanView.Placed visit, ZoneId zone) {
        String what =
                visit.schoolName()
                        + " – "
                        + String.join(", ", visit.volunteerIds().stream().map(this::name).toList());
        return DefaultScheduleEvent.<Long>builder()
                .id(PREFIX + visit.index())
                .title(
                        Messages.get(
                                locale(),
                                visit.locked() ? "planner.draftLockedTitle" : "planner.draftTitle",
                                what))
                .startDate(LocalDateTime.ofInstant(visit.start(), zone))
                .endDate(LocalDateTime.ofInstant(visit.end(), zone))
                .styleClass(visit.locked() ? "visit-draft visit-locked" : "visit-draft")
                .draggable(true)
                .resizable(false)
                .build();
    }

    @Override
    public Optional<Long> campaignId() {
        return view == null ? Optional.empty() : Optional.of(view.campaignId());
    }

    /** A dragged draft keeps its team and is locked at its new time, if nothing forbids it. */
    @Override
    public void moved(ScheduleEvent<?> event, Duration delta) {
        placed(event)
                .ifPresent(
                        visit ->
                                act(
                                        () ->
                                                proposals.move(
                                                        caller.scope(),
                                                        plan,
                                                        visit.index(),
                                                        visit.start().plus(delta)),
                                        "planner.draftMoved",
                                        visit.schoolName()));
    }

    /** A click on a draft locks it, or unlocks it when it was. */
    @Override
    public void selected(ScheduleEvent<?> event) {
        placed(event)
                .ifPresent(
                        visit ->
                                act(
                                        () ->
                                                proposals.lock(
                                                        caller.scope(),
                                                        plan,
                                                        visit.index(),
                                                        !visit.locked()),
                                        visit.locked()
                                                ? "planner.draftUnlocked"
                                                : "planner.draftLocked",
                                        visit.schoolName()));
    }

    private Optional<PlanView.Placed> placed(ScheduleEvent<?> event) {
        if (view == null) {
            return Optional.empty();
        }
        int index = Integer.parseInt(event.getId().substring(PREFIX.length()));
        return view.visits().stream().filter(v -> v.index() == index).findFirst();
    }

    /**
     * One action on the open proposal, then the proposal as it now is; a refusal is shown in the
     * API's words. Not in a transaction of its own, so that a refusal rolls back only the
     * service's.
     */
    private void act(Supplier<Proposal> action, String done, String school) {
        try {
            action.get();
            if (done != null) {
                problems.info(done, school);
            }
        } catch (RuntimeException refused) {
            problems.show(refused);
        }
        refresh();
    }

    private PlanView view(Proposal proposal) {
        return PlanView.of(proposal, proposals.schoolNames(proposal), locale());
    }

    private String name(Long id) {
        return names.computeIfAbsent(id, key -> volunteers.nameFor(caller.scope(), key));
    }

    private static Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }

    public boolean isOpen() {
        return view != null;
    }

    public boolean isSolving() {
        return view != null && view.status() == ProposalStatus.SOLVING;
    }

    public boolean isSolved() {
        return view != null && view.status() == ProposalStatus.SOLVED;
    }

    public boolean isSolvable() {
        return view != null
                && (view.status() == ProposalStatus.SOLVED
                        || view.status() == ProposalStatus.FAILED);
    }

    public String getStatus() {
        return view == null
                ? null
                : Messages.get(
                        locale(), "plan.status." + view.status().name().toLowerCase(Locale.ROOT));
    }

    public PlanView getView() {
        return view;
    }

    public long getDrafts() {
        return view == null ? 0 : view.visits().stream().filter(v -> v.visitId() == null).count();
    }

    public Long getPlan() {
        return plan;
    }

    public void setPlan(Long plan) {
        this.plan = plan;
    }

    public Long getCampaignId() {
        return campaignId;
    }

    public void setCampaignId(Long campaignId) {
        this.campaignId = campaignId;
    }

    public String getDistrict() {
        return district;
    }

    public void setDistrict(String district) {
        this.district = district;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }

    public Integer getVisitsPerSchool() {
        return visitsPerSchool;
    }

    public void setVisitsPerSchool(Integer visitsPerSchool) {
        this.visitsPerSchool = visitsPerSchool;
    }

    public Integer getSecondsLimit() {
        return secondsLimit;
    }

    public void setSecondsLimit(Integer secondsLimit) {
        this.secondsLimit = secondsLimit;
    }
}
