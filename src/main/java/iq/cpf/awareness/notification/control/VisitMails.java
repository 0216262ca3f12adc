package iq.cpf.awareness.notification.control;

import iq.cpf.awareness.campaign.entity.Audience;
import iq.cpf.awareness.outbox.control.Draft;
import iq.cpf.awareness.outbox.control.Outbox;
import iq.cpf.awareness.platform.Language;
import iq.cpf.awareness.platform.Messages;
import iq.cpf.awareness.platform.Settings;
import iq.cpf.awareness.platform.control.Calendars;
import iq.cpf.awareness.platform.control.Templates;
import iq.cpf.awareness.school.entity.Contact;
import iq.cpf.awareness.security.control.CapabilityLinks;
import iq.cpf.awareness.security.entity.CapabilityLink.Action;
import iq.cpf.awareness.visit.control.Feeds;
import iq.cpf.awareness.visit.control.VisitCalendar;
import iq.cpf.awareness.visit.entity.Visit;
import iq.cpf.awareness.visit.entity.VisitStatus;
import iq.cpf.awareness.volunteer.entity.Volunteer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The emails about one visit, each in its recipient's language: invitations, updates and
 * cancellations with their calendar part, reminders and the participation request. Each is queued
 * in the outbox under a key of event, recipient, visit and revision, so asking twice never sends
 * twice.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class VisitMails {

    /**
     * The kinds of visit email: the event name in the outbox and the iTIP method of their calendar
     * part.
     */
    public enum Kind {
        INVITATION("invitation", "REQUEST"),
        UPDATE("update", "REQUEST"),
        CANCELLATION("cancellation", "CANCEL"),
        REMINDER("reminder", null),
        PARTICIPATION("participation-request", null);

        final String event;
        final String method;

        Kind(String event, String method) {
            this.event = event;
            this.method = method;
        }

        public String event() {
            return event;
        }
    }

    /** Someone a visit email goes to. */
    public record Recipient(String email, String name, Language language, boolean school) {

        static Recipient of(Contact contact) {
            return new Recipient(
                    contact.getEmail(), contact.getName(), contact.getLanguage(), true);
        }

        static Recipient of(Volunteer volunteer) {
            return new Recipient(
                    volunteer.getEmail(), volunteer.getName(), volunteer.getLanguage(), false);
        }
    }

    @Inject Templates templates;
    @Inject Calendars calendars;
    @Inject VisitCalendar visitCalendar;
    @Inject Outbox outbox;
    @Inject CapabilityLinks links;
    @Inject Settings settings;
    @Inject Clock clock;
    @Inject Feeds feeds;

    public int invite(Visit visit) {
        return send(visit, Kind.INVITATION, everyone(visit), "");
    }

    public int update(Visit visit) {
        return send(visit, Kind.UPDATE, everyone(visit), "");
    }

    /**
     * Cancels the visit for these volunteers (and the school's contacts too when {@code school}).
     */
    public int cancel(Visit visit, Collection<Volunteer> volunteers, boolean school) {
        List<Recipient> recipients = new ArrayList<>();
        if (school) {
            visit.getSchool().getContacts().forEach(c -> recipients.add(Recipient.of(c)));
        }
        volunteers.forEach(v -> recipients.add(Recipient.of(v)));
        return send(visit, Kind.CANCELLATION, recipients, "");
    }

    public int remind(Visit visit, Audience audience, String before) {
        List<Recipient> recipients = new ArrayList<>();
        if (audience == Audience.SCHOOL) {
            visit.getSchool().getContacts().forEach(c -> recipients.add(Recipient.of(c)));
        } else {
            visit.getVolunteers().forEach(v -> recipients.add(Recipient.of(v)));
        }
        return send(
                visit,
                Kind.REMINDER,
                recipients,
                ":" + audience.name().toLowerCase(Locale.ROOT) + ":" + before);
    }

    /** After the visit: the lead volunteer and the school's contacts are asked what happened. */
    public int requestParticipation(Visit visit) {
        List<Recipient> recipients = new ArrayList<>();
        visit.getSchool().getContacts().forEach(c -> recipients.add(Recipient.of(c)));
        if (visit.lead() != null) {
            recipients.add(Recipient.of(visit.lead()));
        }
        return send(visit, Kind.PARTICIPATION, recipients, "");
    }

    private static List<Recipient> everyone(Visit visit) {
        List<Recipient> recipients = new ArrayList<>();
        visit.getSchool().getContacts().forEach(c -> recipients.add(Recipient.of(c)));
        visit.getVolunteers().forEach(v -> recipients.add(Recipient.of(v)));
        return recipients;
    }

    private int send(Visit visit, Kind kind, List<Recipient> recipients, String variant) {
        int queued = 0;
        for (Recipient recipient : recipients) {
            String revision = kind == Kind.PARTICIPATION ? "end" : "rev:" + visit.getSequence();
            String key =
                    Draft.key(
                            kind.event + variant,
                            recipient.email(),
                            "visit:" + visit.getId(),
                            revision);
            if (outbox.queued(key)) {
                continue;
            }
            Locale locale = recipient.language().locale();
            Map<String, Object> model = model(visit, kind, recipient, locale);
            String subject =
                    Messages.get(
                            locale,
                            "mail." + kind.event + ".subject",
                            visit.getSchool().getName(),
                            model.get("date"));
            String ics = null;
            if (kind.method != null) {
                Calendars.Entry entry = visitCalendar.invitation(visit, locale, recipient.email());
                ics =
                        kind == Kind.CANCELLATION
                                ? calendars.cancel(entry)
                                : calendars.request(entry);
            }
            if (outbox.enqueue(
                    new Draft(
                            key,
                            kind.event,
                            recipient.email(),
                            recipient.name(),
                            recipient.language(),
                            subject,
                            templates.render("visit", locale, model),
                            ics,
                            kind.method,
                            visit.getId(),
                            visit.getCampaign().getId(),
                            null))) {
                queued++;
            }
        }
        return queued;
    }

    private Map<String, Object> model(Visit visit, Kind kind, Recipient recipient, Locale locale) {
        ZoneId zone = visit.getCampaign().zone();
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("lang", recipient.language().code());
        model.put("dir", recipient.language().dir());
        model.put("kind", kind.event);
        model.put("forSchool", recipient.school());
        model.put("name", recipient.name());
        model.put("campaign", visit.getCampaign().getName());
        model.put("topic", visit.getCampaign().getTopic().name(recipient.language()));
        model.put("school", visit.getSchool().getName());
        model.put("schoolLatin", visit.getSchool().getNameLatin());
        model.put(
                "district",
                visit.getSchool().getDistrict() + ", " + visit.getSchool().getGovernorate());
        model.put(
                "date",
                DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", locale)
                        .format(visit.getStart().atZone(zone)));
        model.put(
                "time",
                DateTimeFormatter.ofPattern("HH:mm", locale).format(visit.getStart().atZone(zone))
                        + "–"
                        + DateTimeFormatter.ofPattern("HH:mm", locale)
                                .format(visit.getEnd().atZone(zone)));
        model.put("zone", zone.getId());
        model.put("duration", Messages.get(locale, "mail.minutes", visit.getDurationMinutes()));
        model.put("lead", visit.lead() == null ? "" : visit.lead().getName());
        model.put("team", visit.getVolunteers().stream().map(Volunteer::getName).toList());
        model.put("expected", visit.getExpectedStudents());
        List<Map<String, String>> links = links(visit, kind, recipient, locale);
        model.put("links", links);
        String materialsUrl =
                links.stream()
                        .filter(l -> Action.MATERIALS.name().equals(l.get("action")))
                        .map(l -> l.get("url"))
                        .findFirst()
                        .orElse("");
        model.put(
                "reason",
                kind == Kind.CANCELLATION && visit.getCancellationReason() != null
                        ? visit.getCancellationReason()
                        : "");
        model.put(
                "lessons",
                kind == Kind.CANCELLATION
                        ? List.of()
                        : visit.getMaterials().stream()
                                .map(
                                        version ->
                                                Map.of(
                                                        "title",
                                                        version.textFor(recipient.language())
                                                                .getTitle(),
                                                        "url",
                                                        materialsUrl))
                                .toList());
        return model;
    }

    private List<Map<String, String>> links(
            Visit visit, Kind kind, Recipient recipient, Locale locale) {
        List<Map<String, String>> result = new ArrayList<>();
        if (kind == Kind.CANCELLATION) {
            return result;
        }
        Instant afterwards = visit.getEnd().plus(settings.linkValidAfterVisit());
        if (kind == Kind.PARTICIPATION) {
            // The lead volunteer reports through the same form as the school, from the email,
            // without logging in.
            result.add(link(visit, Action.PARTICIPATION, recipient, afterwards, locale));
        }
        if (!recipient.school()) {
            result.add(
                    Map.of(
                            "label",
                            Messages.get(locale, "mail.link.schedule"),
                            "url",
                            settings.baseUrl() + "/"));
            visit.getVolunteers().stream()
                    .filter(v -> v.getEmail().equalsIgnoreCase(recipient.email()))
                    .findFirst()
                    .ifPresent(
                            v ->
                                    result.add(
                                            Map.of(
                                                    "label",
                                                    Messages.get(locale, "mail.link.feed"),
                                                    "url",
                                                    feeds.url(v.getId()))));
            return result;
        }
        if (kind == Kind.PARTICIPATION) {
            return result;
        }
        if (visit.getStatus() != VisitStatus.CONFIRMED) {
            result.add(link(visit, Action.CONFIRM, recipient, visit.getStart(), locale));
        }
        result.add(link(visit, Action.RESCHEDULE, recipient, visit.getStart(), locale));
        result.add(link(visit, Action.MATERIALS, recipient, afterwards, locale));
        return result;
    }

    private Map<String, String> link(
            Visit visit, Action action, Recipient recipient, Instant expires, Locale locale) {
        String url =
                links.create(
                        visit.getId(), action, recipient.email(), recipient.language(), expires);
        return Map.of(
                "label",
                Messages.get(locale, "mail.link." + action.name().toLowerCase(Locale.ROOT)),
                "url",
                url,
                "action",
                action.name());
    }
}
