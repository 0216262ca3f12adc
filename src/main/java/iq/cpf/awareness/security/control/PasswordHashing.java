package iq.cpf.awareness.security.control;

import iq.cpf.awareness.platform.Settings;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.time.Duration;
import java.util.Map;

/**
 * PBKDF2-HMAC-SHA256 with 600,000 iterations and a 32-byte salt, the OWASP recommendation; Jakarta
 * Security's default of 2,048 iterations is far too fast. The stored hash records algorithm,
 * iterations and salt, so raising the count later still verifies old hashes.
 *
 * <p>A verification takes a core for a third of a second, so at most {@code LOGIN_VERIFICATIONS} of
 * them run at once (half the cores by default, see {@link VerificationTurns}): a flood of logins is
 * refused with {@link Busy} rather than queued, while requests of callers who are logged in already
 * never hash and keep the other cores.
 */
@ApplicationScoped
public class PasswordHashing {

    static final int ITERATIONS = 600_000;

    /**
     * About six verifications' time: a login in a short queue waits, one behind a flood is turned
     * away.
     */
    private static final long WAIT_FOR_TURN_MILLIS = 2_000;

    @Inject Pbkdf2PasswordHash pbkdf2;
    @Inject Settings settings;

    private VerificationTurns turns;

    /**
     * A hash that nothing matches, verified for unknown logins so they take as long as known ones.
     */
    private String decoy;

    @PostConstruct
    void configure() {
        pbkdf2.initialize(
                Map.of(
                        "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA256",
                        "Pbkdf2PasswordHash.Iterations", String.valueOf(ITERATIONS),
                        "Pbkdf2PasswordHash.SaltSizeBytes", "32",
                        "Pbkdf2PasswordHash.KeySizeBytes", "32"));
        decoy = pbkdf2.generate("decoy-password-that-no-one-has".toCharArray());
        turns =
                new VerificationTurns(
                        settings.loginVerifications(), Duration.ofMillis(WAIT_FOR_TURN_MILLIS));
    }

    public String hash(String password) {
        return pbkdf2.generate(password.toCharArray());
    }

    public boolean verify(String password, String hash) {
        return turns.forAccount(() -> pbkdf2.verify(password.toCharArray(), hash));
    }

    public void spendTimeLikeAVerification(String password) {
        turns.forUnknownLogin(() -> pbkdf2.verify(password.toCharArray(), decoy));
    }

    /** Too many passwords are being verified at once; the caller should try again in a moment. */
    public static class Busy extends RuntimeException {

        public Busy() {
            super("too many password verifications at once", null, false, false);
        }
    }
}
