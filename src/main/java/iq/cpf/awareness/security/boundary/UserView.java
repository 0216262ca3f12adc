package iq.cpf.awareness.security.boundary;

import iq.cpf.awareness.forum.entity.Forum;
import iq.cpf.awareness.platform.Language;
import iq.cpf.awareness.platform.Role;
import iq.cpf.awareness.security.entity.User;
import java.time.Instant;
import java.util.List;

/**
 * A user as administrators see them; {@code forumId} is an organiser's forum when they have exactly
 * one.
 */
public record UserView(
        Long id,
        String email,
        String name,
        Role role,
        Language language,
        Long volunteerId,
        Long forumId,
        List<Long> forumIds,
        String governorate,
        boolean enabled,
        Instant createdAt) {

    static UserView of(User u) {
        List<Long> forums = u.getForums().stream().map(Forum::getId).sorted().toList();
        return new UserView(
                u.getId(),
                u.getEmail(),
                u.getName(),
                u.getRole(),
                u.getLanguage(),
                u.getVolunteer() == null ? null : u.getVolunteer().getId(),
                forums.size() == 1 ? forums.get(0) : null,
                forums,
                u.getGovernorate(),
                u.isEnabled(),
                u.getCreatedAt());
    }
}
