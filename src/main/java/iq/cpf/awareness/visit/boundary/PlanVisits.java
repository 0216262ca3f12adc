package iq.cpf.awareness.visit.boundary;

import iq.cpf.awareness.campaign.control.Campaigns;
import iq.cpf.awareness.material.control.Materials;
import iq.cpf.awareness.material.entity.ApprovalState;
import iq.cpf.awareness.platform.Caller;
import iq.cpf.awareness.platform.Language;
import iq.cpf.awareness.platform.Messages;
import iq.cpf.awareness.platform.Settings;
import iq.cpf.awareness.platform.boundary.FacesProblems;
import iq.cpf.awareness.school.control.Schools;
import iq.cpf.awareness.school.entity.School;
import iq.cpf.awareness.visit.control.VisitCalendar;
import iq.cpf.awareness.visit.control.Visits;
import iq.cpf.awareness.volunteer.control.Volunteers;
import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.transaction.Transactional;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.primefaces.PrimeFaces;
import org.primefaces.event.SelectEvent;
import org.primefaces.event.schedule.ScheduleEntryMoveEvent;
import org.primefaces.model.DefaultScheduleEvent;
import org.primefaces.model.LazyScheduleModel;
import org.primefaces.model.ScheduleEvent;
import org.primefaces.model.ScheduleModel;

