package iq.cpf.awareness.outbox.boundary;

import iq.cpf.awareness.outbox.entity.MessageState;
import iq.cpf.awareness.outbox.entity.OutboxMessage;
import iq.cpf.awareness.platform.Language;
import java.time.Instant;

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
        String messageId) {

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
                m.getMessageId());
    }
}
