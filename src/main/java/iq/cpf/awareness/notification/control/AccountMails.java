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
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** Emails about a user's own account: the password reset link, in the user's language. */
@ApplicationScoped
public class AccountMails {

    @Inject Outbox outbox;
    @Inject Templates templates;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    void onReset(@Observes(during = TransactionPhase.AFTER_SUCCESS) ResetRequested reset) {
        Locale locale = reset.language().locale();
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("lang", reset.language().code());
        model.put("dir", reset.language().dir());
        model.put("name", reset.name());
        model.put("url", reset.url());
        outbox.enqueue(
                new Draft(
                        Draft.key("password-reset", reset.email(), "request", reset.requestId()),
                        "password-reset",
                        reset.email(),
                        reset.name(),
                        reset.language(),
                        Messages.get(locale, "mail.reset.subject"),
                        templates.render("reset", locale, model),
                        null,
                        null,
                        null,
                        null,
                        null));
    }
}
