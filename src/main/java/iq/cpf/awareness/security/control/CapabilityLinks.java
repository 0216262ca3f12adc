package iq.cpf.awareness.security.control;

import iq.cpf.awareness.platform.Language;
import iq.cpf.awareness.platform.Settings;
import iq.cpf.awareness.security.entity.CapabilityLink;
import iq.cpf.awareness.security.entity.CapabilityLink.Action;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/** Makes and checks the capability links of emails to school contacts. */
@ApplicationScoped
@Transactional
public class CapabilityLinks {

    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext EntityManager em;
    @Inject Clock clock;
    @Inject Settings settings;

    /** What a token led to: the link, or why not (unknown: 404, expired or used up: 410). */
    public record Resolution(CapabilityLink link, boolean known) {

        public boolean usable(Instant now) {
            return link != null && link.usable(now);
        }
    }

    /**
     * A new link for one visit as it is now (its {@code sequence}), one action and one recipient;
     * answers its full URL.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public String create(
            long visitId,
            int sequence,
            Action action,
            String email,
            Language language,
            Instant expires) {
        return settings.baseUrl() + path(visitId, sequence, action, email, language, expires);
    }

    /**
     * A link as {@link #create} makes, for a text message, whose every character counts: a token of
     * 96 random bits (16 characters) instead of 256. Still single-purpose and expiring; guessing
     * one of the links alive at a time is out of reach at the rate unknown tokens are answered.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public String createShort(
            long visitId,
            int sequence,
            Action action,
            String email,
            Language language,
            Instant expires) {
        return settings.baseUrl() + path(visitId, sequence, action, email, language, expires, 12);
    }

    /**
     * The same as {@link #create}, answering the path within the application, for a page that sends
     * its user on.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public String path(
            long visitId,
            int sequence,
            Action action,
            String email,
            Language language,
            Instant expires) {
        return path(visitId, sequence, action, email, language, expires, 32);
    }

    private String path(
            long visitId,
            int sequence,
            Action action,
            String email,
            Language language,
            Instant expires,
            int bytes) {
        byte[] token = new byte[bytes];
        RANDOM.nextBytes(token);
        String text = Base64.getUrlEncoder().withoutPadding().encodeToString(token);
        em.persist(
                new CapabilityLink(
                        hash(text),
                        visitId,
                        sequence,
                        action,
                        email,
                        language,
                        expires,
                        clock.instant()));
        return "/links/" + text;
    }

    public Resolution resolve(String token) {
        return resolve(token, LockModeType.NONE);
    }

    /**
     * The link, locked for the rest of the transaction, for an action that uses it up: of two
     * requests with the same link at once, the second waits for the first and then finds it used.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Resolution resolveToUse(String token) {
        return resolve(token, LockModeType.PESSIMISTIC_WRITE);
    }

    private Resolution resolve(String token, LockModeType lock) {
        if (token == null || token.length() < 16 || token.length() > 100) {
            return new Resolution(null, false);
        }
        Optional<CapabilityLink> link =
                em.createQuery(
                                "select l from CapabilityLink l where l.tokenHash = :hash",
                                CapabilityLink.class)
                        .setParameter("hash", hash(token))
                        .setLockMode(lock)
                        .getResultStream()
                        .findFirst();
        return new Resolution(link.orElse(null), link.isPresent());
    }

    /** Ends the links of a visit that a change made wrong (a confirmation of the old time, say). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void revoke(long visitId, List<Action> actions) {
        Instant now = clock.instant();
        em.createQuery(
                        "select l from CapabilityLink l where l.visitId = :visit and l.action in :actions",
                        CapabilityLink.class)
                .setParameter("visit", visitId)
                .setParameter("actions", actions)
                .getResultList()
                .forEach(link -> link.expire(now));
    }

    /**
     * When a link of the visit for this action was last used (for a confirmation: when the visit
     * was confirmed), if one was.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Instant> lastUse(long visitId, Action action) {
        return Optional.ofNullable(
                em.createQuery(
                                "select max(l.usedAt) from CapabilityLink l where l.visitId = :visit and l.action = :action",
                                Instant.class)
                        .setParameter("visit", visitId)
                        .setParameter("action", action)
                        .getSingleResult());
    }

    static String hash(String token) {
        try {
            return HexFormat.of()
                    .formatHex(
                            MessageDigest.getInstance("SHA-256")
                                    .digest(token.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
