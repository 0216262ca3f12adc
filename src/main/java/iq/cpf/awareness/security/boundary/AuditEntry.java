package iq.cpf.awareness.security.boundary;

import iq.cpf.awareness.security.entity.AuditEvent;
import java.time.Instant;

/** One entry of the audit log, as the API and the audit page show it. */
public record AuditEntry(
        long id,
        Instant at,
        String actor,
        String address,
        String action,
        String targetType,
        String targetId,
        String detail) {

    static AuditEntry of(AuditEvent e) {
        return new AuditEntry(
                e.getId(),
                e.getAt(),
                e.getActor(),
                e.getAddress(),
                e.getAction(),
                e.getTargetType(),
                e.getTargetId(),
                e.getDetail());
    }
}
