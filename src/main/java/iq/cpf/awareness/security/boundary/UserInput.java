package iq.cpf.awareness.security.boundary;

import iq.cpf.awareness.platform.Language;
import iq.cpf.awareness.platform.Role;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A new login: the password is only ever received, never returned. An organiser's scope is their
 * forums ({@code forumIds}, or one {@code forumId} as before); a coordinator's is a {@code
 * governorate}.
 */
public record UserInput(
        @Schema(required = true) String email,
        @Schema(required = true) String name,
        @Schema(required = true) String password,
        @Schema(required = true) Role role,
        Language language,
        Long volunteerId,
        Long forumId,
        List<Long> forumIds,
        String governorate) {}
