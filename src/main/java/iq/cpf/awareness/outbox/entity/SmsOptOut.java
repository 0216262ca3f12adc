package iq.cpf.awareness.outbox.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A number that answered STOP: it gets only texts essential to a booked visit until START. */
@Entity
@Table(name = "sms_opt_out")
public class SmsOptOut {

    @Id private String phone;

    @Column(name = "stopped_at")
    private Instant stoppedAt;

    protected SmsOptOut() {}

    public SmsOptOut(String phone, Instant stoppedAt) {
        this.phone = phone;
        this.stoppedAt = stoppedAt;
    }

    public String getPhone() {
        return phone;
    }

    public Instant getStoppedAt() {
        return stoppedAt;
    }
}
