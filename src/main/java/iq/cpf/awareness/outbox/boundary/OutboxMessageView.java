package iq.cpf.awareness.outbox.boundary;

import iq.cpf.awareness.outbox.entity.MessageState;
import iq.cpf.awareness.outbox.entity.OutboxMessage;
import iq.cpf.awareness.platform.Channel;
import iq.cpf.awareness.platform.Language;
import java.time.Instant;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A message of the outbox as organisers see it: to whom, about what, and how sending it went. The
 * Message-ID is the one every copy of it carries, a copy sent again after a crash included.
 */
public record OutboxMessageView(
        Long id,
        String event,
        String recipient,
        Language language,
        Long visitId,
        Long campaignId,
        String subject,
        String calendarMethod,
        MessageState state,
        int attempts,
        Instant nextAttemptAt,
        String lastError,
        Instant createdAt,
        Instant sentAt,
        Instant purgedAt,
        String messageId,
        @Schema(description = "email, or sms for a text message") Channel channel,
        @Schema(description = "The mobile number (E.164) a text message goes to") String phone,
        @Schema(
                        description =
                                "For a text message, what the SMSC's receipts said: delivered, or undelivered with deliveryDetail; empty until a receipt came")
                String delivery,
        String deliveryDetail,
        Instant deliveredAt) {

    static OutboxMessageView of(OutboxMessage m) {
        return new OutboxMessageView(
                m.getId(),
                m.getEvent(),
                m.getRecipientEmail(),
                m.getLanguage(),
                m.getVisitId(),
                m.getCampaignId(),
                m.getSubject(),
                m.getIcsMethod(),
                m.getState(),
                m.getAttempts(),
                m.getNextAttemptAt(),
                m.getLastError(),
                m.getCreatedAt(),
                m.getSentAt(),
                m.getPurgedAt(),
                m.getMessageId(),
                m.getChannel(),
                m.getRecipientPhone(),
                m.getDelivery() == null ? null : m.getDelivery().toLowerCase(Locale.ROOT),
                m.getDeliveryDetail(),
                m.getDeliveredAt());
    }
}
