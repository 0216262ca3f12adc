package iq.cpf.awareness.visit.control;

import iq.cpf.awareness.platform.ForumScope;
import iq.cpf.awareness.platform.Language;
import iq.cpf.awareness.platform.MailIdentity;
import iq.cpf.awareness.platform.Messages;
import iq.cpf.awareness.platform.Settings;
import iq.cpf.awareness.platform.control.Calendars;
import iq.cpf.awareness.platform.control.Where;
import iq.cpf.awareness.visit.entity.Visit;
import iq.cpf.awareness.visit.entity.VisitStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The visits of a period as a calendar shows them, read in one transaction. */
@ApplicationScoped
@Transactional
public class VisitCalendar {

    /** More than any month of a forum's visits: a calendar cannot show more anyway. */
    static final int MOST = 1000;

    @PersistenceContext EntityManager em;
    @Inject Settings settings;
    @Inject Clock clock;

    /** One visit in the calendar. */
    public record Entry(
            long id,
            String school,
            String campaign,
            String district,
            Instant start,
            Instant end,
            VisitStatus status) {}

    /**
     * What the planner shows of the visits in a period: only the columns of its calendar, read in
     * one query (no teams, no lessons, no entities), at most {@value #MOST} of them.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Entry> between(
            ForumScope scope,
            Instant from,
            Instant to,
            Long campaignId,
            String district,
            boolean withCancelled) {
        Where where =
                new Where()
                        .within(scope, "c.forum.id")
                        .when(true, "v.end > :from", "from", from)
                        .when(
                                true,
                                "v.start > :earliest",
                                "earliest",
                                Visit.earliestStartOfOneEndingAfter(from))
                        .when(true, "v.start < :to", "to", to)
                        .equal("c.id", "campaignId", campaignId)
                        .when(
                                !withCancelled,
                                "v.status <> :cancelled",
                                "cancelled",
                                VisitStatus.CANCELLED)
                        .when(
                                district != null && !district.isBlank(),
                                "s.district = :district",
                                "district",
                                district);
        return where
                .bind(
                        em.createQuery(
                                "select v.id, s.name, c.name, s.district, v.start, v.end, v.status "
                                        + "from Visit v join v.school s join v.campaign c"
                                        + where.clause()
                                        + " order by v.start, v.id",
                                Object[].class))
                .setMaxResults(MOST)
                .getResultList()
                .stream()
                .map(
                        row ->
                                new Entry(
                                        (Long) row[0],
                                        (String) row[1],
                                        (String) row[2],
                                        (String) row[3],
                                        (Instant) row[4],
                                        (Instant) row[5],
                                        (VisitStatus) row[6]))
                .toList();
    }

    /**
     * The calendar entry of a visit as {@code recipient} gets it. Its attendees are the school's
     * contacts (the school gives their addresses for this) and the recipient; the team's personal
     * addresses reach nobody else (the email names the team and its lead). It stays tentative until
     * the school confirms; {@code confirmUrl}, the school's link to do so, goes in the description.
     */
    public Calendars.Entry invitation(
            Visit visit, Locale locale, String recipient, Optional<String> confirmUrl) {
        String topic = visit.getCampaign().getTopic().name(Language.of(locale));
        boolean tentative = visit.getStatus() == VisitStatus.PLANNED;
        String description =
                tentative && confirmUrl.isPresent()
                        ? topic
                                + "\n\n"
                                + Messages.get(locale, "mail.ics.confirm", confirmUrl.get())
                        : topic;
        List<Calendars.Person> attendees = new ArrayList<>();
        visit.getSchool().getContacts().stream()
                .filter(c -> c.getEmail() != null)
                .forEach(c -> attendees.add(new Calendars.Person(c.getName(), c.getEmail())));
        visit.getVolunteers().stream()
                .filter(v -> v.getEmail().equalsIgnoreCase(recipient))
                .findFirst()
                .ifPresent(v -> attendees.add(new Calendars.Person(v.getName(), v.getEmail())));
        MailIdentity sender = settings.mailIdentity();
        return new Calendars.Entry(
                Calendars.uid(visit.getId(), sender.domain()),
                visit.getSequence(),
                visit.getStart(),
                visit.getEnd(),
                visit.getCampaign().zone(),
                Messages.get(
                        locale,
                        "mail.ics.summary",
                        visit.getCampaign().getName(),
                        visit.getSchool().getName()),
                visit.getSchool().getName() + ", " + visit.getSchool().getDistrict(),
                description,
                visit.getOrganiserEmail() == null ? sender.address() : visit.getOrganiserEmail(),
                visit.getOrganiserName() == null
                        ? Messages.get(locale, "app.name")
                        : visit.getOrganiserName(),
                attendees,
                clock.instant(),
                tentative);
    }
}
