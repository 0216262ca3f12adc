package iq.cpf.awareness.security.boundary;

import iq.cpf.awareness.platform.Language;
import iq.cpf.awareness.security.entity.Role;

/**
 * A new login: the password is only ever received, never returned. An organiser may follow one forum
 * ({@code forumId}) and then gets that forum's summaries and digests only.
 */
public record UserInput(String email, String name, String password, Role role, Language language, Long volunteerId,
                        Long forumId) {
}
