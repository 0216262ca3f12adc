package iq.cpf.awareness.security.control;

import iq.cpf.awareness.platform.Audited;
import iq.cpf.awareness.platform.Caller;
import iq.cpf.awareness.platform.Page;
import iq.cpf.awareness.platform.control.Where;
import iq.cpf.awareness.security.entity.AuditEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

/**
 * The audit log: every {@link Audited} event, once its transaction committed, with who (the caller
 * of the request, or the event's own actor) and from where (the client's address, as the proxy gave
 * it). Outside a request (a Quartz job) the actor is the system and there is no address.
 */
@ApplicationScoped
public class Audit {

    @PersistenceContext EntityManager em;
    @Inject Clock clock;
    @Inject Instance<Caller> callers;
    @Inject Instance<HttpServletRequest> requests;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void record(@Observes(during = TransactionPhase.AFTER_SUCCESS) Audited event) {
        String actor = event.actor() != null ? event.actor() : caller().orElse(null);
        em.persist(
                new AuditEvent(
                        clock.instant(),
                        actor,
                        address().orElse(null),
                        event.action(),
                        event.targetType(),
                        event.targetId(),
                        event.detail()));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<AuditEvent> list(
            String actor, String action, Instant from, Instant to, int first, int size) {
        Where where =
                new Where()
                        .equal(
                                "a.actor",
                                "actor",
                                actor == null ? null : actor.trim().toLowerCase(Locale.ROOT))
                        .equal("a.action", "action", action)
                        .when(from != null, "a.at >= :from", "from", from)
                        .when(to != null, "a.at < :to", "to", to);
        return where.page(
                em, "AuditEvent a", "a", "a.at desc, a.id desc", AuditEvent.class, first, size);
    }

    private Optional<String> caller() {
        try {
            return callers.get().email();
        } catch (ContextNotActiveException e) {
            return Optional.empty();
        }
    }

    private Optional<String> address() {
        try {
            return Optional.ofNullable(requests.get().getRemoteAddr());
        } catch (ContextNotActiveException | IllegalStateException e) {
            return Optional.empty();
        }
    }
}
