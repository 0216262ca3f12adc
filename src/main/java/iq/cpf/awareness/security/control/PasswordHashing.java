package iq.cpf.awareness.security.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Map;

/**
 * PBKDF2-HMAC-SHA256 with 600,000 iterations and a 32-byte salt, the OWASP recommendation; Jakarta
 * Security's default of 2,048 iterations is far too fast. The stored hash records algorithm, iterations and
 * salt, so raising the count later still verifies old hashes.
 */
@ApplicationScoped
public class PasswordHashing {

    static final int ITERATIONS = 600_000;

    @Inject
    Pbkdf2PasswordHash pbkdf2;

    /** A hash that nothing matches, verified for unknown logins so they take as long as known ones. */
    private String decoy;

    @PostConstruct
    void configure() {
        pbkdf2.initialize(Map.of(
                "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA256",
                "Pbkdf2PasswordHash.Iterations", String.valueOf(ITERATIONS),
                "Pbkdf2PasswordHash.SaltSizeBytes", "32",
                "Pbkdf2PasswordHash.KeySizeBytes", "32"));
        decoy = pbkdf2.generate("decoy-password-that-no-one-has".toCharArray());
    }

    public String hash(String password) {
        return pbkdf2.generate(password.toCharArray());
    }

    public boolean verify(String password, String hash) {
        return pbkdf2.verify(password.toCharArray(), hash);
    }

    public void spendTimeLikeAVerification(String password) {
        pbkdf2.verify(password.toCharArray(), decoy);
    }
}
