package iq.cpf.awareness.outbox.control;

import iq.cpf.awareness.platform.Language;
import iq.cpf.awareness.platform.control.Templates;
import java.util.Locale;

/**
 * A message decided on but not yet queued: who gets it, in which language, what it says, the name
 * it is From (the forum it is about, or the application), and the key that makes it unique (event,
 * recipient, subject, revision).
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
        String senderName) {

    public static String key(String event, String recipient, String subject, Object revision) {
        return event + "|" + recipient.toLowerCase(Locale.ROOT) + "|" + subject + "|" + revision;
    }
}
