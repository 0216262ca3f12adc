package iq.cpf.awareness.visit.control;

import iq.cpf.awareness.platform.ForumScope;
import iq.cpf.awareness.platform.Language;
import iq.cpf.awareness.platform.MailIdentity;
import iq.cpf.awareness.platform.Messages;
import iq.cpf.awareness.platform.Settings;
import iq.cpf.awareness.platform.control.Calendars;
import iq.cpf.awareness.visit.entity.Visit;
import iq.cpf.awareness.visit.entity.VisitStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
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

    @Inject Visits visits;
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

    public List<Entry> between(
            ForumScope scope,
            Instant from,
            Instant to,
            Long campaignId,
            String district,
            boolean withCancelled) {
        return visits.list(scope, from, to, null, null, campaignId, null, 0, 1000).items().stream()
                .filter(v -> withCancelled || v.getStatus() != VisitStatus.CANCELLED)
                .filter(
                        v ->
                                district == null
                                        || district.isBlank()
                                        || district.equals(v.getSchool().getDistrict()))
                .map(
                        v ->
                                new Entry(
                                        v.getId(),
                                        v.getSchool().getName(),
                                        v.getCampaign().getName(),
                                        v.getSchool().getDistrict(),
                                        v.getStart(),
                                        v.getEnd(),
                                        v.getStatus()))
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
        visit.getSchool()
                .getContacts()
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
