package iq.cpf.awareness.security.boundary;

import iq.cpf.awareness.platform.Language;
import iq.cpf.awareness.platform.Role;
import java.util.List;

/**
 * A new login: the password is only ever received, never returned. An organiser's scope is their
 * forums ({@code forumIds}, or one {@code forumId} as before); a coordinator's is a {@code
 * governorate}.
 */
public record UserInput(
        String email,
        String name,
        String password,
        Role role,
        Language language,
        Long volunteerId,
        Long forumId,
        List<Long> forumIds,
        String governorate) {}
