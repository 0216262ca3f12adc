package iq.cpf.awareness.schoollink.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** A text someone sent us, what it was taken for, and the visit it was about. */
@Entity
@Table(name = "sms_reply")
public class TextReply {

    /** What a reply was taken for. */
    public enum Action {
        CONFIRM,
        RESCHEDULE,
        STOP,
        START,
        HELP
    }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sms_reply_seq")
    @SequenceGenerator(name = "sms_reply_seq", sequenceName = "sms_reply_seq", allocationSize = 50)
    private Long id;

    private String phone;

    private String body;

    @Enumerated(EnumType.STRING)
    private Action action;

    @Column(name = "visit_id")
    private Long visitId;

    @Column(name = "received_at")
    private Instant receivedAt;

    protected TextReply() {}

    public TextReply(String phone, String body, Action action, Long visitId, Instant receivedAt) {
        this.phone = phone;
        this.body = body.length() > 1000 ? body.substring(0, 1000) : body;
        this.action = action;
        this.visitId = visitId;
        this.receivedAt = receivedAt;
    }

    public Long getId() {
        return id;
    }

    public String getPhone() {
        return phone;
    }

    public String getBody() {
        return body;
    }

    public Action getAction() {
        return action;
    }

    public Long getVisitId() {
        return visitId;
    }

    public Instant getReceivedAt() {
        return receivedAt;
    }
}
