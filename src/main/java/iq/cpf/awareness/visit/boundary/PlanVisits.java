package iq.cpf.awareness.visit.boundary;

import iq.cpf.awareness.campaign.control.Campaigns;
import iq.cpf.awareness.material.control.Materials;
import iq.cpf.awareness.material.entity.ApprovalState;
import iq.cpf.awareness.platform.Caller;
import iq.cpf.awareness.platform.InTransaction;
import iq.cpf.awareness.platform.Language;
import iq.cpf.awareness.platform.Messages;
import iq.cpf.awareness.platform.RulesBroken;
import iq.cpf.awareness.platform.Settings;
import iq.cpf.awareness.platform.boundary.FacesProblems;
import iq.cpf.awareness.school.control.Schools;
import iq.cpf.awareness.school.entity.School;
import iq.cpf.awareness.visit.control.VisitCalendar;
import iq.cpf.awareness.visit.control.Visits;
import iq.cpf.awareness.visit.entity.VisitStatus;
import iq.cpf.awareness.volunteer.control.Volunteers;
import iq.cpf.awareness.volunteer.entity.Volunteer;
import jakarta.enterprise.inject.Instance;
import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.primefaces.PrimeFaces;
import org.primefaces.event.SelectEvent;
import org.primefaces.event.schedule.ScheduleEntryMoveEvent;
import org.primefaces.model.DefaultScheduleEvent;
import org.primefaces.model.LazyScheduleModel;
import org.primefaces.model.ScheduleEvent;
import org.primefaces.model.ScheduleModel;

/**
 * The visit planner: a calendar of visits in the campaign's zone, coloured by status and filtered
 * by campaign and district; one dialog to schedule a visit or to change or cancel one, warning of
 * clashes while the organiser chooses; dragging a visit moves it (and so sends the updates). Every
 * change goes through the visits service, as the API's do, so the rules and emails are those of the
 * API.
 */
