package iq.cpf.awareness.security.entity;

import iq.cpf.awareness.platform.Language;

/**
 * A user asked to reset their password: the email with the link goes out once the request is
 * committed.
 */
public record ResetRequested(
        String email, String name, Language language, String url, String requestId) {}
