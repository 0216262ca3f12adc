package iq.cpf.awareness.outbox.entity;

import iq.cpf.awareness.platform.Channel;
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
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * One email or text message, rendered when it was decided on and kept until it is sent or given up.
 * The dedup key (event, recipient, visit, revision) is unique in the table, so the same message can
 * never be queued twice.
 */
@Entity
@Table(name = "outbox_message")
public class OutboxMessage {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "outbox_seq")
    @SequenceGenerator(name = "outbox_seq", sequenceName = "outbox_seq", allocationSize = 50)
    private Long id;

    @Column(name = "dedup_key")
    private String dedupKey;

    private String event;

    /** The name it is From (a forum's), in front of the one sender address. */
    @Column(name = "sender_name")
    private String senderName;

    @Column(name = "recipient_email")
    private String recipientEmail;

    @Column(name = "recipient_name")
    private String recipientName;

    @Enumerated(EnumType.STRING)
    private Language language;

    @Column(name = "visit_id")
    private Long visitId;

    @Column(name = "campaign_id")
    private Long campaignId;

    private String subject;

    @Column(name = "body_text")
    private String bodyText;

    @Column(name = "body_html")
    private String bodyHtml;

    private String ics;

    @Column(name = "ics_method")
    private String icsMethod;

    @Column(name = "unsubscribe_url")
    private String unsubscribeUrl;

    @Column(name = "attachment_name")
    private String attachmentName;

    @Column(name = "attachment_type")
    private String attachmentType;

    @Column(name = "message_id")
    private String messageId;

    @Enumerated(EnumType.STRING)
    private MessageState state = MessageState.PENDING;

    private int attempts;

    @Column(name = "next_attempt_at")
    private Instant nextAttemptAt;

    @Column(name = "last_error")
    private String lastError;

    @Column(name = "claimed_by")
    private String claimedBy;

    @Column(name = "lease_until")
    private Instant leaseUntil;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "sent_at")
    private Instant sentAt;

    /** When the bodies were emptied after sending (they hold the recipients' capability links). */
    @Column(name = "purged_at")
    private Instant purgedAt;

    /** EMAIL, or SMS: then the text is the body, sent to the phone below. */
    @Enumerated(EnumType.STRING)
    private Channel channel = Channel.EMAIL;

    @Column(name = "recipient_phone")
    private String recipientPhone;

    /** What the SMSC's receipts said: DELIVERED or UNDELIVERED (with why); empty until then. */
    private String delivery;

    @Column(name = "delivery_detail")
    private String deliveryDetail;

    @Column(name = "delivered_at")
    private Instant deliveredAt;

    @Version private int version;

    protected OutboxMessage() {}

    public OutboxMessage(
            String dedupKey,
            String event,
            String recipientEmail,
            String recipientName,
            Language language,
            String subject,
            String bodyText,
            String bodyHtml,
            Instant now) {
        this.dedupKey = dedupKey;
        this.event = event;
        this.recipientEmail = recipientEmail;
        this.recipientName = recipientName;
        this.language = language;
        this.subject = subject;
        this.bodyText = bodyText;
        this.bodyHtml = bodyHtml;
        this.createdAt = now;
        this.nextAttemptAt = now;
    }

    public void attach(String ics, String icsMethod) {
        this.ics = ics;
        this.icsMethod = icsMethod;
    }

    /**
     * A file sent with the message, whose bytes are an {@link OutboxAttachment} of their own: read
     * only when the message is sent, never with a list of messages.
     */
    public void attachFile(String name, String type) {
        this.attachmentName = name;
        this.attachmentType = type;
    }

    public String getAttachmentName() {
        return attachmentName;
    }

    public String getAttachmentType() {
        return attachmentType;
    }

    public void about(Long visitId, Long campaignId) {
        this.visitId = visitId;
        this.campaignId = campaignId;
    }

    /** The message goes as a text to this phone (E.164); its text is the text body. */
    public void textTo(String phone) {
        this.channel = Channel.SMS;
        this.recipientPhone = phone;
    }

    /**
     * What the receipts said: delivered (every part was), or not (a part was not, and why). Once
     * undelivered it stays so.
     */
    public void receipt(boolean delivered, String detail, Instant at) {
        if ("UNDELIVERED".equals(delivery)) {
            return;
        }
        this.delivery = delivered ? "DELIVERED" : "UNDELIVERED";
        this.deliveryDetail =
                detail == null ? null : detail.substring(0, Math.min(200, detail.length()));
        this.deliveredAt = at;
    }

    public Channel getChannel() {
        return channel;
    }

    public String getRecipientPhone() {
        return recipientPhone;
    }

    public String getDelivery() {
        return delivery;
    }

    public String getDeliveryDetail() {
        return deliveryDetail;
    }

    public Instant getDeliveredAt() {
        return deliveredAt;
    }

    public void sendAs(String senderName) {
        this.senderName = senderName;
    }

    public void unsubscribeAt(String url) {
        this.unsubscribeUrl = url;
    }

    public void identify(String messageId) {
        this.messageId = messageId;
    }

    /** A failed attempt: tried again at {@code next}, or given up (dead) when there is no next. */
    public void failed(String error, Instant next) {
        attempts++;
        lastError = shortened(error);
        claimedBy = null;
        leaseUntil = null;
        if (next == null) {
            state = MessageState.DEAD;
        } else {
            state = MessageState.PENDING;
            nextAttemptAt = next;
        }
    }

    /** An error as the last_error column keeps it. */
    public static String shortened(String error) {
        return error == null ? null : error.substring(0, Math.min(error.length(), 2000));
    }

    public void retry(Instant now) {
        state = MessageState.PENDING;
        attempts = 0;
        nextAttemptAt = now;
    }

    public Long getId() {
        return id;
    }

    public String getDedupKey() {
        return dedupKey;
    }

    public String getEvent() {
        return event;
    }

    public String getSenderName() {
        return senderName;
    }

    public String getRecipientEmail() {
        return recipientEmail;
    }

    public String getRecipientName() {
        return recipientName;
    }

    public Language getLanguage() {
        return language;
    }

    public Instant getPurgedAt() {
        return purgedAt;
    }

    public Long getVisitId() {
        return visitId;
    }

    public Long getCampaignId() {
        return campaignId;
    }

    public String getSubject() {
        return subject;
    }

    public String getBodyText() {
        return bodyText;
    }

    public String getBodyHtml() {
        return bodyHtml;
    }

    public String getIcs() {
        return ics;
    }

    public String getIcsMethod() {
        return icsMethod;
    }

    public String getUnsubscribeUrl() {
        return unsubscribeUrl;
    }

    public String getMessageId() {
        return messageId;
    }

    public MessageState getState() {
        return state;
    }

    public int getAttempts() {
        return attempts;
    }

    public Instant getNextAttemptAt() {
        return nextAttemptAt;
    }

    public String getLastError() {
        return lastError;
    }

    /** The token of the sender that holds the message while it is being sent. */
    public String getClaimedBy() {
        return claimedBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getSentAt() {
        return sentAt;
    }
}
