package iq.cpf.awareness.security.control;

import iq.cpf.awareness.forum.entity.Forum;
import iq.cpf.awareness.platform.Audited;
import iq.cpf.awareness.platform.Conflict;
import iq.cpf.awareness.platform.Erased;
import iq.cpf.awareness.platform.InvalidInput;
import iq.cpf.awareness.platform.InvalidInput.Violation;
import iq.cpf.awareness.platform.Language;
import iq.cpf.awareness.platform.Page;
import iq.cpf.awareness.platform.Role;
import iq.cpf.awareness.platform.Settings;
import iq.cpf.awareness.platform.Startup;
import iq.cpf.awareness.platform.control.Checks;
import iq.cpf.awareness.platform.control.Where;
import iq.cpf.awareness.security.entity.User;
import iq.cpf.awareness.volunteer.entity.Volunteer;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.jboss.logging.Logger;

/**
 * Users and their passwords. A slow hash makes every HTTP Basic request cost a third of a second,
 * so a successful check is remembered for a few minutes under an HMAC of login and password with a
 * key that lives only in memory; the entry is honoured only while the stored hash is unchanged.
 */
@ApplicationScoped
@Transactional
public class Users {

    private static final Logger LOG = Logger.getLogger(Users.class);
    private static final Duration REMEMBER = Duration.ofMinutes(5);
    private static final int REMEMBER_AT_MOST = 10_000;

    @PersistenceContext EntityManager em;
    @Inject PasswordHashing hashing;
    @Inject Event<Audited> audited;
    @Inject Settings settings;
    @Inject Clock clock;
    @Inject Checks checks;

    private final Map<String, Remembered> verified = new ConcurrentHashMap<>();

    /**
     * Verifications running now, by login, password and stored hash: the requests of a client that
     * sends the same login at once when its remembered check has expired hash the password once.
     */
    private final InFlight<String, Boolean> verifying = new InFlight<>();

    private final byte[] rememberKey = new SecureRandom().generateSeed(32);

    /** Part of start-up, in the order of {@link Startup#FIRST_ADMINISTRATOR}. */
    void onStarting(@Observes @Priority(Startup.FIRST_ADMINISTRATOR) Startup.Starting starting) {
        createFirstAdministrator();
    }

    /**
     * Creates the administrator named by ADMIN_EMAIL and ADMIN_PASSWORD when there is no user at
     * all.
     */
    public void createFirstAdministrator() {
        long count = em.createQuery("select count(u) from AppUser u", Long.class).getSingleResult();
        if (count > 0) {
            return;
        }
        Optional<String> email = settings.adminEmail();
        Optional<String> password = settings.adminPassword();
        if (email.isEmpty() || password.isEmpty()) {
            LOG.warn(
                    "No user exists yet; set ADMIN_EMAIL and ADMIN_PASSWORD to create the first administrator");
            return;
        }
        Optional<String> broken = PasswordRules.broken(password.get(), email.get());
        if (broken.isPresent()) {
            LOG.errorf(
                    "ADMIN_PASSWORD is refused (%s: at least %d characters, not a common password, not the login);"
                            + " no administrator was created",
                    broken.get(), PasswordRules.MIN);
            return;
        }
        create(email.get(), "Administrator", password.get(), Role.ADMIN, Language.EN, null);
        LOG.infof("Created the first administrator %s", email.get());
    }

    public User create(
            String email,
            String name,
            String password,
            Role role,
            Language language,
            Volunteer volunteer) {
        String login = normalise(email);
        PasswordRules.broken(password, login)
                .ifPresent(
                        key -> {
                            throw new InvalidInput(
                                    "password", key, PasswordRules.MIN, PasswordRules.MAX);
                        });
        if (find(login).isPresent()) {
            throw new Conflict("user.exists", login);
        }
        User user = new User(login, name, hashing.hash(password), role, language, clock.instant());
        user.setVolunteer(volunteer);
        em.persist(checks.valid(user));
        em.flush();
        audited.fire(Audited.of("user.create", "user", user.getId(), describe(user)));
        return user;
    }

    /**
     * What an administrator gives for a new login, its scope included. {@code forumsField} is the
     * name the request gave the forums, so that a refusal points at the field the caller filled.
     */
    public record NewUser(
            String email,
            String name,
            String password,
            Role role,
            Language language,
            Volunteer volunteer,
            Set<Forum> forums,
            String governorate,
            String forumsField) {}

