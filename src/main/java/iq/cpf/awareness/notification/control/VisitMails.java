package iq.cpf.awareness.notification.control;

import iq.cpf.awareness.campaign.entity.Audience;
import iq.cpf.awareness.forum.entity.ForumContact;
import iq.cpf.awareness.outbox.control.Draft;
import iq.cpf.awareness.outbox.control.Outbox;
import iq.cpf.awareness.outbox.control.TextDraft;
import iq.cpf.awareness.outbox.control.Texter;
import iq.cpf.awareness.platform.Channel;
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
import iq.cpf.awareness.visit.control.Visits;
import iq.cpf.awareness.visit.entity.Visit;
import iq.cpf.awareness.visit.entity.VisitChange;
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
import java.util.List;
import java.util.Locale;
import java.util.Optional;

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

    /**
     * Someone a visit email (or text) goes to. A school contact may have no email address, only a
     * mobile number: then they are texted, and their number is what their links are keyed by.
     */
    public record Recipient(
            String email,
            String name,
            Language language,
            boolean school,
            String mobile,
            Channel channel) {

        /** What the recipient is known by: their email address, else their mobile number. */
        public String address() {
            return email != null ? email : mobile;
        }

        /** Whether a text goes to them; else, or also (per their channel), an email does. */
        boolean texted(Texter texter) {
            return mobile != null && channel.sms() && texter.enabled();
        }

        /** Whether an email goes to them, after a text or not. */
        boolean emailed(boolean texted) {
            return email != null && !(texted && !channel.email());
        }

        static Recipient of(Contact contact) {
            return new Recipient(
                    contact.getEmail(),
                    contact.getName(),
                    contact.getLanguage(),
                    true,
                    contact.getMobile(),
                    contact.getChannel());
        }

        static Recipient of(Volunteer volunteer) {
            return new Recipient(
                    volunteer.getEmail(),
                    volunteer.getName(),
                    volunteer.getLanguage(),
                    false,
                    volunteer.getMobile(),
                    volunteer.getChannel());
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
    @Inject Visits visits;
    @Inject ConsentLetters consentLetters;
    @Inject Texter texter;

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
        // The parents' letter goes to the school with the invitation and with each update (the
        // date on it may have changed); printed once for all of the school's contacts.
        Optional<Draft.Attachment> letter =
                (kind == Kind.INVITATION || kind == Kind.UPDATE)
                                && recipients.stream().anyMatch(Recipient::school)
                        ? consentLetters.forVisit(visit)
                        : Optional.empty();
        for (Recipient recipient : recipients) {
            String revision = kind == Kind.PARTICIPATION ? "end" : "rev:" + visit.getSequence();
            boolean texted = recipient.texted(texter);
            if (texted && text(visit, kind, recipient, variant, revision)) {
                queued++;
            }
            if (!recipient.emailed(texted)) {
                continue;
            }
            String key =
                    Draft.key(
                            kind.event + variant,
                            recipient.email(),
                            "visit:" + visit.getId(),
                            revision);
            if (outbox.queued(key)) {
                continue;
            }
            Draft.Attachment attachment = recipient.school() ? letter.orElse(null) : null;
            Locale locale = recipient.language().locale();
            VisitMail mail = mail(visit, kind, recipient, locale, attachment != null);
            String subject =
                    Messages.get(
                            locale,
                            "mail." + kind.event + ".subject",
                            visit.getSchool().getName(),
                            mail.date());
            String ics = null;
            if (kind.method != null) {
                Optional<String> confirm =
                        mail.links().stream()
                                .filter(l -> Action.CONFIRM.name().equals(l.action()))
                                .map(Link::url)
                                .findFirst();
                Calendars.Entry entry =
                        visitCalendar.invitation(visit, locale, recipient.email(), confirm);
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
                            templates.render("visit", locale, mail),
                            ics,
                            kind.method,
                            visit.getId(),
                            visit.getCampaign().getId(),
                            null,
                            mail.forum().name(),
                            attachment))) {
                queued++;
            }
        }
        return queued;
    }

    /**
     * The text message of the visit's news for one recipient: short, in their language, with one
     * short link. Answers whether it was queued.
     */
    private boolean text(
            Visit visit, Kind kind, Recipient recipient, String variant, String revision) {
        String key =
                Draft.key(
                        kind.event + variant,
                        "sms:" + recipient.mobile(),
                        "visit:" + visit.getId(),
                        revision);
        if (outbox.queued(key)) {
            return false;
        }
        Locale locale = recipient.language().locale();
        ZoneId zone = visit.getCampaign().zone();
        Locale formatting = Language.of(locale).formatting();
        String day =
                DateTimeFormatter.ofPattern("EEE d MMM", formatting)
                        .format(visit.getStart().atZone(zone));
        String time =
                DateTimeFormatter.ofPattern("HH:mm", formatting)
                        .format(visit.getStart().atZone(zone));
        String last = textEnding(visit, kind, recipient, locale);
        String text =
                Messages.get(
                        locale,
                        (recipient.school() ? "sms." : "sms.team.") + kind.event,
                        visit.getSchool().getName(),
                        day,
                        time,
                        last);
        if (recipient.school()
                && (kind == Kind.INVITATION || kind == Kind.UPDATE || kind == Kind.REMINDER)
                && visit.getStatus() != VisitStatus.CONFIRMED) {
            text = text + " " + Messages.get(locale, "sms.reply.confirm");
        }
        return outbox.enqueue(
                new TextDraft(
                        key,
                        kind.event,
                        recipient.address(),
                        recipient.name(),
                        recipient.mobile(),
                        recipient.language(),
                        text.strip(),
                        visit.getId(),
                        visit.getCampaign().getId(),
                        visit.getCampaign().getForum().contact().name(),
                        kind != Kind.PARTICIPATION));
    }

    /** The text's last part: a short link, or for a cancellation its reason. */
    private String textEnding(Visit visit, Kind kind, Recipient recipient, Locale locale) {
        if (kind == Kind.CANCELLATION) {
            return visit.getCancellationReason() == null ? "" : visit.getCancellationReason();
        }
        Instant afterwards = visit.getEnd().plus(settings.linkValidAfterVisit());
        if (kind == Kind.PARTICIPATION) {
            return shortLink(visit, Action.PARTICIPATION, recipient, afterwards);
        }
        if (!recipient.school()) {
            return settings.baseUrl() + "/";
        }
        if (kind == Kind.REMINDER) {
            return "";
        }
        return shortLink(
                visit,
                visit.getStatus() == VisitStatus.CONFIRMED ? Action.RESCHEDULE : Action.CONFIRM,
                recipient,
                visit.getStart());
    }

    private String shortLink(Visit visit, Action action, Recipient recipient, Instant expires) {
        return links.createShort(
                visit.getId(),
                visit.getSequence(),
                action,
                recipient.address(),
                recipient.language(),
                expires);
    }

    /**
     * What a visit's email says, to the school or to the team, for each kind of news; it ends with
     * how to reach the campaign's forum.
     */
    public record VisitMail(
            String kind,
            boolean forSchool,
            String name,
            String campaign,
            String topic,
            String school,
            String schoolLatin,
            String district,
            String date,
            String time,
            String zone,
            String previously,
            String duration,
            String lead,
            List<String> team,
            Integer expected,
            List<Link> links,
            String reason,
            List<Lesson> lessons,
            ForumContact forum,
            boolean consentLetter) {}

    /** A link of the email; the action names what a capability link lets its reader do. */
    public record Link(String label, String url, String action) {}

    public record Lesson(String title, String url) {}

    private VisitMail mail(
            Visit visit, Kind kind, Recipient recipient, Locale locale, boolean consentLetter) {
        ZoneId zone = visit.getCampaign().zone();
        DateTimeFormatter hours =
                DateTimeFormatter.ofPattern("HH:mm", Language.of(locale).formatting());
        DateTimeFormatter day =
                DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Language.of(locale).formatting());
        List<Link> links = links(visit, kind, recipient, locale);
        String materialsUrl =
                links.stream()
                        .filter(l -> Action.MATERIALS.name().equals(l.action()))
                        .map(Link::url)
                        .findFirst()
                        .orElse("");
        return new VisitMail(
                kind.event,
                recipient.school(),
                recipient.name(),
                visit.getCampaign().getName(),
                visit.getCampaign().getTopic().name(recipient.language()),
                visit.getSchool().getName(),
                visit.getSchool().getNameLatin(),
                visit.getSchool().getDistrict() + ", " + visit.getSchool().getGovernorate(),
                day.format(visit.getStart().atZone(zone)),
                hours.format(visit.getStart().atZone(zone))
                        + "–"
                        + hours.format(visit.getEnd().atZone(zone)),
                zone.getId(),
                kind == Kind.UPDATE
                        ? previously(visit)
                                .map(
                                        old ->
                                                day.format(old.atZone(zone))
                                                        + ", "
                                                        + hours.format(old.atZone(zone)))
                                .orElse("")
                        : "",
                Messages.get(locale, "mail.minutes", visit.getDurationMinutes()),
                visit.lead() == null ? "" : visit.lead().getName(),
                visit.getVolunteers().stream().map(Volunteer::getName).toList(),
                visit.getExpectedStudents(),
                links,
                kind == Kind.CANCELLATION && visit.getCancellationReason() != null
                        ? visit.getCancellationReason()
                        : "",
                kind == Kind.CANCELLATION
                        ? List.of()
                        : visit.getMaterials().stream()
                                .map(
                                        version ->
                                                new Lesson(
                                                        version.textFor(recipient.language())
                                                                .getTitle(),
                                                        materialsUrl))
                                .toList(),
                visit.getCampaign().getForum().contact(),
                consentLetter);
    }

    /** When the visit was before its last move, if the update is about that move. */
    private Optional<Instant> previously(Visit visit) {
        List<VisitChange> history = visits.history(visit.getId());
        for (int i = history.size() - 1; i >= 0; i--) {
            VisitChange change = history.get(i);
            if (change.getKind() == VisitChange.Kind.MOVED) {
                return visit.getStart().equals(change.getNewStart())
                        ? Optional.ofNullable(change.getOldStart())
                        : Optional.empty();
            }
        }
        return Optional.empty();
    }

    private List<Link> links(Visit visit, Kind kind, Recipient recipient, Locale locale) {
        List<Link> result = new ArrayList<>();
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
                    new Link(
                            Messages.get(locale, "mail.link.schedule"),
                            settings.baseUrl() + "/",
                            null));
            visit.getVolunteers().stream()
                    .filter(v -> v.getEmail().equalsIgnoreCase(recipient.email()))
                    .findFirst()
                    .ifPresent(
                            v ->
                                    result.add(
                                            new Link(
                                                    Messages.get(locale, "mail.link.feed"),
                                                    Feeds.webcal(feeds.url(v.getId())),
                                                    null)));
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

    private Link link(
            Visit visit, Action action, Recipient recipient, Instant expires, Locale locale) {
        String url =
                links.create(
                        visit.getId(),
                        visit.getSequence(),
                        action,
                        recipient.email(),
                        recipient.language(),
                        expires);
        return new Link(
                Messages.get(locale, "mail.link." + action.name().toLowerCase(Locale.ROOT)),
                url,
                action.name());
    }
}
