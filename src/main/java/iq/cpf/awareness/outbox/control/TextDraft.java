package iq.cpf.awareness.outbox.control;

import iq.cpf.awareness.platform.Language;

/**
 * A text message decided on but not yet queued: the same key rules as an email's {@link Draft}
 * (with the channel in the key, so that the email and the text of one event are both sent), the
 * person's email (who they are, for erasure and the outbox page) and the phone it goes to. {@code
 * essential}: about a booked visit, sent even to a number that said STOP.
 */
public record TextDraft(
        String dedupKey,
        String event,
        String recipientEmail,
        String recipientName,
        String phone,
        Language language,
        String text,
        Long visitId,
        Long campaignId,
        String senderName,
        boolean essential) {}
