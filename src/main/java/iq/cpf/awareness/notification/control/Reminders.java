package iq.cpf.awareness.notification.control;

import iq.cpf.awareness.campaign.entity.ReminderRule;
import iq.cpf.awareness.notification.entity.PlannedReminder;
import iq.cpf.awareness.notification.entity.PlannedReminder.Kind;
import iq.cpf.awareness.notification.entity.PlannedReminder.State;
import iq.cpf.awareness.visit.entity.Visit;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * The reminders a visit needs under its campaign's rules, and its participation request at the end. Each is
 * a row written with the visit's change; once that commits, {@link ReminderTriggers} gives each a Quartz
 * trigger. A reminder whose moment has passed when it is planned is recorded as skipped, never sent late.
 * When a trigger fires, the reminder is sent only if it is still planned, the visit has not changed since
 * and is still ahead; so a trigger that fires twice, or late after downtime, sends at most once.
 */
@ApplicationScoped
@Transactional
public class Reminders {

    private static final Logger LOG = Logger.getLogger(Reminders.class);

    @PersistenceContext
    EntityManager em;
    @Inject
    Clock clock;
    @Inject
    VisitMails mails;
    @Inject
    Event<Planned> planned;

    /** Reminders planned in a transaction, to be given triggers once it has committed. */
    public record Planned(List<Due> reminders) {
    }

    /** A reminder's id and when it falls due. */
    public record Due(long id, Instant at) {
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void plan(Visit visit) {
        Instant now = clock.instant();
        for (ReminderRule rule : visit.getCampaign().getReminders()) {
            Kind kind = rule.getAudience() == iq.cpf.awareness.campaign.entity.Audience.SCHOOL ? Kind.SCHOOL : Kind.VOLUNTEERS;
            Instant at = visit.getStart().minus(rule.duration());
            PlannedReminder reminder = new PlannedReminder(visit.getId(), kind, rule.getBefore(), at, visit.getSequence(), now);
            if (!at.isAfter(now)) {
                reminder.finish(State.SKIPPED, now);
            }
            em.persist(reminder);
        }
        PlannedReminder participation = new PlannedReminder(visit.getId(), Kind.PARTICIPATION, null, visit.getEnd(),
                visit.getSequence(), now);
        em.persist(participation);
        em.flush();
        List<Due> ids = em.createQuery("""
                        select r from PlannedReminder r where r.visitId = :visit and r.state = :planned
                        and r.visitSequence = :sequence""", PlannedReminder.class)
                .setParameter("visit", visit.getId()).setParameter("planned", State.PLANNED)
                .setParameter("sequence", visit.getSequence())
                .getResultStream().map(r -> new Due(r.getId(), r.getDueAt())).toList();
        planned.fire(new Planned(ids));
    }

    /** A moved visit: what was planned for the old time is dropped, the new time gets its own. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void replan(Visit visit) {
        drop(visit.getId());
        plan(visit);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void drop(long visitId) {
        Instant now = clock.instant();
        em.createQuery("select r from PlannedReminder r where r.visitId = :visit and r.state = :planned",
                        PlannedReminder.class)
                .setParameter("visit", visitId).setParameter("planned", State.PLANNED)
                .getResultList().forEach(r -> r.finish(State.DROPPED, now));
    }

    /** Called by its trigger: queues the reminder's emails if it is still wanted. */
    public void fire(long reminderId) {
        PlannedReminder reminder = em.find(PlannedReminder.class, reminderId);
        if (reminder == null || reminder.getState() != State.PLANNED) {
            return;
        }
        Instant now = clock.instant();
        Visit visit = em.find(Visit.class, reminder.getVisitId());
        if (visit == null || visit.isCancelled() || visit.getSequence() != reminder.getVisitSequence()) {
            reminder.finish(State.DROPPED, now);
            return;
        }
        switch (reminder.getAudience()) {
            case PARTICIPATION -> mails.requestParticipation(visit);
            case SCHOOL, VOLUNTEERS -> {
                if (!visit.getStart().isAfter(now)) {
                    LOG.debugf("Reminder %d for visit %d came after the visit started; skipped", reminderId, visit.getId());
                    reminder.finish(State.SKIPPED, now);
                    return;
                }
                mails.remind(visit, reminder.getAudience() == Kind.SCHOOL
                        ? iq.cpf.awareness.campaign.entity.Audience.SCHOOL
                        : iq.cpf.awareness.campaign.entity.Audience.VOLUNTEERS, reminder.getBefore());
            }
        }
        reminder.finish(State.ENQUEUED, now);
    }

    /** Planned reminders that have no trigger (a crash between commit and scheduling, say). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Due> withoutTrigger(String schedulerName, int limit) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        select r.id, r.due_at from planned_reminder r where r.state = 'PLANNED'
                        and not exists (select 1 from QRTZ_TRIGGERS t where t.SCHED_NAME = ?1
                                        and t.TRIGGER_NAME = concat('reminder-', cast(r.id as varchar(20))))
                        order by r.due_at""")
                .setParameter(1, schedulerName).setMaxResults(limit).getResultList();
        return rows.stream().map(row -> new Due(((Number) row[0]).longValue(), toInstant(row[1]))).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<PlannedReminder> of(long visitId) {
        return em.createQuery("select r from PlannedReminder r where r.visitId = :visit order by r.id", PlannedReminder.class)
                .setParameter("visit", visitId).getResultList();
    }

    private static Instant toInstant(Object value) {
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof java.time.OffsetDateTime offset) {
            return offset.toInstant();
        }
        if (value instanceof java.sql.Timestamp timestamp) {
            return timestamp.toInstant();
        }
        return Instant.parse(value.toString());
    }
}
