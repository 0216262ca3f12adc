package iq.cpf.awareness.security.boundary;

import iq.cpf.awareness.platform.Language;
import iq.cpf.awareness.security.entity.Role;

/** A new login: the password is only ever received, never returned. */
public record UserInput(String email, String name, String password, Role role, Language language, Long volunteerId) {
}