    /**
     * Creates a login with its scope, as an administrator asks for it through the API or the users
     * page: the password, the role and the scope that the role needs are checked together, so that
     * every mistake is named at once; nothing is written when one is found.
     */
    public User create(NewUser request) {
        List<Violation> violations = new ArrayList<>();
        PasswordRules.broken(request.password(), request.email())
                .ifPresent(
                        key ->
                                violations.add(
                                        new Violation(
                                                "password",
                                                key,
                                                PasswordRules.MIN,
                                                PasswordRules.MAX)));
        if (request.role() == null) {
            violations.add(new Violation("role", "field.required.reference"));
        }
        // Every missing field in one refusal, not the password's first and the address's after.
        if (request.email() == null || request.email().isBlank()) {
            violations.add(new Violation("email", "field.required"));
        }
        if ((request.name() == null || request.name().isBlank()) && request.volunteer() == null) {
            violations.add(new Violation("name", "field.required"));
        }
        Set<Forum> forums = Objects.requireNonNullElse(request.forums(), Set.of());
        if (!forums.isEmpty() && request.role() != Role.ORGANISER) {
            violations.add(new Violation(request.forumsField(), "user.forum.organiser"));
        }
        if (request.role() == Role.COORDINATOR
                && (request.governorate() == null || request.governorate().isBlank())) {
            violations.add(new Violation("governorate", "field.required"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInput(violations);
        }
        Volunteer volunteer = request.volunteer();
        User user =
                create(
                        Objects.requireNonNullElse(request.email(), ""),
                        Objects.requireNonNullElse(
                                request.name(), volunteer == null ? "" : volunteer.getName()),
                        request.password(),
                        request.role(),
                        Objects.requireNonNullElse(request.language(), Language.AR),
                        volunteer);
        scope(user, forums, request.governorate());
        return user;
    }

    /**
     * Changes what an administrator may change of a user: role, scope and whether they may log in;
     * absent parts stay. Takes effect at the user's next request, since roles and scopes are read
     * per request. {@code by} is the administrator who asks, who may not lock themself out.
     */
    public User change(
            String by, long id, Role role, Boolean enabled, Set<Forum> forums, String governorate) {
        if (Boolean.FALSE.equals(enabled)
                && find(by).map(User::getId).filter(own -> own == id).isPresent()) {
            throw new InvalidInput("enabled", "user.disable.self");
        }
        User user = checks.existing(User.class, id, "user");
        if (role != null) {
            user.setRole(role);
        }
        if (enabled != null) {
            user.setEnabled(enabled);
        }
        scope(user, forums, governorate);
        audited.fire(Audited.of("user.change", "user", user.getId(), describe(user)));
        return user;
    }

    /**
     * Gives a user the scope their role has: an organiser's forums, a coordinator's governorate;
     * anyone else has neither (an administrator is national, a volunteer sees their own). {@code
     * null} keeps what the user has.
     */
    public void scope(User user, Set<Forum> forums, String governorate) {
        Role role = user.getRole();
        if (forums != null && !forums.isEmpty() && role != Role.ORGANISER) {
            throw new InvalidInput("forumIds", "user.forum.organiser");
        }
        if (governorate != null && !governorate.isBlank() && role != Role.COORDINATOR) {
            throw new InvalidInput("governorate", "user.governorate.coordinator");
        }
        if (role != Role.ORGANISER) {
            user.setForums(Set.of());
        } else if (forums != null) {
            user.setForums(forums);
        }
        if (role != Role.COORDINATOR) {
            user.setGovernorate(null);
        } else if (governorate != null) {
            user.setGovernorate(governorate.isBlank() ? null : governorate.trim());
        }
        if (role == Role.COORDINATOR && user.getGovernorate() == null) {
            throw new InvalidInput("governorate", "field.required");
        }
        checks.valid(user);
    }

    /**
     * A user's own new password, given their current one; every remembered login of the old one
     * ends.
     */
    public void changePassword(String email, String current, String password) {
        User user =
                find(email).orElseThrow(() -> new InvalidInput("current", "user.password.current"));
        if (current == null || !hashing.verify(current, user.getPasswordHash())) {
            throw new InvalidInput("current", "user.password.current");
        }
        setPassword(user, password);
        audited.fire(Audited.of("user.password", "user", user.getId(), null));
    }

    public void setPassword(User user, String password) {
        PasswordRules.broken(password, user.getEmail())
                .ifPresent(
                        key -> {
                            throw new InvalidInput(
                                    "password", key, PasswordRules.MIN, PasswordRules.MAX);
                        });
        user.setPasswordHash(hashing.hash(password));
    }

    /**
     * An erased volunteer's login ends: disabled, renamed, with a password hash that nothing
     * matches.
     */
    void onErased(@Observes Erased erased) {
        find(erased.email())
                .ifPresent(
                        user -> {
                            user.erase(erased.marker(), Erased.NAME);
                            user.setPasswordHash("erased");
                            user.setEnabled(false);
                            user.setForums(Set.of());
                        });
        em.createQuery(
                        "update CapabilityLink l set l.recipientEmail = :marker where lower(l.recipientEmail) = :email")
                .setParameter("marker", erased.marker())
                .setParameter("email", normalise(erased.email()))
                .executeUpdate();
    }

    /** What the audit log keeps of a user's rights: never a password. */
    private static String describe(User user) {
        return "role="
                + user.getRole().name().toLowerCase(Locale.ROOT)
                + ", enabled="
                + user.isEnabled()
                + (user.getGovernorate() == null ? "" : ", governorate=" + user.getGovernorate())
                + (user.getForums().isEmpty()
                        ? ""
                        : ", forums="
                                + user.getForums().stream().map(Forum::getId).sorted().toList());
    }

    /** The language the user chose in the UI, remembered for their next session. */
    public void changeLanguage(String email, Language language) {
        find(email).ifPresent(user -> user.chooseLanguage(language));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<User> find(String email) {
        if (email == null) {
            return Optional.empty();
        }
        return em.createNamedQuery(User.BY_EMAIL, User.class)
                .setParameter("email", normalise(email))
                .getResultStream()
                .findFirst();
    }

    /** The users whose email or name contains {@code query} (all when it is blank), by email. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<User> search(String query, int first, int size) {
        return new Where()
                .when(
                        query != null && !query.isBlank(),
                        "(lower(u.email) like :q or lower(u.name) like :q)",
                        "q",
                        query == null ? null : "%" + query.trim().toLowerCase(Locale.ROOT) + "%")
                .page(em, "AppUser u", "u", "u.email", User.class, first, size);
    }

    /**
     * Who hears about a forum's campaigns (summaries, digests): the enabled users whose scope has
     * it, that is administrators, the coordinators of its governorate and the organisers of the
     * forum.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<User> organisers(Forum forum) {
        return em.createQuery(
                        """
                        select u from AppUser u where u.enabled = true and (u.role = :admin
                        or (u.role = :coordinator and u.governorate = :governorate)
                        or (u.role = :organiser and :forum member of u.forums)) order by u.email""",
                        User.class)
                .setParameter("admin", Role.ADMIN)
                .setParameter("coordinator", Role.COORDINATOR)
                .setParameter("governorate", forum.getGovernorate())
                .setParameter("organiser", Role.ORGANISER)
                .setParameter("forum", forum)
                .getResultList();
    }

    /**
     * Makes one forum an organiser's only one ({@code null}: none), the older way of setting a
     * scope.
     */
    public User follow(long id, Forum forum) {
        User user = checks.existing(User.class, id, "user");
        if (forum != null && user.getRole() != Role.ORGANISER) {
            throw new InvalidInput("forumId", "user.forum.organiser");
        }
        scope(user, forum == null ? Set.of() : Set.of(forum), null);
        audited.fire(Audited.of("user.change", "user", user.getId(), describe(user)));
        return user;
    }

    /** The user whose login and password these are, if they are. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<User> verify(String email, String password) {
        if (email == null || password == null) {
            return Optional.empty();
        }
        Optional<User> user = find(email).filter(User::isEnabled);
        if (user.isEmpty()) {
            hashing.spendTimeLikeAVerification(password);
            return Optional.empty();
        }
        String key = rememberKey(user.get().getEmail(), password);
        Remembered remembered = verified.get(key);
        Instant now = clock.instant();
        if (remembered != null
                && remembered.until().isAfter(now)
                && remembered.hash().equals(user.get().getPasswordHash())) {
            return user;
        }
        String hash = user.get().getPasswordHash();
        if (!verifying.get(key + '/' + hash, () -> hashing.verify(password, hash))) {
            return Optional.empty();
        }
        if (verified.size() >= REMEMBER_AT_MOST) {
            verified.clear();
        }
        verified.put(key, new Remembered(user.get().getPasswordHash(), now.plus(REMEMBER)));
        return user;
    }

    private String rememberKey(String email, String password) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(rememberKey, "HmacSHA256"));
            return HexFormat.of()
                    .formatHex(
                            mac.doFinal(
                                    (email + '\0' + password).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    static String normalise(String email) {
        return email.trim().toLowerCase(Locale.ROOT);
    }

    private record Remembered(String hash, Instant until) {}
}