/**
 * The visit planner: a calendar of visits, filtered by campaign and district; a dialog to schedule
 * one, warning of clashes while the organiser chooses; dragging a visit moves it (and so sends the
 * updates). Every change goes through the visits service, as the API's do, so the rules and emails
 * are those of the API.
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

    private Long campaignFilter;
    private String districtFilter;

    private Long editing;
    private Long campaignId;
    private Long schoolId;
    private LocalDateTime start;
    private Integer durationMinutes = 90;
    private List<Long> volunteerIds = new ArrayList<>();
    private List<Long> materialIds = new ArrayList<>();
    private Integer expectedStudents;
    private String warning;
    private Long selectedVisit;
    private String selectedTitle;
    private String reason;
    private List<Long> selectedTeam = new ArrayList<>();
    private List<Long> selectedMaterials = new ArrayList<>();

    private final ScheduleModel model =
            new LazyScheduleModel() {
                private static final long serialVersionUID = 1L;

                @Override
                public void loadEvents(LocalDateTime from, LocalDateTime to) {
                    events(from, to).forEach(this::addEvent);
                }
            };

    public ScheduleModel getModel() {
        return model;
    }

    public String getTimeZone() {
        return zone().getId();
    }

    private ZoneId zone() {
        return settings.timeZone();
    }

    private List<ScheduleEvent<Long>> events(LocalDateTime from, LocalDateTime to) {
        return calendar
                .between(
                        caller.scope(),
                        from.atZone(zone()).toInstant(),
                        to.atZone(zone()).toInstant(),
                        campaignFilter,
                        districtFilter)
                .stream()
                .map(this::event)
                .toList();
    }

    private ScheduleEvent<Long> event(VisitCalendar.Entry visit) {
        return DefaultScheduleEvent.<Long>builder()
                .id(String.valueOf(visit.id()))
                .title(visit.school() + " – " + visit.campaign())
                .description(visit.district())
                .startDate(LocalDateTime.ofInstant(visit.start(), zone()))
                .endDate(LocalDateTime.ofInstant(visit.end(), zone()))
                .styleClass("visit-" + visit.status().name().toLowerCase(Locale.ROOT))
                .data(visit.id())
                .draggable(true)
                .resizable(false)
                .build();
    }

    /** A click on an empty day or time opens the dialog for a new visit then. */
    public void onDateSelect(SelectEvent<LocalDateTime> event) {
        editing = null;
        start =
                event.getObject().getHour() == 0
                        ? event.getObject().withHour(9)
                        : event.getObject();
        schoolId = null;
        volunteerIds = new ArrayList<>();
        materialIds = new ArrayList<>();
        expectedStudents = null;
        durationMinutes = 90;
        warning = null;
    }

    /**
     * A click on a visit opens it: its team and lessons can be changed, or it can be cancelled with
     * a reason.
     */
    public void onEventSelect(SelectEvent<ScheduleEvent<Long>> event) {
        selectedVisit = event.getObject().getData();
        selectedTitle = event.getObject().getTitle();
        reason = null;
        VisitView visit = access.view(selectedVisit);
        selectedTeam = new ArrayList<>(visit.volunteerIds());
        selectedMaterials = new ArrayList<>(visit.materialIds());
    }

    /**
     * Saves the opened visit's team (the first leads) and lessons; the new people are invited,
     * removed ones told.
     */
    public void saveSelected() {
        try {
            VisitView visit = access.view(selectedVisit);
            change(
                    visit,
                    visits.plannedBy(
                            caller.email().orElse(null),
                            visit.campaignId(),
                            visit.schoolId(),
                            visit.start().toInstant(),
                            visit.durationMinutes(),
                            selectedTeam,
                            visit.expectedStudents(),
                            selectedMaterials));
            problems.info("planner.saved", visit.schoolName());
            PrimeFaces.current().executeScript("PF('cancelDialog').hide()");
        } catch (RuntimeException refused) {
            problems.show(refused);
        }
    }

    public List<Long> getSelectedTeam() {
        return selectedTeam;
    }

    public void setSelectedTeam(List<Long> selectedTeam) {
        this.selectedTeam = selectedTeam;
    }

    public List<Long> getSelectedMaterials() {
        return selectedMaterials;
    }

    public void setSelectedMaterials(List<Long> selectedMaterials) {
        this.selectedMaterials = selectedMaterials;
    }

    public void cancelSelected() {
        try {
            visits.cancel(caller.scope(), selectedVisit, caller.email().orElse(null), reason);
            problems.info("planner.cancelled");
            PrimeFaces.current().executeScript("PF('cancelDialog').hide()");
        } catch (RuntimeException refused) {
            problems.show(refused);
        }
    }

    public String getSelectedTitle() {
        return selectedTitle;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    /**
     * Dragging a visit moves it by the same amount; the team and school get their updates. Not in a
     * transaction of its own, so that a refused move rolls back the service's transaction only and
     * the page shows why.
     */
    public void onEventMove(ScheduleEntryMoveEvent event) {
        try {
            VisitView visit = access.view((Long) event.getScheduleEvent().getData());
            change(
                    visit,
                    visits.plannedBy(
                            caller.email().orElse(null),
                            visit.campaignId(),
                            visit.schoolId(),
                            visit.start().plus(event.getDeltaAsDuration()).toInstant(),
                            visit.durationMinutes(),
                            visit.volunteerIds(),
                            visit.expectedStudents(),
                            null));
            problems.info("planner.moved", visit.schoolName());
        } catch (RuntimeException refused) {
            problems.show(refused);
        }
    }

    /** Changes the visit as it was read: someone else's change since is refused as stale. */
    private void change(VisitView visit, Visits.Plan plan) {
        visits.change(
                caller.scope(), visit.id(), visit.version(), plan, caller.email().orElse(null));
    }

    /**
     * Checks the dialog's choice against the other visits while it is being made; nothing is
     * written.
     */
    public void check() {
        warning =
                visits.wouldClash(
                                schoolId,
                                volunteerIds,
                                start == null ? null : start.atZone(zone()).toInstant(),
                                durationMinutes,
                                editing)
                        .map(c -> Messages.get(locale(), c.messageKey(), c.args()))
                        .orElse(null);
    }

    public void schedule() {
        try {
            visits.schedule(
                    caller.scope(),
                    visits.plannedBy(
                            caller.email().orElse(null),
                            campaignId,
                            schoolId,
                            start == null ? null : start.atZone(zone()).toInstant(),
                            durationMinutes,
                            volunteerIds,
                            expectedStudents,
                            materialIds));
            problems.info("planner.scheduled");
            PrimeFaces.current().executeScript("PF('visitDialog').hide()");
        } catch (RuntimeException refused) {
            problems.show(refused);
            check();
        }
    }

    private static Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }

    @Transactional
    public List<SelectItem> getCampaignItems() {
        return campaigns.list(caller.scope(), null, null, null, null, 0, 200).items().stream()
                .map(c -> new SelectItem(c.getId(), c.getName()))
                .toList();
    }

    @Transactional
    public List<SelectItem> getSchoolItems() {
        return schools.list(caller.scope(), null, null, null, null, null, 0, 2000).items().stream()
                .map(s -> new SelectItem(s.getId(), s.getName() + " (" + s.getDistrict() + ")"))
                .toList();
    }

    @Transactional
    public List<String> getDistricts() {
        return schools.list(caller.scope(), null, null, null, null, null, 0, 500).items().stream()
                .map(School::getDistrict)
                .distinct()
                .sorted()
                .toList();
    }

    @Transactional
    public List<SelectItem> getVolunteerItems() {
        return volunteers.list(caller.scope(), null, null, null, 0, 2000).items().stream()
                .map(v -> new SelectItem(v.getId(), v.getName()))
                .toList();
    }

    /** Only approved lessons can go to a visit, so only they are offered. */
    @Transactional
    public List<SelectItem> getMaterialItems() {
        Language language = Language.of(locale());
        return materials
                .list(null, null, null, null, ApprovalState.APPROVED, 0, 200)
                .items()
                .stream()
                .filter(m -> m.approved().isPresent())
                .map(
                        m ->
                                new SelectItem(
                                        m.getId(), m.approved().get().textFor(language).getTitle()))
                .toList();
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

    public List<Long> getVolunteerIds() {
        return volunteerIds;
    }

    public void setVolunteerIds(List<Long> volunteerIds) {
        this.volunteerIds = volunteerIds;
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
