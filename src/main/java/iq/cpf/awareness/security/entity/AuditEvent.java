package iq.cpf.awareness.security.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One entry of the audit log: who (their login, or none for the system), what, on what, when and
 * from where.
 */
@Entity
@Table(name = "audit_event")
public class AuditEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_event_seq")
    @SequenceGenerator(
            name = "audit_event_seq",
            sequenceName = "audit_event_seq",
            allocationSize = 50)
    private Long id;

    private Instant at;

    private String actor;

    private String address;

    private String action;

    @Column(name = "target_type")
    private String targetType;

    @Column(name = "target_id")
    private String targetId;

    private String detail;

    protected AuditEvent() {}

    public AuditEvent(
            Instant at,
            String actor,
            String address,
            String action,
            String targetType,
            String targetId,
            String detail) {
        this.at = at;
        this.actor = clip(actor, 254);
        this.address = clip(address, 64);
        this.action = clip(action, 40);
        this.targetType = clip(targetType, 40);
        this.targetId = clip(targetId, 64);
        this.detail = clip(detail, 1000);
    }

    private static String clip(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }

    public Long getId() {
        return id;
    }

    public Instant getAt() {
        return at;
    }

    public String getActor() {
        return actor;
    }

    public String getAddress() {
        return address;
    }

    public String getAction() {
        return action;
    }

    public String getTargetType() {
        return targetType;
    }

    public String getTargetId() {
        return targetId;
    }

    public String getDetail() {
        return detail;
    }
}
