package iq.cpf.awareness.security.entity;

import iq.cpf.awareness.platform.Language;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A link in an email that lets a school contact do one thing for one visit without logging in. Only
 * the SHA-256 of its 256-bit random token is stored; it expires, and one-time actions are used up.
 */
@Entity
@Table(name = "capability_link")
public class CapabilityLink {

    public enum Action {
        CONFIRM(true),
        RESCHEDULE(true),
        MATERIALS(false),
        PARTICIPATION(true);

        private final boolean once;

        Action(boolean once) {
            this.once = once;
        }

        public boolean once() {
            return once;
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "capability_link_seq")
    @SequenceGenerator(
            name = "capability_link_seq",
            sequenceName = "capability_link_seq",
            allocationSize = 50)
    private Long id;

    @Column(name = "token_hash")
    private String tokenHash;

    @Column(name = "visit_id")
    private Long visitId;

    /**
     * The revision of the visit the link was made for (its sequence, raised by every move and by
     * the cancellation): a link of an earlier one was sent before the visit moved.
     */
    @Column(name = "visit_sequence")
    private int visitSequence;

    @Enumerated(EnumType.STRING)
    private Action action;

    @Column(name = "recipient_email")
    private String recipientEmail;

    @Enumerated(EnumType.STRING)
    private Language language;

    @Column(name = "expires_at")
    private Instant expiresAt;

    @Column(name = "used_at")
    private Instant usedAt;

    @Column(name = "created_at")
    private Instant createdAt;

    protected CapabilityLink() {}

    public CapabilityLink(
            String tokenHash,
            Long visitId,
            int visitSequence,
            Action action,
            String recipientEmail,
            Language language,
            Instant expiresAt,
            Instant createdAt) {
        this.tokenHash = tokenHash;
        this.visitId = visitId;
        this.visitSequence = visitSequence;
        this.action = action;
        this.recipientEmail = recipientEmail;
        this.language = language;
        this.expiresAt = expiresAt;
        this.createdAt = createdAt;
    }

    public boolean usable(Instant now) {
        return now.isBefore(expiresAt) && !(action.once() && usedAt != null);
    }

    public void use(Instant now) {
        usedAt = now;
    }

    public void expire(Instant now) {
        if (expiresAt.isAfter(now)) {
            expiresAt = now;
        }
    }

    public Long getVisitId() {
        return visitId;
    }

    public int getVisitSequence() {
        return visitSequence;
    }

    /** Whether the visit has moved (or been cancelled) since the link was made. */
    public boolean supersededBy(int currentVisitSequence) {
        return visitSequence < currentVisitSequence;
    }

    public Action getAction() {
        return action;
    }

    public String getRecipientEmail() {
        return recipientEmail;
    }

    public Language getLanguage() {
        return language;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    public Instant getUsedAt() {
        return usedAt;
    }
}
