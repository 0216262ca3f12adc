package iq.cpf.awareness.outbox.boundary;

import iq.cpf.awareness.outbox.control.Texter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Whether pages may offer text messages: the forms say so next to the channel when they are off.
 */
@Named("sms")
@ApplicationScoped
public class SmsStatus {

    @Inject Texter texter;

    public boolean isEnabled() {
        return texter.enabled();
    }
}
