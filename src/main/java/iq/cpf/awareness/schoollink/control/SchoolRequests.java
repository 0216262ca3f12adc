package iq.cpf.awareness.schoollink.control;

import iq.cpf.awareness.material.control.Markdown;
import iq.cpf.awareness.material.entity.MaterialFile;
import iq.cpf.awareness.material.entity.MaterialText;
import iq.cpf.awareness.material.entity.QuizQuestion;
import iq.cpf.awareness.participation.control.Participations;
import iq.cpf.awareness.platform.Erased;
import iq.cpf.awareness.platform.Language;
import iq.cpf.awareness.security.control.CapabilityLinks;
import iq.cpf.awareness.security.control.CapabilityLinks.Resolution;
import iq.cpf.awareness.security.entity.CapabilityLink;
import iq.cpf.awareness.security.entity.CapabilityLink.Action;
import iq.cpf.awareness.visit.control.Visits;
import iq.cpf.awareness.visit.entity.Visit;
import iq.cpf.awareness.visit.entity.VisitRequest;
import iq.cpf.awareness.volunteer.entity.Volunteer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What a school contact does through an emailed link: confirm the visit, or ask for another date.
 * The link is checked and used up in the same transaction as the action, so it works exactly once.
 */
@ApplicationScoped
@Transactional
public class SchoolRequests {

    public enum Outcome {
        DONE,
        UNKNOWN,
        GONE,
        WRONG_ACTION
    }

    @Inject CapabilityLinks links;
    @Inject Visits visits;
    @Inject Clock clock;
    @Inject Participations participations;
    @PersistenceContext EntityManager em;

    /** What the page behind a link shows: the link's language and action, and the visit as text. */
    public record LinkView(
            int status,
            Language language,
            Action action,
            Map<String, String> visit,
            List<Lesson> lessons,
            String referrals,
            List<String> quiz) {

        LinkView(int status, Language language, Action action) {
            this(status, language, action, null, List.of(), null, List.of());
        }
    }

    /**
     * A lesson of the visit as its materials page shows it, in the contact's language where it
     * exists.
     */
    public record Lesson(
            String title, Integer durationMinutes, String html, List<Attachment> files) {}

    /** A file (downloaded through the link itself) or a link of a lesson. */
    public record Attachment(long id, String name, String href) {}

    /** Reads the link and its visit for display; uses nothing up. */
    @Transactional(Transactional.TxType.REQUIRED)
    public LinkView view(String token) {
        Resolution resolution = links.resolve(token);
        if (!resolution.known()) {
            return new LinkView(404, Language.EN, null);
        }
        CapabilityLink link = resolution.link();
        if (!resolution.usable(clock.instant())) {
            return new LinkView(410, link.getLanguage(), link.getAction());
        }
        var visit = visits.get(link.getVisitId());
        var zone = visit.getCampaign().zone();
        Locale locale = link.getLanguage().locale();
        return new LinkView(
                200,
                link.getLanguage(),
                link.getAction(),
                Map.of(
                        "campaign", visit.getCampaign().getName(),
                        "topic", visit.getCampaign().getTopic().name(link.getLanguage()),
                        "school", visit.getSchool().getName(),
                        "when",
                                DateTimeFormatter.ofPattern(
                                                "EEEE d MMMM yyyy, HH:mm",
                                                Language.of(locale).formatting())
                                        .format(visit.getStart().atZone(zone)),
                        "zone", zone.getId(),
                        "team",
                                visit.getVolunteers().stream()
                                        .map(Volunteer::getName)
                                        .collect(Collectors.joining(", "))),
                link.getAction() == Action.MATERIALS
                        ? lessons(visit, link.getLanguage(), token)
                        : List.of(),
                visit.getCampaign().getForum().getReferralContacts(),
                link.getAction() == Action.PARTICIPATION
                        ? quiz(visit, link.getLanguage())
                        : List.of());
    }

    /**
     * The questions of the visit's first lesson with a quiz, in the contact's language: the form
     * asks per question.
     */
    private static List<String> quiz(Visit visit, Language language) {
        return visit.getMaterials().stream()
                .filter(v -> !Participations.questions(v).isEmpty())
                .findFirst()
                .map(
                        v ->
                                Participations.questions(v, language).stream()
                                        .map(QuizQuestion::question)
                                        .toList())
                .orElse(List.of());
    }

