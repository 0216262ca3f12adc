package iq.cpf.awareness.security.control;

import iq.cpf.awareness.platform.Audited;
import iq.cpf.awareness.platform.InvalidInput;
import iq.cpf.awareness.platform.Settings;
import iq.cpf.awareness.security.entity.PasswordReset;
import iq.cpf.awareness.security.entity.ResetRequested;
import iq.cpf.awareness.security.entity.User;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;

/**
 * Forgotten passwords: a single-use link that expires in an hour, emailed to the address of an
 * enabled user. The answer to a request is the same whether the address is known or not, so it
 * tells nobody who has an account; a used link ends every other outstanding one of that user.
 */
@ApplicationScoped
@Transactional
public class PasswordResets {

    static final Duration VALID = Duration.ofHours(1);
    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext EntityManager em;
    @Inject Users users;
    @Inject Clock clock;
    @Inject Settings settings;
    @Inject Event<ResetRequested> requested;
    @Inject Event<Audited> audited;

    public void request(String email) {
        Optional<User> user = users.find(email).filter(User::isEnabled);
        if (user.isEmpty()) {
            return;
        }
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Instant now = clock.instant();
        em.persist(
                new PasswordReset(user.get(), CapabilityLinks.hash(token), now, now.plus(VALID)));
        requested.fire(
                new ResetRequested(
                        user.get().getEmail(),
                        user.get().getName(),
                        user.get().getLanguage(),
                        settings.baseUrl() + "/reset.xhtml?token=" + token,
                        UUID.randomUUID().toString()));
        audited.fire(
                new Audited(
                        "password.reset.requested",
                        "user",
                        String.valueOf(user.get().getId()),
                        null,
                        user.get().getEmail()));
    }

    /**
     * Sets the new password if the token is a usable one; refuses (400, field {@code token})
     * otherwise.
     */
    public void reset(String token, String password) {
        PasswordReset reset =
                token == null || token.length() < 20 || token.length() > 100
                        ? null
                        : em.createQuery(
                                        "select r from PasswordReset r where r.tokenHash = :hash",
                                        PasswordReset.class)
                                .setParameter("hash", CapabilityLinks.hash(token))
                                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                                .getResultStream()
                                .findFirst()
                                .orElse(null);
        Instant now = clock.instant();
        if (reset == null || !reset.usable(now)) {
            throw new InvalidInput("token", "password.reset.invalid");
        }
        users.setPassword(reset.getUser(), password);
        em.createQuery(
                        "update PasswordReset r set r.usedAt = :now where r.user = :user and r.usedAt is null")
                .setParameter("now", now)
                .setParameter("user", reset.getUser())
                .executeUpdate();
        audited.fire(
                new Audited(
                        "password.reset",
                        "user",
                        String.valueOf(reset.getUser().getId()),
                        null,
                        reset.getUser().getEmail()));
    }
}
