package iq.cpf.awareness.outbox.control;

import iq.cpf.awareness.platform.Language;
import iq.cpf.awareness.platform.control.Templates;
import java.util.Locale;

/**
 * A message decided on but not yet queued: who gets it, in which language, what it says, the name
 * it is From (the forum it is about, or the application), and the key that makes it unique (event,
 * recipient, subject, revision); and a file attached, if any.
 */
public record Draft(
        String dedupKey,
        String event,
        String recipientEmail,
        String recipientName,
        Language language,
        String subject,
        Templates.Bodies bodies,
        String ics,
        String icsMethod,
        Long visitId,
        Long campaignId,
        String unsubscribeUrl,
        String senderName,
        Attachment attachment) {

    /** A file sent with the message (a consent letter for parents, say). */
    public record Attachment(String fileName, String contentType, byte[] content) {}

    /** A message with no file attached. */
    public Draft(
            String dedupKey,
            String event,
            String recipientEmail,
            String recipientName,
            Language language,
            String subject,
            Templates.Bodies bodies,
            String ics,
            String icsMethod,
            Long visitId,
            Long campaignId,
            String unsubscribeUrl,
            String senderName) {
        this(
                dedupKey,
                event,
                recipientEmail,
                recipientName,
                language,
                subject,
                bodies,
                ics,
                icsMethod,
                visitId,
                campaignId,
                unsubscribeUrl,
                senderName,
                null);
    }

    public static String key(String event, String recipient, String subject, Object revision) {
        return event + "|" + recipient.toLowerCase(Locale.ROOT) + "|" + subject + "|" + revision;
    }
}