    private static List<Lesson> lessons(Visit visit, Language language, String token) {
        return visit.getMaterials().stream()
                .map(
                        version -> {
                            MaterialText text = version.textFor(language);
                            return new Lesson(
                                    text.getTitle(),
                                    text.getDurationMinutes(),
                                    Markdown.html(text.getBodyMarkdown()),
                                    version.getMaterial().getFiles().stream()
                                            .map(
                                                    f ->
                                                            new Attachment(
                                                                    f.getId(),
                                                                    f.getName(),
                                                                    f.getKind()
                                                                                    == MaterialFile
                                                                                            .Kind
                                                                                            .LINK
                                                                            ? f.getUrl()
                                                                            : "/links/" + token
                                                                                    + "/files/"
                                                                                    + f.getId()))
                                            .toList());
                        })
                .toList();
    }

    /**
     * A file of one of the visit's lessons, through its materials link: the link must be usable and
     * for the materials, and the file must belong to a lesson the visit was given; anything else is
     * not found.
     */
    @Transactional(Transactional.TxType.REQUIRED)
    public Optional<MaterialFile> file(String token, long fileId) {
        Resolution resolution = links.resolve(token);
        if (!resolution.known()
                || !resolution.usable(clock.instant())
                || resolution.link().getAction() != Action.MATERIALS) {
            return Optional.empty();
        }
        var visit = visits.get(resolution.link().getVisitId());
        return visit.getMaterials().stream()
                .flatMap(v -> v.getMaterial().getFiles().stream())
                .filter(f -> f.getId() == fileId && f.getKind() == MaterialFile.Kind.FILE)
                .findFirst();
    }

    public Outcome confirm(String token) {
        Resolution resolution = links.resolveToUse(token);
        Outcome refusal = refusal(resolution, Action.CONFIRM);
        if (refusal != null) {
            return refusal;
        }
        resolution.link().use(clock.instant());
        visits.confirm(resolution.link().getVisitId());
        record(resolution.link(), "CONFIRM", null, null);
        return Outcome.DONE;
    }

    /**
     * {@code proposed} is a local date and time in the campaign's time zone, as the page's form
     * sends it.
     */
    public Outcome askAnotherDate(String token, LocalDateTime proposed, String note) {
        Resolution resolution = links.resolveToUse(token);
        Outcome refusal = refusal(resolution, Action.RESCHEDULE);
        if (refusal != null) {
            return refusal;
        }
        resolution.link().use(clock.instant());
        Instant when =
                proposed == null
                        ? null
                        : proposed.atZone(
                                        visits.get(resolution.link().getVisitId())
                                                .getCampaign()
                                                .zone())
                                .toInstant();
        record(resolution.link(), "RESCHEDULE", when, note);
        return Outcome.DONE;
    }

    /**
     * The school reports attendance through its participation link; works once, like the others.
     */
    public Outcome reportParticipation(String token, Participations.Report report) {
        Resolution resolution = links.resolveToUse(token);
        Outcome refusal = refusal(resolution, Action.PARTICIPATION);
        if (refusal != null) {
            return refusal;
        }
        participations.record(
                resolution.link().getVisitId(), report, resolution.link().getRecipientEmail());
        resolution.link().use(clock.instant());
        return Outcome.DONE;
    }

    private Outcome refusal(Resolution resolution, Action action) {
        if (!resolution.known()) {
            return Outcome.UNKNOWN;
        }
        if (resolution.link().getAction() != action) {
            return Outcome.WRONG_ACTION;
        }
        return resolution.usable(clock.instant()) ? null : Outcome.GONE;
    }

    /** A school's request keeps its date and note, not the erased contact's address. */
    void onErased(@Observes Erased erased) {
        em.createQuery(
                        "update VisitRequest r set r.requestedBy = :marker where lower(r.requestedBy) = :email")
                .setParameter("marker", erased.marker())
                .setParameter("email", erased.email().toLowerCase(Locale.ROOT))
                .executeUpdate();
    }

    private void record(CapabilityLink link, String kind, Instant proposed, String note) {
        String text = note == null || note.isBlank() ? null : note.strip();
        if (text != null && text.length() > 2000) {
            text = text.substring(0, 2000);
        }
        em.persist(
                new VisitRequest(
                        link.getVisitId(),
                        kind,
                        link.getRecipientEmail(),
                        proposed,
                        text,
                        clock.instant()));
    }
}
