package iq.cpf.awareness.security.boundary;

import static iq.cpf.awareness.platform.boundary.FormValues.text;

import iq.cpf.awareness.forum.control.Forums;
import iq.cpf.awareness.forum.entity.Forum;
import iq.cpf.awareness.platform.Caller;
import iq.cpf.awareness.platform.InTransaction;
import iq.cpf.awareness.platform.Language;
import iq.cpf.awareness.platform.Role;
import iq.cpf.awareness.platform.boundary.FacesProblems;
import iq.cpf.awareness.platform.control.Checks;
import iq.cpf.awareness.security.control.Users;
import iq.cpf.awareness.volunteer.control.Volunteers;
import iq.cpf.awareness.volunteer.entity.Volunteer;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The users page, for administrators (web.xml lets no one else open it): the logins with their role
 * and scope, a form to create one or change its role and scope, and a button to disable or enable
 * it. It goes through the same service as {@code /api/users}, so the password rules, the scope a
 * role needs, the audit entries and the refusal to disable oneself are the API's.
 */
@Named
@ViewScoped
public class ManageUsers implements Serializable {

    private static final long serialVersionUID = 1L;

    /** How many users, forums and volunteers the page lists at most; the search finds the rest. */
    private static final int AT_MOST = 500;

    @Inject Users users;
    @Inject Forums forums;
    @Inject Volunteers volunteers;
    @Inject Checks checks;
    @Inject Caller caller;
    @Inject FacesProblems problems;

    private boolean open;
    private Long id;
    private String email;
    private String name;
    private String password;
    private Role role = Role.ORGANISER;
    private Language language = Language.AR;
    private Long volunteerId;
    private Long[] forumIds = {};
    private String governorate;
    private String query;

    /** Kept until this page changes a user or the search: the table asks for its rows often. */
    private transient List<UserView> list;

    private transient List<Forum> forumList;

    private transient Map<Long, String> forumNames;

    @InTransaction
    public List<UserView> getUsers() {
        if (list == null) {
            list = users.search(query, 0, AT_MOST).map(UserView::of).items();
        }
        return list;
    }

    /** What a user may reach, in words: their forums' names or their governorate. */
    public String scopeOf(UserView user) {
        if (user.governorate() != null) {
            return user.governorate();
        }
        if (forumNames == null) {
            forumNames =
                    getForums().stream().collect(Collectors.toMap(Forum::getId, Forum::getName));
        }
        return user.forumIds().stream()
                .map(f -> forumNames.getOrDefault(f, String.valueOf(f)))
                .collect(Collectors.joining(", "));
    }

    public void add() {
        reset();
        open = true;
    }

    public void edit(UserView user) {
        reset();
        open = true;
        id = user.id();
        email = user.email();
        name = user.name();
        role = user.role();
        language = user.language();
        volunteerId = user.volunteerId();
        forumIds = user.forumIds().toArray(Long[]::new);
        governorate = user.governorate();
    }

    public void save() {
        try {
            Set<Forum> scope = role == Role.ORGANISER ? forums() : Set.of();
            String area = role == Role.COORDINATOR ? text(governorate) : null;
            if (id == null) {
                Volunteer volunteer =
                        role == Role.VOLUNTEER && volunteerId != null
                                ? checks.reference(
                                        Volunteer.class, volunteerId, "volunteerId", "volunteer")
                                : null;
                users.create(
                        new Users.NewUser(
                                text(email),
                                text(name),
                                password,
                                role,
                                language,
                                volunteer,
                                scope,
                                area,
                                "forumIds"));
            } else {
                users.change(caller.email().orElse(null), id, role, null, scope, area);
            }
        } catch (RuntimeException refused) {
            problems.show(refused, "user");
            return;
        }
        problems.info("users.saved", email);
        reset();
    }

    /** Disables a login, or enables it again; the administrator's own cannot be disabled. */
    public void toggle(UserView user) {
        try {
            users.change(caller.email().orElse(null), user.id(), null, !user.enabled(), null, null);
        } catch (RuntimeException refused) {
            problems.show(refused);
            return;
        }
        problems.info(user.enabled() ? "users.disabled" : "users.enabled", user.email());
        list = null;
    }

    public void reset() {
        open = false;
        id = null;
        email = null;
        name = null;
        password = null;
        role = Role.ORGANISER;
        language = Language.AR;
        volunteerId = null;
        forumIds = new Long[0];
        governorate = null;
        list = null;
    }

    private Set<Forum> forums() {
        Set<Forum> chosen = new HashSet<>();
        for (Long forum : forumIds) {
            chosen.add(checks.reference(Forum.class, forum, "forumIds", "forum"));
        }
        return chosen;
    }

    public List<Forum> getForums() {
        if (forumList == null) {
            forumList = forums.list(caller.scope(), null, 0, AT_MOST).items();
        }
        return forumList;
    }

    /** The volunteers a volunteer's login can be linked to, by name and email. */
    @InTransaction
    public List<SelectItem> getVolunteerItems() {
        return volunteers.list(caller.scope(), null, null, null, 0, AT_MOST).items().stream()
                .map(v -> new SelectItem(v.getId(), v.getName() + " <" + v.getEmail() + ">"))
                .toList();
    }

    /** The governorates of the forums: where a coordinator's scope usually is. */
    public List<String> completeGovernorate(String typed) {
        String part = typed == null ? "" : typed.trim().toLowerCase(Locale.ROOT);
        return getForums().stream()
                .map(Forum::getGovernorate)
                .distinct()
                .sorted()
                .filter(g -> g.toLowerCase(Locale.ROOT).contains(part))
                .toList();
    }

    public List<Role> getRoles() {
        return Arrays.asList(Role.values());
    }

    public List<Language> getLanguages() {
        return Arrays.asList(Language.values());
    }

    public String getQuery() {
        return query;
    }

    public void setQuery(String query) {
        this.query = query;
        list = null;
    }

    public boolean isOpen() {
        return open;
    }

    public Long getId() {
        return id;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public Role getRole() {
        return role;
    }

    public void setRole(Role role) {
        this.role = role;
    }

    public Language getLanguage() {
        return language;
    }

    public void setLanguage(Language language) {
        this.language = language;
    }

    public Long getVolunteerId() {
        return volunteerId;
    }

    public void setVolunteerId(Long volunteerId) {
        this.volunteerId = volunteerId;
    }

    public Long[] getForumIds() {
        return forumIds;
    }

    public void setForumIds(Long[] forumIds) {
        this.forumIds = forumIds == null ? new Long[0] : forumIds;
    }

    public String getGovernorate() {
        return governorate;
    }

    public void setGovernorate(String governorate) {
        this.governorate = governorate;
    }
}
