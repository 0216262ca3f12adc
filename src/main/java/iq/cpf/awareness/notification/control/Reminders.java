package iq.cpf.awareness.notification.control;

import iq.cpf.awareness.campaign.entity.Audience;
import iq.cpf.awareness.campaign.entity.ReminderRule;
import iq.cpf.awareness.notification.entity.PlannedReminder;
import iq.cpf.awareness.notification.entity.PlannedReminder.Kind;
import iq.cpf.awareness.notification.entity.PlannedReminder.State;
import iq.cpf.awareness.outbox.control.Backoff;
import iq.cpf.awareness.platform.Audited;
import iq.cpf.awareness.platform.Settings;
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
 * The reminders a visit needs under its campaign's rules, and its participation request at the end:
 * each a row written in the transaction of the visit's change. A reminder whose moment has passed
 * when it is planned is recorded as skipped, never sent late. A Quartz job ({@link
 * DueRemindersJob}) fires the rows that have fallen due, one transaction each; a row is sent only
 * while it is still planned, its visit unchanged since and, for reminders, still ahead. So a row
 * fired twice, or late after downtime, sends at most once, and what fell due while the server was
 * down goes out once when it is back. A row that cannot be fired is tried again with back-off and
 * then fails visibly, like a dead message.
 *
 * <p>One polling job rather than one Quartz trigger per reminder: 10,000 visits make 40,000
 * reminders, and every trigger would cost a locked write to Quartz's tables; the price is that a
 * reminder goes out up to REMINDER_POLL_SECONDS after its moment.
 */
@ApplicationScoped
@Transactional
public class Reminders {

    private static final Logger LOG = Logger.getLogger(Reminders.class);

    @PersistenceContext EntityManager em;
    @Inject Clock clock;
    @Inject VisitMails mails;
    @Inject Settings settings;
    @Inject Event<Audited> audited;

    @Transactional(Transactional.TxType.MANDATORY)
    public void plan(Visit visit) {
        Instant now = clock.instant();
        for (ReminderRule rule : visit.getCampaign().getReminders()) {
            Kind kind = rule.getAudience() == Audience.SCHOOL ? Kind.SCHOOL : Kind.VOLUNTEERS;
            Instant at = visit.getStart().minus(rule.duration());
            PlannedReminder reminder =
                    new PlannedReminder(
                            visit.getId(), kind, rule.getBefore(), at, visit.getSequence(), now);
            if (!at.isAfter(now)) {
                reminder.finish(State.SKIPPED, now);
            }
            em.persist(reminder);
        }
        PlannedReminder participation =
                new PlannedReminder(
                        visit.getId(),
                        Kind.PARTICIPATION,
                        null,
                        visit.getEnd(),
                        visit.getSequence(),
                        now);
        em.persist(participation);
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
        em.createQuery(
                        "select r from PlannedReminder r where r.visitId = :visit and r.state = :planned",
                        PlannedReminder.class)
                .setParameter("visit", visitId)
                .setParameter("planned", State.PLANNED)
                .getResultList()
                .forEach(r -> r.finish(State.DROPPED, now));
    }

    /** Called by its trigger: queues the reminder's emails if it is still wanted. */
    public void fire(long reminderId) {
        PlannedReminder reminder = em.find(PlannedReminder.class, reminderId);
        if (reminder == null || reminder.getState() != State.PLANNED) {
            return;
        }
        Instant now = clock.instant();
        Visit visit = em.find(Visit.class, reminder.getVisitId());
        if (visit == null
                || visit.isCancelled()
                || visit.getSequence() != reminder.getVisitSequence()) {
            reminder.finish(State.DROPPED, now);
            return;
        }
        switch (reminder.getAudience()) {
            case PARTICIPATION -> mails.requestParticipation(visit);
            case SCHOOL, VOLUNTEERS -> {
                if (!visit.getStart().isAfter(now)) {
                    LOG.debugf(
                            "Reminder %d for visit %d came after the visit started; skipped",
                            reminderId, visit.getId());
                    reminder.finish(State.SKIPPED, now);
                    return;
                }
                mails.remind(
                        visit,
                        reminder.getAudience() == Kind.SCHOOL
                                ? Audience.SCHOOL
                                : Audience.VOLUNTEERS,
                        reminder.getBefore());
            }
        }
        reminder.finish(State.ENQUEUED, now);
    }

    /**
     * Records that firing the reminder failed (its own transaction: the one that tried rolled
     * back). It is tried again after a wait that doubles each time, and after REMINDER_MAX_ATTEMPTS
     * it fails for good: its state says so, the audit log keeps the error, and the log says it as
     * an error.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void failed(long reminderId, String error) {
        PlannedReminder reminder = em.find(PlannedReminder.class, reminderId);
        if (reminder == null || reminder.getState() != State.PLANNED) {
            return;
        }
        Instant now = clock.instant();
        Backoff backoff = new Backoff(settings.reminderMaxAttempts(), settings.reminderRetryBase());
        reminder.failed(error, backoff.next(reminder.getAttempts() + 1, now).orElse(null), now);
        if (reminder.getState() == State.FAILED) {
            LOG.errorf(
                    "Reminder %d of visit %d failed %d times and is given up: %s",
                    reminderId, reminder.getVisitId(), reminder.getAttempts(), error);
            audited.fire(
                    Audited.of(
                            "reminder.failed",
                            "visit",
                            reminder.getVisitId(),
                            reminder.getAudience()
                                    + (reminder.getBefore() == null
                                            ? ""
                                            : " " + reminder.getBefore())
                                    + " after "
                                    + reminder.getAttempts()
                                    + " attempts: "
                                    + reminder.getLastError()));
        } else {
            LOG.warnf(
                    "Reminder %d of visit %d failed (attempt %d), tried again at %s: %s",
                    reminderId,
                    reminder.getVisitId(),
                    reminder.getAttempts(),
                    reminder.getRetryAt(),
                    error);
        }
    }

    /**
     * The ids of planned rows whose moment has come, oldest first, leaving out those waiting to be
     * tried again.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Long> due(int limit) {
        return em.createQuery(
                        """
                        select r.id from PlannedReminder r where r.state = :planned and r.dueAt <= :now
                        and (r.retryAt is null or r.retryAt <= :now) order by r.dueAt, r.id""",
                        Long.class)
                .setParameter("planned", State.PLANNED)
                .setParameter("now", clock.instant())
                .setMaxResults(limit)
                .getResultList();
    }
}
