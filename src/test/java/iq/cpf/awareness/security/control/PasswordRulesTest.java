package iq.cpf.awareness.security.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class PasswordRulesTest {

    @Test
    void lengthCountsCharactersNotBytes() {
        assertEquals(
                Optional.of("field.password"), PasswordRules.broken("short-pass1", "a@x.example"));
        assertEquals(
                Optional.empty(),
                PasswordRules.broken("كلمة سر طويلة", "a@x.example"),
                "13 Arabic characters");
        assertEquals(
                Optional.of("field.password"),
                PasswordRules.broken("x".repeat(129) + "y", "a@x.example"));
        assertEquals(Optional.of("field.password"), PasswordRules.broken(null, "a@x.example"));
    }

    @Test
    void commonPasswordsAndRepeatsAreRefusedWhateverTheCase() {
        assertEquals(
                Optional.of("field.password.common"),
                PasswordRules.broken("Password1234", "a@x.example"));
        assertEquals(
                Optional.of("field.password.common"),
                PasswordRules.broken("BAGHDAD@2026", "a@x.example"));
        assertEquals(
                Optional.of("field.password.common"),
                PasswordRules.broken("zzzzzzzzzzzzzz", "a@x.example"));
    }

    @Test
    void theLoginIsNoPassword() {
        assertEquals(
                Optional.of("field.password.login"),
                PasswordRules.broken("karwan.aziz-2026", "karwan.aziz@school.example"));
        assertEquals(
                Optional.of("field.password.login"),
                PasswordRules.broken(
                        "my karwan.aziz@school.example", "karwan.aziz@school.example"));
        assertEquals(
                Optional.empty(),
                PasswordRules.broken("river stones at dawn", "karwan.aziz@school.example"));
        assertEquals(
                Optional.empty(),
                PasswordRules.broken("it-admin-secret-42", "admin@it.example"),
                "a short login name inside a long password is fine");
        assertEquals(
                Optional.empty(),
                PasswordRules.broken("river stones at dawn", ""),
                "no login yet: the missing email is the field to blame, not the password");
    }
}
