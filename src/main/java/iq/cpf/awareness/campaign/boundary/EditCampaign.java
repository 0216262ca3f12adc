package iq.cpf.awareness.campaign.boundary;

import iq.cpf.awareness.campaign.boundary.CampaignInput.ReminderInput;
import iq.cpf.awareness.campaign.control.Campaigns;
import iq.cpf.awareness.campaign.control.Topics;
import iq.cpf.awareness.campaign.entity.Audience;
import iq.cpf.awareness.campaign.entity.CampaignStatus;
import iq.cpf.awareness.campaign.entity.ReminderRule;
import iq.cpf.awareness.campaign.entity.Topic;
import iq.cpf.awareness.forum.control.Forums;
import iq.cpf.awareness.forum.entity.Forum;
import iq.cpf.awareness.platform.Caller;
import iq.cpf.awareness.platform.Language;
import iq.cpf.awareness.platform.boundary.FacesProblems;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.transaction.Transactional;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The campaigns page: the list, and one form to create a campaign or edit one with its reminder
 * rules. The form becomes the same input the API reads and goes to the same service, so the rules
 * and the messages are the API's.
 */
@Named
@ViewScoped
public class EditCampaign implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject Caller caller;
    @Inject Campaigns campaigns;
    @Inject Topics topics;
    @Inject Forums forums;
    @Inject FacesProblems problems;

    private Long id;
    private Integer version;
    private String name;
    private String topic;
    private Long forumId;
    private String governorate;
    private String districts;
    private LocalDate startDate;
    private LocalDate endDate;
    private CampaignStatus status = CampaignStatus.DRAFT;
    private boolean openSignUp;
    private final List<Rule> reminders = defaultRules();

    /** One reminder rule as the form edits it. */
    public static class Rule implements Serializable {
        private static final long serialVersionUID = 1L;
        private Audience audience;
        private String before;

        Rule(Audience audience, String before) {
            this.audience = audience;
            this.before = before;
        }

        public Audience getAudience() {
            return audience;
        }

        public void setAudience(Audience audience) {
            this.audience = audience;
        }

        public String getBefore() {
            return before;
        }

        public void setBefore(String before) {
            this.before = before;
        }
    }

    @Transactional
    public List<CampaignView> getCampaigns() {
        return campaigns
                .list(caller.scope(), null, null, null, null, 0, 200)
                .map(CampaignView::of)
                .items();
    }

    public List<Topic> getTopics() {
        return topics.all();
    }

    public List<Forum> getForums() {
        return forums.list(caller.scope(), null, 0, 200).items();
    }

    public String topicName(Topic t) {
        return t.name(Language.of(FacesContext.getCurrentInstance().getViewRoot().getLocale()));
    }

    public List<Audience> getAudiences() {
        return Arrays.asList(Audience.values());
    }

    public List<CampaignStatus> getStatuses() {
        return Arrays.asList(CampaignStatus.values());
    }

    public void edit(CampaignView campaign) {
        id = campaign.id();
        version = campaign.version();
        name = campaign.name();
        topic = campaign.topic();
        forumId = campaign.forumId();
        governorate = campaign.governorate();
        districts = String.join(", ", campaign.districts());
        startDate = campaign.startDate();
        endDate = campaign.endDate();
        status = campaign.status();
        openSignUp = campaign.openSignUp();
        reminders.clear();
        campaign.reminders().forEach(r -> reminders.add(new Rule(r.audience(), r.before())));
    }

    public void addReminder() {
        reminders.add(new Rule(Audience.SCHOOL, "P1D"));
    }

    public void removeReminder(Rule rule) {
        reminders.remove(rule);
    }

    public void save() {
        List<String> districtList =
                districts == null
                        ? List.of()
                        : Arrays.stream(districts.split(","))
                                .map(String::trim)
                                .filter(d -> !d.isEmpty())
                                .toList();
        CampaignInput input =
                new CampaignInput(
                        name,
                        topic,
                        forumId,
                        null,
                        governorate,
                        districtList,
                        startDate,
                        endDate,
                        status,
                        null,
                        null,
                        null,
                        reminders.stream()
                                .map(r -> new ReminderInput(r.audience, r.before))
                                .toList(),
                        openSignUp,
                        version);
        try {
            if (id == null) {
                campaigns.create(caller.scope(), input.details());
            } else {
                campaigns.update(caller.scope(), id, version, input.details());
            }
        } catch (RuntimeException refused) {
            problems.show(refused);
            return;
        }
        problems.info("campaigns.saved", name);
        reset();
    }

    public void reset() {
        id = null;
        version = null;
        name = null;
        topic = null;
        forumId = null;
        governorate = null;
        districts = null;
        startDate = null;
        endDate = null;
        status = CampaignStatus.DRAFT;
        openSignUp = false;
        reminders.clear();
        reminders.addAll(defaultRules());
    }

    /** The rules a new campaign starts with: the API's defaults. */
    private static List<Rule> defaultRules() {
        return new ArrayList<>(
                ReminderRule.DEFAULTS.stream()
                        .map(r -> new Rule(r.getAudience(), r.getBefore()))
                        .toList());
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getTopic() {
        return topic;
    }

    public void setTopic(String topic) {
        this.topic = topic;
    }

    public Long getForumId() {
        return forumId;
    }

    public void setForumId(Long forumId) {
        this.forumId = forumId;
    }

    public String getGovernorate() {
        return governorate;
    }

    public void setGovernorate(String governorate) {
        this.governorate = governorate;
    }

    public String getDistricts() {
        return districts;
    }

    public void setDistricts(String districts) {
        this.districts = districts;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public void setStartDate(LocalDate startDate) {
        this.startDate = startDate;
    }

    public LocalDate getEndDate() {
        return endDate;
    }

    public void setEndDate(LocalDate endDate) {
        this.endDate = endDate;
    }

    public CampaignStatus getStatus() {
        return status;
    }

    public void setStatus(CampaignStatus status) {
        this.status = status;
    }

    public boolean isOpenSignUp() {
        return openSignUp;
    }

    public void setOpenSignUp(boolean openSignUp) {
        this.openSignUp = openSignUp;
    }

    public List<Rule> getReminders() {
        return reminders;
    }
}
