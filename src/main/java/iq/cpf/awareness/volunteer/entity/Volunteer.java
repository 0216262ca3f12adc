package iq.cpf.awareness.volunteer.entity;

import iq.cpf.awareness.forum.entity.Forum;
import iq.cpf.awareness.platform.Channel;
import iq.cpf.awareness.platform.Erased;
import iq.cpf.awareness.platform.Language;
import iq.cpf.awareness.platform.Phones;
import iq.cpf.awareness.platform.RulesBroken;
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
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A community member or police officer who goes to schools; emails reach them in their language.
 */
@Entity
@NamedQuery(name = Volunteer.BY_EMAIL, query = "select v from Volunteer v where v.email = :email")
public class Volunteer {

    public static final String BY_EMAIL = "Volunteer.byEmail";

    public static final String UNAVAILABLE = "volunteer.unavailable";
    public static final String AWAY = "volunteer.away";
    public static final String WEEK_FULL = "volunteer.weekFull";

    private static final DateTimeFormatter DAY =
            DateTimeFormatter.ofPattern("dd/MM/yyyy", Locale.ROOT);

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "volunteer_seq")
    @SequenceGenerator(name = "volunteer_seq", sequenceName = "volunteer_seq", allocationSize = 50)
    private Long id;

    @NotBlank(message = "{field.required}")
    @Size(max = 200, message = "{field.size}")
    private String name;

    @NotBlank(message = "{field.required}")
    @Email(regexp = ".+@.+\\..+", message = "{field.email}")
    @Size(max = 254, message = "{field.size}")
    private String email;

    @Size(max = 40, message = "{field.size}")
    @Pattern(regexp = "\\+?[0-9 ()-]{5,40}", message = "{field.phone}")
    private String phone;

    /** In E.164; text messages go to it. */
    @Pattern(regexp = Phones.E164, message = "{field.mobile}")
    private String mobile;

    @NotNull(message = "{field.required}")
    @Enumerated(EnumType.STRING)
    private Channel channel = Channel.EMAIL;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "forum_id")
    private Forum forum;

    @NotNull(message = "{field.required}")
    @Enumerated(EnumType.STRING)
    private Language language = Language.AR;

    @Column(name = "police_officer")
    private boolean policeOfficer;

    /**
     * Raised when the volunteer's calendar feed address is renewed; the old address then stops
     * working.
     */
    @Column(name = "feed_generation")
    private int feedGeneration;

    @ElementCollection
    @CollectionTable(name = "volunteer_language", joinColumns = @JoinColumn(name = "volunteer_id"))
    @OrderColumn(name = "position")
    @Column(name = "language")
    @Enumerated(EnumType.STRING)
    private List<Language> languages = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    private Gender gender;

    @Size(max = 100, message = "{field.size}")
    @Column(name = "home_district")
    private String homeDistrict;

    /** A police officer's unit, as their command names it. */
    @Size(max = 200, message = "{field.size}")
    private String unit;

    @Min(value = 1, message = "{field.min}")
    @Max(value = 50, message = "{field.max}")
    @Column(name = "max_visits_per_week")
    private Integer maxVisitsPerWeek;

    /** When they can go, every week; none given: any time. */
    @Valid
    @Size(max = 50, message = "{field.size}")
    @ElementCollection
    @CollectionTable(name = "volunteer_window", joinColumns = @JoinColumn(name = "volunteer_id"))
    @OrderColumn(name = "position")
    private List<Window> windows = new ArrayList<>();

    @Valid
    @Size(max = 100, message = "{field.size}")
    @ElementCollection
    @CollectionTable(name = "volunteer_away", joinColumns = @JoinColumn(name = "volunteer_id"))
    @OrderColumn(name = "position")
    private List<Away> away = new ArrayList<>();

    /** The last day their safeguarding vetting is valid; none: not vetted. */
    @Column(name = "vetted_until")
    private LocalDate vettedUntil;

    @Version private int version;

    public Volunteer() {}

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getMobile() {
        return mobile;
    }

    /** Kept in E.164 when written the Iraqi way; refused by validation when not a mobile. */
    public void setMobile(String mobile) {
        this.mobile = Phones.normalised(mobile);
    }

    public Channel getChannel() {
        return channel;
    }

    public void setChannel(Channel channel) {
        this.channel = channel == null ? Channel.EMAIL : channel;
    }

    /**
     * The id of a volunteer's forum, for {@link iq.cpf.awareness.platform.ForumScope} checks.
     * Through the getter: the volunteer may be a lazy proxy, whose own fields are empty.
     */
    public static Long forumIdOf(Volunteer volunteer) {
        return volunteer.getForum() == null ? null : volunteer.getForum().getId();
    }

    public int getFeedGeneration() {
        return feedGeneration;
    }

    public void renewFeed() {
        feedGeneration++;
    }

    /**
     * Forgets who the volunteer was; their visits (and so the counts) keep them as an anonymous
     * team member.
     */
    public void erase(String marker) {
        name = Erased.NAME;
        email = marker;
        phone = null;
        mobile = null;
        channel = Channel.EMAIL;
        renewFeed();
    }

    public Forum getForum() {
        return forum;
    }

    public void setForum(Forum forum) {
        this.forum = forum;
    }

    public Language getLanguage() {
        return language;
    }

    public void setLanguage(Language language) {
        this.language = language;
    }

    public boolean isPoliceOfficer() {
        return policeOfficer;
    }

    public void setPoliceOfficer(boolean policeOfficer) {
        this.policeOfficer = policeOfficer;
    }

    public List<Language> getLanguages() {
        return languages;
    }

    public void setLanguages(List<Language> languages) {
        this.languages.clear();
        this.languages.addAll(languages);
    }

    public int getVersion() {
        return version;
    }

    /**
     * The availability rules a visit from {@code from} to {@code to}, local time, would break for
     * this volunteer, who already has {@code visitsThatWeek} other visits in its week.
     */
    public List<RulesBroken.Rule> unavailable(
            LocalDateTime from, LocalDateTime to, long visitsThatWeek) {
        List<RulesBroken.Rule> broken = new ArrayList<>();
        if (!windows.isEmpty() && windows.stream().noneMatch(w -> w.holds(from, to))) {
            broken.add(new RulesBroken.Rule(UNAVAILABLE, name));
        }
        away.stream()
                .filter(a -> a.covers(from.toLocalDate()) || a.covers(to.toLocalDate()))
                .findFirst()
                .ifPresent(
                        a ->
                                broken.add(
                                        new RulesBroken.Rule(
                                                AWAY,
                                                name,
                                                DAY.format(a.getFrom()),
                                                DAY.format(a.getTo()))));
        if (maxVisitsPerWeek != null && visitsThatWeek >= maxVisitsPerWeek) {
            broken.add(new RulesBroken.Rule(WEEK_FULL, name, maxVisitsPerWeek));
        }
        return broken;
    }

    public LocalDate getVettedUntil() {
        return vettedUntil;
    }

    public void setVettedUntil(LocalDate vettedUntil) {
        this.vettedUntil = vettedUntil;
    }

    public boolean isVettedOn(LocalDate day) {
        return vettedUntil != null && !vettedUntil.isBefore(day);
    }

    public boolean isWoman() {
        return gender == Gender.FEMALE;
    }

    public Gender getGender() {
        return gender;
    }

    public String getHomeDistrict() {
        return homeDistrict;
    }

    public String getUnit() {
        return unit;
    }

    public Integer getMaxVisitsPerWeek() {
        return maxVisitsPerWeek;
    }

    public List<Window> getWindows() {
        return windows;
    }

    public List<Away> getAway() {
        return away;
    }

    /** What the planner knows of when and where the volunteer goes, all replaced. */
    public void setAvailability(
            Gender gender,
            String homeDistrict,
            String unit,
            Integer maxVisitsPerWeek,
            List<Window> windows,
            List<Away> away) {
        this.gender = gender;
        this.homeDistrict = homeDistrict;
        this.unit = unit;
        this.maxVisitsPerWeek = maxVisitsPerWeek;
        this.windows.clear();
        this.windows.addAll(windows);
        this.away.clear();
        this.away.addAll(away);
    }
}
