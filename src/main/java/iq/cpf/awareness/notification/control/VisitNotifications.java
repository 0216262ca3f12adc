package iq.cpf.awareness.notification.control;

import iq.cpf.awareness.outbox.control.Dispatcher;
import iq.cpf.awareness.security.control.CapabilityLinks;
import iq.cpf.awareness.security.entity.CapabilityLink.Action;
import iq.cpf.awareness.visit.entity.Visit;
import iq.cpf.awareness.visit.entity.VisitEvent;
import iq.cpf.awareness.volunteer.entity.Volunteer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/**
 * Turns what happened to a visit into emails and reminders, inside the transaction of the change:
 * the messages are in the outbox if and only if the change committed. (Quartz triggers and the
 * dispatcher's wake-up follow after the commit, see {@link ReminderTriggers} and {@link
 * Dispatcher}.)
 */
@ApplicationScoped
public class VisitNotifications {

    @PersistenceContext EntityManager em;
    @Inject VisitMails mails;
    @Inject Reminders reminders;
    @Inject CapabilityLinks links;

    void on(@Observes VisitEvent event) {
        Visit visit = em.find(Visit.class, event.visitId());
        List<Volunteer> removed =
                event.removedVolunteerIds().stream()
                        .map(id -> em.find(Volunteer.class, id))
                        .toList();
        switch (event.kind()) {
            case SCHEDULED -> {
                mails.invite(visit);
                reminders.plan(visit);
            }
            case MOVED -> {
                links.revoke(visit.getId(), List.of(Action.CONFIRM, Action.RESCHEDULE));
                mails.update(visit);
                mails.cancel(visit, removed, false);
                reminders.replan(visit);
            }
            case CHANGED -> {
                mails.invite(visit);
                mails.cancel(visit, removed, false);
            }
            case CANCELLED -> {
                links.revoke(visit.getId(), List.of(Action.values()));
                mails.cancel(visit, visit.getVolunteers(), true);
                reminders.drop(visit.getId());
            }
            case CONFIRMED -> {
                // A confirmation changes nothing anyone has to be told; the organisers see it in
                // the visit.
            }
        }
    }
}
