package iq.cpf.awareness.security.control;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a new password must be (NIST SP 800-63B's advice: length and a list of known passwords, no
 * composition rules): 12 to 128 characters, not on the list of common passwords, not one repeated
 * character, and not the user's own login with a few characters around it (what is left without the
 * login's name part must be at least 8 characters). Answers the message key of the first rule it
 * breaks.
 */
public final class PasswordRules {

    public static final int MIN = 12;
    public static final int MAX = 128;
    private static final Set<String> COMMON = load();

    private PasswordRules() {}

    public static Optional<String> broken(String password, String login) {
        if (password == null) {
            return Optional.of("field.password");
        }
        int length = password.codePointCount(0, password.length());
        if (length < MIN || length > MAX) {
            return Optional.of("field.password");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (COMMON.contains(lower) || lower.chars().distinct().count() == 1) {
            return Optional.of("field.password.common");
        }
        if (login != null && !login.isBlank()) {
            String name = login.toLowerCase(Locale.ROOT);
            int at = name.indexOf('@');
            String local = at > 0 ? name.substring(0, at) : name;
            if (lower.contains(name)
                    || (!local.isEmpty() && lower.replace(local, "").length() < 8)) {
                return Optional.of("field.password.login");
            }
        }
        return Optional.empty();
    }

    private static Set<String> load() {
        try (InputStream in =
                PasswordRules.class.getResourceAsStream("/security/common-passwords.txt")) {
            if (in == null) {
                throw new IllegalStateException(
                        "security/common-passwords.txt is missing from the application");
            }
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))
                    .lines()
                    .map(String::trim)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#"))
                    .map(l -> l.toLowerCase(Locale.ROOT))
                    .collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
