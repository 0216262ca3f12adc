package iq.cpf.awareness.security.entity;

import iq.cpf.awareness.forum.entity.Forum;
import iq.cpf.awareness.platform.Language;
import iq.cpf.awareness.platform.Role;
import iq.cpf.awareness.volunteer.entity.Volunteer;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

/** Someone who logs in. The email is the login name; only a PBKDF2 hash of the password is kept. */
@Entity(name = "AppUser")
@Table(name = "app_user")
@NamedQuery(name = User.BY_EMAIL, query = "select u from AppUser u where u.email = :email")
public class User {

    public static final String BY_EMAIL = "User.byEmail";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "app_user_seq")
    @SequenceGenerator(name = "app_user_seq", sequenceName = "app_user_seq", allocationSize = 50)
    private Long id;

    @NotBlank(message = "{field.required}")
    @Email(message = "{field.email}")
    @Size(max = 254, message = "{field.size}")
    private String email;

    @NotBlank(message = "{field.required}")
    @Size(max = 200, message = "{field.size}")
    private String name;

    @NotNull
    @Column(name = "password_hash")
    private String passwordHash;

    @NotNull(message = "{field.required}")
    @Enumerated(EnumType.STRING)
    private Role role;

    @NotNull(message = "{field.required}")
    @Enumerated(EnumType.STRING)
    private Language language = Language.AR;

    /** Whether the user chose the language themselves, in the pages; see Preferences. */
    @Column(name = "language_chosen")
    private boolean languageChosen;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "volunteer_id")
    private Volunteer volunteer;

    /**
     * An organiser's forums: what they see and change, and whose summaries and digests they get.
     */
    @ManyToMany(fetch = FetchType.LAZY)
    @JoinTable(
            name = "app_user_forum",
            joinColumns = @JoinColumn(name = "user_id"),
            inverseJoinColumns = @JoinColumn(name = "forum_id"))
    private Set<Forum> forums = new HashSet<>();

    /** A coordinator's governorate: every forum in it is theirs. */
    @Size(max = 100, message = "{field.size}")
    private String governorate;

    /** A disabled user cannot log in, and their sessions end at their next request. */
    private boolean enabled = true;

    @NotNull
    @Column(name = "created_at")
    private Instant createdAt;

    @Version private int version;

    protected User() {}

    public User(
            String email,
            String name,
            String passwordHash,
            Role role,
            Language language,
            Instant createdAt) {
        this.email = email;
        this.name = name;
        this.passwordHash = passwordHash;
        this.role = role;
        this.language = language;
        this.createdAt = createdAt;
    }

    public Long getId() {
        return id;
    }

    public String getEmail() {
        return email;
    }

    public String getName() {
        return name;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public Role getRole() {
        return role;
    }

    /**
     * Forgets who the user was (erasure on request); the row stays as the author of what they did.
     */
    public void erase(String marker, String anonymousName) {
        email = marker;
        name = anonymousName;
        volunteer = null;
    }

    public void setRole(Role role) {
        this.role = role;
    }

    public void setPasswordHash(String passwordHash) {
        this.passwordHash = passwordHash;
    }

    public Language getLanguage() {
        return language;
    }

    public boolean isLanguageChosen() {
        return languageChosen;
    }

    /** The user's own choice of language, in the pages: it then holds for pages and emails. */
    public void chooseLanguage(Language language) {
        this.language = language;
        this.languageChosen = true;
    }

    public void setLanguage(Language language) {
        this.language = language;
    }

    public Volunteer getVolunteer() {
        return volunteer;
    }

    public void setVolunteer(Volunteer volunteer) {
        this.volunteer = volunteer;
    }

    public Set<Forum> getForums() {
        return forums;
    }

    public void setForums(Set<Forum> forums) {
        this.forums = new HashSet<>(forums);
    }

    public String getGovernorate() {
        return governorate;
    }

    public void setGovernorate(String governorate) {
        this.governorate = governorate;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
