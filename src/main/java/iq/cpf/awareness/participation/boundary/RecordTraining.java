package iq.cpf.awareness.participation.boundary;

import iq.cpf.awareness.campaign.control.Campaigns;
import iq.cpf.awareness.campaign.entity.Campaign;
import iq.cpf.awareness.forum.control.Forums;
import iq.cpf.awareness.forum.entity.Forum;
import iq.cpf.awareness.participation.boundary.TrainingInput.AttendanceInput;
import iq.cpf.awareness.participation.control.Trainings;
import iq.cpf.awareness.platform.Caller;
import iq.cpf.awareness.platform.InTransaction;
import iq.cpf.awareness.platform.boundary.FacesProblems;
import iq.cpf.awareness.platform.boundary.Paging;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The trainings page: the reach ledger's trainings and workshops, and a form to record one with its
 * people by role and gender. It reads the form as the API reads its body ({@link
 * TrainingInput#description()}) and records it through the same service, so its rules and messages
 * are the API's.
 */
@Named
@ViewScoped
public class RecordTraining implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject Trainings trainings;
    @Inject Caller caller;
    @Inject Forums forums;
    @Inject Campaigns campaigns;
    @Inject FacesProblems problems;

    private Long forumId;
    private Long campaignId;
    private String kind = "workshop";
    private String title;
    private LocalDate heldOn;
    private Integer sessions = 1;
    private String notes;

    /**
     * Women and men per role, in the order police, community, teacher; a role left at zero is not
     * recorded.
     */
    private final Integer[] women = new Integer[3];

    private final Integer[] men = new Integer[3];

    @InTransaction
    public List<TrainingView> getTrainings() {
        return trainings
                .list(caller.scope(), null, null, null, null, 0, Paging.MAX_SIZE)
                .map(TrainingView::of)
                .items();
    }

    public void save() {
        List<String> roles = List.of("police", "community", "teacher");
        List<AttendanceInput> attendance = new ArrayList<>();
        for (int i = 0; i < roles.size(); i++) {
            int w = women[i] == null ? 0 : women[i];
            int m = men[i] == null ? 0 : men[i];
            if (w + m > 0) {
                attendance.add(new AttendanceInput(roles.get(i), w, m));
            }
        }
        TrainingInput input =
                new TrainingInput(
                        forumId,
                        campaignId,
                        kind,
                        title,
                        heldOn == null ? null : heldOn.toString(),
                        null,
                        null,
                        sessions,
                        notes,
                        attendance,
                        null);
        try {
            trainings.create(caller.scope(), input.description(), caller.email().orElse(""));
        } catch (RuntimeException refused) {
            problems.show(refused);
            return;
        }
        problems.info("trainings.saved", title);
        title = null;
        notes = null;
        Arrays.fill(women, null);
        Arrays.fill(men, null);
    }

    public List<Forum> getForums() {
        return forums.list(caller.scope(), null, 0, 200).items();
    }

    public List<Campaign> getCampaigns() {
        return campaigns.list(caller.scope(), null, forumId, null, null, 0, 200).items();
    }

    public String role(String role) {
        return "summary.role." + role.toLowerCase(Locale.ROOT);
    }

    public Integer[] getWomen() {
        return women;
    }

    public Integer[] getMen() {
        return men;
    }

    public Long getForumId() {
        return forumId;
    }

    public void setForumId(Long forumId) {
        this.forumId = forumId;
    }

    public Long getCampaignId() {
        return campaignId;
    }

    public void setCampaignId(Long campaignId) {
        this.campaignId = campaignId;
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public LocalDate getHeldOn() {
        return heldOn;
    }

    public void setHeldOn(LocalDate heldOn) {
        this.heldOn = heldOn;
    }

    public Integer getSessions() {
        return sessions;
    }

    public void setSessions(Integer sessions) {
        this.sessions = sessions;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }
}
