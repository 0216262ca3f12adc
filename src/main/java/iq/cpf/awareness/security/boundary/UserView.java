package iq.cpf.awareness.security.boundary;

import iq.cpf.awareness.platform.Language;
import iq.cpf.awareness.security.entity.Role;
import iq.cpf.awareness.security.entity.User;
import java.time.Instant;

public record UserView(Long id, String email, String name, Role role, Language language, Long volunteerId,
                       Long forumId, boolean enabled, Instant createdAt) {

    static UserView of(User u) {
        return new UserView(u.getId(), u.getEmail(), u.getName(), u.getRole(), u.getLanguage(),
                u.getVolunteer() == null ? null : u.getVolunteer().getId(),
                u.getForum() == null ? null : u.getForum().getId(), u.isEnabled(), u.getCreatedAt());
    }
}
