package iq.cpf.awareness.platform;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Set;

/**
 * A user's role. An administrator may also do everything an organiser does, nationally; a
 * coordinator is an organiser for every forum of one governorate; an organiser works for their
 * forums.
 */
public enum Role {
    @JsonProperty("admin")
    ADMIN(Set.of(Role.ADMIN_GROUP, Role.ORGANISER_GROUP)),
    @JsonProperty("coordinator")
    COORDINATOR(Set.of(Role.COORDINATOR_GROUP, Role.ORGANISER_GROUP)),
    @JsonProperty("organiser")
    ORGANISER(Set.of(Role.ORGANISER_GROUP)),
    @JsonProperty("volunteer")
    VOLUNTEER(Set.of(Role.VOLUNTEER_GROUP));

    public static final String ADMIN_GROUP = "admin";
    public static final String COORDINATOR_GROUP = "coordinator";
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
