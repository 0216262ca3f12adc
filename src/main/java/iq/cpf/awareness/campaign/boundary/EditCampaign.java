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
import iq.cpf.awareness.platform.InTransaction;
import iq.cpf.awareness.platform.IsoDuration;
import iq.cpf.awareness.platform.Language;
import iq.cpf.awareness.platform.Messages;
import iq.cpf.awareness.platform.boundary.FacesProblems;
import iq.cpf.awareness.school.control.Schools;
import iq.cpf.awareness.school.entity.School;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

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
    @Inject Schools schools;
    @Inject FacesProblems problems;

    private Long id;
    private Integer version;
    private String name;
    private String topic;
    private Long forumId;
    private String governorate;
    private List<String> districts = new ArrayList<>();
    private LocalDate startDate;
    private LocalDate endDate;
    private CampaignStatus status = CampaignStatus.DRAFT;
    private boolean openSignUp;
    private final List<Rule> reminders = defaultRules();

    /**
     * One reminder rule as the form edits it: "7 days before", as people say it; the API keeps
     * ISO-8601 durations ({@code P7D}), which is what the rule becomes.
     */
    public static class Rule implements Serializable {
        private static final long serialVersionUID = 1L;
        private Audience audience;
        private Integer amount;
        private ChronoUnit unit;

        Rule(Audience audience, String before) {
            this.audience = audience;
            Duration duration = IsoDuration.Validator.parse(before);
            unit =
                    duration.toMinutes() % (24 * 60) == 0
                            ? ChronoUnit.DAYS
                            : duration.toMinutes() % 60 == 0
                                    ? ChronoUnit.HOURS
                                    : ChronoUnit.MINUTES;
            amount = (int) (duration.toMinutes() / unit.getDuration().toMinutes());
        }

        public Audience getAudience() {
            return audience;
        }

        public void setAudience(Audience audience) {
            this.audience = audience;
        }

        public Integer getAmount() {
            return amount;
        }

        public void setAmount(Integer amount) {
            this.amount = amount;
        }

        public ChronoUnit getUnit() {
            return unit;
        }

        public void setUnit(ChronoUnit unit) {
            this.unit = unit;
        }

        /** The rule as the API reads it; an empty amount stays empty, so validation names it. */
        String before() {
            if (amount == null || unit == null) {
                return null;
            }
            Duration duration = unit.getDuration().multipliedBy(amount);
            return unit == ChronoUnit.DAYS ? "P" + duration.toDays() + "D" : duration.toString();
        }
    }

    /** The units a reminder can be given in, smallest last. */
    public List<ChronoUnit> getUnits() {
        return List.of(ChronoUnit.DAYS, ChronoUnit.HOURS, ChronoUnit.MINUTES);
    }

    /** A stored rule in words, in the page's language: "school: 7 days before". */
    public String describe(String before) {
        Rule rule = new Rule(Audience.SCHOOL, before);
        return Messages.get(
                locale(),
                "campaigns.before." + rule.unit.name().toLowerCase(Locale.ROOT),
                rule.amount);
    }

    /**
     * The districts to choose from: those of the schools and forums the organiser can see, and the
     * campaign's own; a campaign goes where there are schools to visit.
     */
    @InTransaction
    public List<String> getKnownDistricts() {
        Set<String> known = new TreeSet<>(districts);
        schools.list(caller.scope(), null, null, null, null, null, 0, 2000).items().stream()
                .map(School::getDistrict)
                .forEach(known::add);
        forums.list(caller.scope(), null, 0, 200).items().stream()
                .map(Forum::getDistrict)
                .forEach(known::add);
        return new ArrayList<>(known);
    }

    private static Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }

    @InTransaction
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
        return t.name(Language.of(locale()));
    }

    /** A topic's name in the page's language, for the list, which holds the topic's slug. */
    public String topicLabel(String slug) {
        return topics.all().stream()
                .filter(t -> t.getSlug().equals(slug))
                .findFirst()
                .map(this::topicName)
                .orElse(slug);
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
        districts = new ArrayList<>(campaign.districts());
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
                districts.stream().map(String::trim).filter(d -> !d.isEmpty()).distinct().toList();
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
                                .map(r -> new ReminderInput(r.audience, r.before()))
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
        districts = new ArrayList<>();
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

    public List<String> getDistricts() {
        return districts;
    }

    public void setDistricts(List<String> districts) {
        this.districts = districts == null ? new ArrayList<>() : new ArrayList<>(districts);
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
