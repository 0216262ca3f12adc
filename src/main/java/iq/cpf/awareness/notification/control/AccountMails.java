package iq.cpf.awareness.notification.control;

import iq.cpf.awareness.outbox.control.Draft;
import iq.cpf.awareness.outbox.control.Outbox;
import iq.cpf.awareness.platform.Messages;
import iq.cpf.awareness.platform.control.Templates;
import iq.cpf.awareness.security.entity.ResetRequested;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Locale;

/**
 * Emails about a user's own account: the password reset link, in the user's language. They are
 * about no forum, so they are From the application's name.
 */
@ApplicationScoped
public class AccountMails {

    /** What the password reset email says. */
    public record ResetMail(String name, String url) {}

    @Inject Outbox outbox;
    @Inject Templates templates;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    void onReset(@Observes(during = TransactionPhase.AFTER_SUCCESS) ResetRequested reset) {
        Locale locale = reset.language().locale();
        outbox.enqueue(
                new Draft(
                        Draft.key("password-reset", reset.email(), "request", reset.requestId()),
                        "password-reset",
                        reset.email(),
                        reset.name(),
                        reset.language(),
                        Messages.get(locale, "mail.reset.subject"),
                        templates.render("reset", locale, new ResetMail(reset.name(), reset.url())),
                        null,
                        null,
                        null,
                        null,
                        null,
                        Messages.get(locale, "app.name")));
    }
}
