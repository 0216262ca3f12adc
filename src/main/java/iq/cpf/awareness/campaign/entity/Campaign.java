package iq.cpf.awareness.campaign.entity;

import iq.cpf.awareness.forum.entity.Forum;
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
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/** A named effort on one topic, by one forum, in a governorate and some of its districts. */
@Entity
public class Campaign {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "campaign_seq")
    @SequenceGenerator(name = "campaign_seq", sequenceName = "campaign_seq", allocationSize = 50)
    private Long id;

    @NotBlank(message = "{field.required}")
    @Size(max = 200, message = "{field.size}")
    private String name;

    // Required, but checked where the request names it (topic, forumId), so the refusal names that
    // field.
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "topic_slug")
    private Topic topic;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "forum_id")
    private Forum forum;

    @Size(max = 4000, message = "{field.size}")
    private String description;

    @NotBlank(message = "{field.required}")
    @Size(max = 100, message = "{field.size}")
    private String governorate;

    @ElementCollection
    @CollectionTable(name = "campaign_district", joinColumns = @JoinColumn(name = "campaign_id"))
    @OrderColumn(name = "position")
    @Column(name = "district")
    private List<
                    @NotBlank(message = "{field.required}")
                    @Size(max = 100, message = "{field.size}") String>
            districts = new ArrayList<>();

    @NotNull(message = "{field.required}")
    @Column(name = "start_date")
    private LocalDate startDate;

    @NotNull(message = "{field.required}")
    @Column(name = "end_date")
    private LocalDate endDate;

    @NotNull(message = "{field.required}")
    @Enumerated(EnumType.STRING)
    private CampaignStatus status = CampaignStatus.DRAFT;

    @NotNull(message = "{field.required}")
    @Column(name = "time_zone")
    private String timeZone;

    @Min(value = 0, message = "{field.min}")
    @Column(name = "target_schools")
    private Integer targetSchools;

    @Min(value = 0, message = "{field.min}")
    @Column(name = "target_students")
    private Integer targetStudents;

    /** Whether volunteers may join this campaign's coming visits themselves. */
    @Column(name = "open_sign_up")
    private boolean openSignUp;

    @Valid
    @Size(max = 20, message = "{field.size}")
    @ElementCollection
    @CollectionTable(name = "campaign_reminder", joinColumns = @JoinColumn(name = "campaign_id"))
    @OrderColumn(name = "position")
    private List<ReminderRule> reminders = new ArrayList<>(ReminderRule.DEFAULTS);

    @Version private int version;

    public Campaign() {}

    @AssertTrue(message = "{campaign.dates.order}")
    boolean isEndDateNotBeforeStartDate() {
        return startDate == null || endDate == null || !endDate.isBefore(startDate);
    }

    public ZoneId zone() {
        return ZoneId.of(timeZone);
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

    public Topic getTopic() {
        return topic;
    }

    public void setTopic(Topic topic) {
        this.topic = topic;
    }

    public Forum getForum() {
        return forum;
    }

    public void setForum(Forum forum) {
        this.forum = forum;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
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
        this.districts.clear();
        this.districts.addAll(districts);
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

    public String getTimeZone() {
        return timeZone;
    }

    public void setTimeZone(String timeZone) {
        this.timeZone = timeZone;
    }

    public Integer getTargetSchools() {
        return targetSchools;
    }

    public void setTargetSchools(Integer targetSchools) {
        this.targetSchools = targetSchools;
    }

    public Integer getTargetStudents() {
        return targetStudents;
    }

    public void setTargetStudents(Integer targetStudents) {
        this.targetStudents = targetStudents;
    }

    public boolean isOpenSignUp() {
        return openSignUp;
    }

    public void setOpenSignUp(boolean openSignUp) {
        this.openSignUp = openSignUp;
    }

    public List<ReminderRule> getReminders() {
        return reminders;
    }

    public void setReminders(List<ReminderRule> reminders) {
        this.reminders.clear();
        this.reminders.addAll(reminders);
    }

    public int getVersion() {
        return version;
    }
}
