package iq.cpf.awareness.security.entity;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Set;

/** A user's role; an administrator may also do everything an organiser does. */
public enum Role {
    @JsonProperty("admin") ADMIN(Set.of(Role.ADMIN_GROUP, Role.ORGANISER_GROUP)),
    @JsonProperty("organiser") ORGANISER(Set.of(Role.ORGANISER_GROUP)),
    @JsonProperty("volunteer") VOLUNTEER(Set.of(Role.VOLUNTEER_GROUP));

    public static final String ADMIN_GROUP = "admin";
    public static final String ORGANISER_GROUP = "organiser";
    public static final String VOLUNTEER_GROUP = "volunteer";

    private final Set<String> groups;

    Role(Set<String> groups) {
        this.groups = groups;
    }

    public Set<String> groups() {
        return groups;
    }
}