@Named
@ViewScoped
public class PlanVisits implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject VisitAccess access;
    @Inject Caller caller;
    @Inject Visits visits;
    @Inject Campaigns campaigns;
    @Inject Schools schools;
    @Inject Volunteers volunteers;
    @Inject Materials materials;
    @Inject Settings settings;
    @Inject VisitCalendar calendar;
    @Inject FacesProblems problems;
    @Inject Instance<PlannerDrafts> drafts;

    private Long campaignFilter;
    private String districtFilter;
    private boolean showCancelled = true;

    /** The visit open in the dialog; {@code null} while a new one is being planned. */
    private Long editing;

    private int editingVersion;
    private VisitStatus editingStatus;
    private Long campaignId;
    private Long schoolId;
    private String title;
    private String schoolName;
    private LocalDateTime start;
    private Integer durationMinutes = 90;
    private List<Long> chosen = new ArrayList<>();
    private List<Long> team = new ArrayList<>();
    private List<Long> materialIds = new ArrayList<>();
    private Integer expectedStudents;
    private String warning;
    private String ruleWarning;
    private String overrideReason;
    private String reason;
    private boolean confirmingCancel;

    /** Names of the volunteers shown in the dialog, looked up once per view. */
    private final Map<Long, String> names = new HashMap<>();

    private final ScheduleModel model =
            new LazyScheduleModel() {
                private static final long serialVersionUID = 1L;

                @Override
                public void loadEvents(LocalDateTime from, LocalDateTime to) {
                    events(from, to).forEach(this::addEvent);
                    drafts.forEach(d -> d.events(from, to, zone()).forEach(this::addEvent));
                }
            };

    public ScheduleModel getModel() {
        return model;
    }

    /**
     * The zone the planner shows and reads times in: the filtered campaign's, else the
     * application's. The calendar itself is told its times are UTC (see planner.xhtml), so that the
     * browser's own zone never shifts what the organiser sees or clicks.
     */
    public String getTimeZone() {
        return zone().getId();
    }

    public String getZoneLabel() {
        ZoneId zone = zone();
        return zone.getId() + " (UTC" + zone.getRules().getOffset(Instant.now()).getId() + ")";
    }

    private ZoneId zone() {
        Long campaign = campaignFilter;
        if (campaign == null) {
            campaign =
                    drafts.stream().flatMap(d -> d.campaignId().stream()).findFirst().orElse(null);
        }
        return campaign == null
                ? settings.timeZone()
                : campaigns.get(caller.scope(), campaign).zone();
    }

    private List<ScheduleEvent<Long>> events(LocalDateTime from, LocalDateTime to) {
        ZoneId zone = zone();
        return calendar
                .between(
                        caller.scope(),
                        from.atZone(zone).toInstant(),
                        to.atZone(zone).toInstant(),
                        campaignFilter,
                        districtFilter,
                        showCancelled)
                .stream()
                .map(visit -> event(visit, zone))
                .toList();
    }

    private static ScheduleEvent<Long> event(VisitCalendar.Entry visit, ZoneId zone) {
        boolean movable = movable(visit.status());
        return DefaultScheduleEvent.<Long>builder()
                .id(String.valueOf(visit.id()))
                .title(visit.school() + " – " + visit.campaign())
                .description(visit.district())
                .startDate(LocalDateTime.ofInstant(visit.start(), zone))
                .endDate(LocalDateTime.ofInstant(visit.end(), zone))
                .styleClass("visit-" + visit.status().name().toLowerCase(Locale.ROOT))
                .data(visit.id())
                .draggable(movable)
                .resizable(false)
                .build();
    }

    /** Held and cancelled visits stay where they were: the API refuses to move them too. */
    private static boolean movable(VisitStatus status) {
        return status == VisitStatus.PLANNED || status == VisitStatus.CONFIRMED;
    }

    /** A click on an empty day or time opens the dialog for a new visit then. */
    public void onDateSelect(SelectEvent<LocalDateTime> event) {
        editing = null;
        editingStatus = null;
        campaignId = campaignFilter;
        title = null;
        start =
                event.getObject().getHour() == 0
                        ? event.getObject().withHour(9)
                        : event.getObject();
        schoolId = null;
        chosen = new ArrayList<>();
        team = new ArrayList<>();
        materialIds = new ArrayList<>();
        expectedStudents = null;
        durationMinutes = 90;
        warning = null;
        ruleWarning = null;
        overrideReason = null;
        reason = null;
        confirmingCancel = false;
    }

    /**
     * A click on a visit opens it in the same dialog: its day, time, duration, team and lessons can
     * be changed, or it can be cancelled with a reason.
     */
    public void onEventSelect(SelectEvent<ScheduleEvent<Long>> event) {
        if (PlannerDrafts.isDraft(event.getObject())) {
            drafts.forEach(d -> d.selected(event.getObject()));
            PrimeFaces.current().ajax().addCallbackParam("draft", true);
            return;
        }
        VisitView visit = access.view(event.getObject().getData());
        editing = visit.id();
        editingVersion = visit.version();
        editingStatus = visit.status();
        campaignId = visit.campaignId();
        schoolId = visit.schoolId();
        title = event.getObject().getTitle();
        schoolName = visit.schoolName();
        start = LocalDateTime.ofInstant(visit.start().toInstant(), zone());
        durationMinutes = visit.durationMinutes();
        chosen = new ArrayList<>(visit.volunteerIds());
        team = new ArrayList<>(visit.volunteerIds());
        materialIds = new ArrayList<>(visit.materialIds());
        expectedStudents = visit.expectedStudents();
        warning = null;
        ruleWarning = null;
        overrideReason = null;
        reason = null;
        confirmingCancel = false;
    }

    /**
     * The chosen volunteers in the order of the ordered list, newly chosen ones last: the order is
     * the organiser's, and its first leads.
     */
    public void onTeamChosen() {
        List<Long> ordered = new ArrayList<>(team);
        ordered.retainAll(chosen);
        chosen.stream().filter(id -> !ordered.contains(id)).forEach(ordered::add);
        team = ordered;
        check();
    }

    /** Schedules the new visit, or saves the open one; the people concerned are told by email. */
    public void save() {
        Instant at = start == null ? null : start.atZone(zone()).toInstant();
        try {
            Visits.Plan plan =
                    visits.plannedBy(
                            caller.email().orElse(null),
                            campaignId,
                            schoolId,
                            at,
                            durationMinutes,
                            team,
                            expectedStudents,
                            materialIds,
                            overrideReason);
            if (editing == null) {
                visits.schedule(caller.scope(), plan);
                problems.info("planner.scheduled");
            } else {
                visits.change(
                        caller.scope(), editing, editingVersion, plan, caller.email().orElse(null));
                problems.info("planner.saved", schoolName);
            }
            PrimeFaces.current().executeScript("PF('visitDialog').hide()");
        } catch (RuntimeException refused) {
            problems.show(refused);
            check();
        }
    }

    /** The first click on "cancel": the dialog asks whether to, since everyone will be emailed. */
    public void askToCancel() {
        confirmingCancel = true;
    }

    public void keepVisit() {
        confirmingCancel = false;
    }

    public boolean isConfirmingCancel() {
        return confirmingCancel;
    }

    /** Cancels the open visit, after the organiser confirmed it; everyone concerned is told. */
    public void cancelVisit() {
        confirmingCancel = false;
        try {
            visits.cancel(caller.scope(), editing, caller.email().orElse(null), reason);
            problems.info("planner.cancelled");
            PrimeFaces.current().executeScript("PF('visitDialog').hide()");
        } catch (RuntimeException refused) {
            problems.show(refused);
        }
    }

    /**
     * Dragging a visit moves it by the same amount; the team and school get their updates. Not in a
     * transaction of its own, so that a refused move rolls back the service's transaction only and
     * the page shows why.
     */
    public void onEventMove(ScheduleEntryMoveEvent event) {
        if (PlannerDrafts.isDraft(event.getScheduleEvent())) {
            drafts.forEach(d -> d.moved(event.getScheduleEvent(), event.getDeltaAsDuration()));
            return;
        }
        try {
            VisitView visit = access.view((Long) event.getScheduleEvent().getData());
            visits.change(
                    caller.scope(),
                    visit.id(),
                    visit.version(),
                    visits.plannedBy(
                            caller.email().orElse(null),
                            visit.campaignId(),
                            visit.schoolId(),
                            visit.start().plus(event.getDeltaAsDuration()).toInstant(),
                            visit.durationMinutes(),
                            visit.volunteerIds(),
                            visit.expectedStudents(),
                            null,
                            null),
                    caller.email().orElse(null));
            problems.info("planner.moved", visit.schoolName());
        } catch (RuntimeException refused) {
            problems.show(refused);
        }
    }

    /**
     * Checks the dialog's choice against the other visits while it is being made; nothing is
     * written.
     */
    public void check() {
        warning =
                visits.wouldClash(
                                schoolId,
                                team,
                                start == null ? null : start.atZone(zone()).toInstant(),
                                durationMinutes,
                                editing)
                        .map(c -> Messages.get(locale(), c.messageKey(), c.args()))
                        .orElse(null);
        List<RulesBroken.Rule> broken =
                visits.wouldBreakRules(
                        schoolId,
                        campaignId,
                        team,
                        start == null ? null : start.atZone(zone()).toInstant(),
                        durationMinutes,
                        editing);
        ruleWarning =
                broken.isEmpty()
                        ? null
                        : broken.stream()
                                .map(r -> Messages.get(locale(), r.name(), r.args()))
                                .collect(Collectors.joining(" "));
    }

    /**
     * What the visit breaks of the school's calendar, while it is being chosen: the dialog then
     * asks for the reason to schedule it all the same.
     */
    public String getRuleWarning() {
        return ruleWarning;
    }

    public String getOverrideReason() {
        return overrideReason;
    }

    public void setOverrideReason(String overrideReason) {
        this.overrideReason = overrideReason;
    }

    private static Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }

    @InTransaction
    public List<SelectItem> getCampaignItems() {
        return campaigns.list(caller.scope(), null, null, null, null, 0, 200).items().stream()
                .map(c -> new SelectItem(c.getId(), c.getName()))
                .toList();
    }

    @InTransaction
    public List<SelectItem> getSchoolItems() {
        return schools.list(caller.scope(), null, null, null, null, null, 0, 2000).items().stream()
                .map(s -> new SelectItem(s.getId(), s.getName() + " (" + s.getDistrict() + ")"))
                .toList();
    }

    @InTransaction
    public List<String> getDistricts() {
        return schools.list(caller.scope(), null, null, null, null, null, 0, 500).items().stream()
                .map(School::getDistrict)
                .distinct()
                .sorted()
                .toList();
    }

    /** The volunteers whose name contains what the organiser typed, for the team picker. */
    @InTransaction
    public List<Long> completeVolunteer(String query) {
        return volunteers.list(caller.scope(), null, null, query, 0, 20).items().stream()
                .map(Volunteer::getId)
                .toList();
    }

    /**
     * A team member's name; one the organiser may not see (a volunteer of another forum on a shared
     * visit) is named by number, so that such a visit still opens.
     */
    public String volunteerName(Long id) {
        if (id == null) {
            return "";
        }
        return names.computeIfAbsent(id, key -> volunteers.nameFor(caller.scope(), key));
    }

    /**
     * Only approved lessons on the campaign's topic can go to its visits, so only they are offered.
     */
    @InTransaction
    public List<SelectItem> getMaterialItems() {
        if (campaignId == null) {
            return List.of();
        }
        Language language = Language.of(locale());
        String topic = campaigns.get(caller.scope(), campaignId).getTopic().getSlug();
        return materials
                .list(topic, null, null, null, ApprovalState.APPROVED, 0, 200)
                .items()
                .stream()
                .filter(m -> m.approved().isPresent())
                .map(
                        m ->
                                new SelectItem(
                                        m.getId(), m.approved().get().textFor(language).getTitle()))
                .toList();
    }

    /** Lessons chosen for another campaign's topic are dropped when the campaign changes. */
    @InTransaction
    public void onCampaignChosen() {
        List<Long> offered =
                getMaterialItems().stream().map(item -> (Long) item.getValue()).toList();
        materialIds = new ArrayList<>(materialIds);
        materialIds.retainAll(offered);
        check();
    }

    public boolean isEditing() {
        return editing != null;
    }

    /** Whether the open visit can still be changed: held and cancelled ones cannot. */
    public boolean isChangeable() {
        return editing == null || movable(editingStatus);
    }

    public boolean isCancellable() {
        return editing != null && editingStatus != VisitStatus.CANCELLED;
    }

    public String getStatus() {
        return editingStatus == null
                ? null
                : Messages.get(
                        locale(), "visit.status." + editingStatus.name().toLowerCase(Locale.ROOT));
    }

    public String getTitle() {
        return title;
    }

    public boolean isShowCancelled() {
        return showCancelled;
    }

    public void setShowCancelled(boolean showCancelled) {
        this.showCancelled = showCancelled;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public Long getCampaignFilter() {
        return campaignFilter;
    }

    public void setCampaignFilter(Long campaignFilter) {
        this.campaignFilter = campaignFilter;
    }

    public String getDistrictFilter() {
        return districtFilter;
    }

    public void setDistrictFilter(String districtFilter) {
        this.districtFilter = districtFilter;
    }

    public Long getCampaignId() {
        return campaignId;
    }

    public void setCampaignId(Long campaignId) {
        this.campaignId = campaignId;
    }

    public Long getSchoolId() {
        return schoolId;
    }

    public void setSchoolId(Long schoolId) {
        this.schoolId = schoolId;
    }

    public LocalDateTime getStart() {
        return start;
    }

    public void setStart(LocalDateTime start) {
        this.start = start;
    }

    public Integer getDurationMinutes() {
        return durationMinutes;
    }

    public void setDurationMinutes(Integer durationMinutes) {
        this.durationMinutes = durationMinutes;
    }

    public List<Long> getChosen() {
        return chosen;
    }

    public void setChosen(List<Long> chosen) {
        this.chosen = chosen == null ? new ArrayList<>() : new ArrayList<>(chosen);
    }

    public List<Long> getTeam() {
        return team;
    }

    public void setTeam(List<Long> team) {
        this.team = team == null ? new ArrayList<>() : new ArrayList<>(team);
    }

    public List<Long> getMaterialIds() {
        return materialIds;
    }

    public void setMaterialIds(List<Long> materialIds) {
        this.materialIds = materialIds;
    }

    public Integer getExpectedStudents() {
        return expectedStudents;
    }

    public void setExpectedStudents(Integer expectedStudents) {
        this.expectedStudents = expectedStudents;
    }

    public String getWarning() {
        return warning;
    }
}
