package iq.cpf.awareness.participation.control;

import iq.cpf.awareness.participation.entity.Participation;
import iq.cpf.awareness.platform.Conflict;
import iq.cpf.awareness.platform.control.Checks;
import iq.cpf.awareness.visit.entity.Visit;
import iq.cpf.awareness.visit.entity.VisitStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.LinkedHashMap;
import java.util.Map;
import java.time.Clock;
import java.util.Optional;

/**
 * Records what happened at a visit once it has started; a later report corrects the earlier one. The visit
 * is then done.
 */
@ApplicationScoped
@Transactional
public class Participations {

    @PersistenceContext
    EntityManager em;
    @Inject
    Checks checks;
    @Inject
    Clock clock;

    /** What a report says. */
    public record Report(Integer girls, Integer boys, Integer teachers, Integer sessions, String notes) {
    }

    public Participation record(long visitId, Report report, String reportedBy) {
        Visit visit = checks.existing(Visit.class, visitId, "visit");
        if (visit.isCancelled()) {
            throw new Conflict("participation.cancelled", String.valueOf(visitId));
        }
        if (visit.getStart().isAfter(clock.instant())) {
            throw new Conflict("participation.notStarted", String.valueOf(visitId));
        }
        Participation participation = Optional.ofNullable(em.find(Participation.class, visitId))
                .orElseGet(() -> new Participation(visitId));
        participation.report(report.girls(), report.boys(), report.teachers(),
                report.sessions() == null ? 1 : report.sessions(), report.notes(), reportedBy, clock.instant());
        checks.valid(participation);
        if (em.find(Participation.class, visitId) == null) {
            em.persist(participation);
        }
        visit.setStatus(VisitStatus.DONE);
        em.flush();
        return participation;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Participation> of(long visitId) {
        return Optional.ofNullable(em.find(Participation.class, visitId));
    }

    /** Students reached (girls and boys) per group, largest first: {@code by} is a path from the visit. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<String, Long> studentsReachedBy(Reach by) {
        Map<String, Long> reach = new LinkedHashMap<>();
        em.createQuery("select " + by.path + ", sum(coalesce(p.girls, 0) + coalesce(p.boys, 0)) from Participation p, Visit v "
                        + "where v.id = p.visitId and v.status <> :cancelled group by " + by.path + " order by 2 desc", Object[].class)
                .setParameter("cancelled", VisitStatus.CANCELLED).getResultList().forEach(row -> reach.put(String.valueOf(row[0]), ((Number) row[1]).longValue()));
        return reach;
    }

    /** What reach can be grouped by on the dashboard. */
    public enum Reach {
        TOPIC("v.campaign.topic.slug"), DISTRICT("v.school.district");

        private final String path;

        Reach(String path) {
            this.path = path;
        }
    }
}
