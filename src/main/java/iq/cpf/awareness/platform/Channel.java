package iq.cpf.awareness.platform;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * How someone prefers to hear from the application: by email, by text message (SMS) or both. Email
 * is used whenever a text cannot be sent (no mobile number, or SMS not set up on this server). An
 * outbox message has one channel, {@code EMAIL} or {@code SMS}.
 */
public enum Channel {
    @JsonProperty("email")
    EMAIL,
    @JsonProperty("sms")
    SMS,
    @JsonProperty("both")
    BOTH;

    public boolean email() {
        return this != SMS;
    }

    public boolean sms() {
        return this != EMAIL;
    }
}
