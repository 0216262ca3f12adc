package iq.cpf.awareness.schoollink.control;

import iq.cpf.awareness.forum.entity.ForumContact;
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
import iq.cpf.awareness.visit.entity.VisitStatus;
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
 * The link is checked and used up in the same transaction as the action, so it works exactly once;
 * a link that can no longer be used still says what became of its visit.
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

    /** Where a link stands, which decides what its page says. */
    public enum Standing {
        /** Usable: the page of its action. */
        OPEN,
        /** No such link. */
        UNKNOWN,
        /** Expired, or used up, with nothing more to tell. */
        GONE,
        /**
         * A confirm link of a confirmed visit: used, or the visit was confirmed through another.
         */
        CONFIRMED,
        /** A confirm or reschedule link sent before the visit moved. */
        MOVED,
        /** The visit is cancelled. */
        CANCELLED
    }

    /**
     * What the page behind a link shows: the link's language and action, where it stands, the visit
     * as it is now (as text) and how to reach its forum; when the visit was confirmed, and the
     * start (epoch seconds) of a date this page may confirm, when it may.
     */
    public record LinkView(
            int status,
            Standing standing,
            Language language,
            Action action,
            Map<String, String> visit,
            ForumContact forum,
            List<Lesson> lessons,
            String referrals,
            List<String> quiz,
            String confirmedAt,
            Long confirmable) {

        public static LinkView unknown() {
            return new LinkView(
                    404,
                    Standing.UNKNOWN,
                    Language.EN,
                    null,
                    null,
                    null,
                    List.of(),
                    null,
                    List.of(),
                    null,
                    null);
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

    /**
     * Reads the link and its visit for display; uses nothing up. A link that can no longer be used
     * says why, from what its row and its visit keep: the visit was cancelled, or moved since the
     * link was sent (then the page gives the new date and, while the school has not confirmed it,
     * offers to), or, for a confirm link, the visit is confirmed and since when.
     */
    @Transactional(Transactional.TxType.REQUIRED)
    public LinkView view(String token) {
        Resolution resolution = links.resolve(token);
        if (!resolution.known()) {
            return LinkView.unknown();
        }
        CapabilityLink link = resolution.link();
        Instant now = clock.instant();
        boolean usable = resolution.usable(now);
        Visit visit = visits.get(link.getVisitId());
        Standing standing = standing(link, visit, usable);
        Language language = link.getLanguage();
        Action action = link.getAction();
        boolean open = standing == Standing.OPEN;
        return new LinkView(
                open || standing == Standing.CONFIRMED && usable ? 200 : 410,
                standing,
                language,
                action,
                Map.of(
                        "campaign", visit.getCampaign().getName(),
                        "topic", visit.getCampaign().getTopic().name(language),
                        "school", visit.getSchool().getName(),
                        "when", when(visit, visit.getStart(), language),
                        "zone", visit.getCampaign().zone().getId(),
                        "team",
                                visit.getVolunteers().stream()
                                        .map(Volunteer::getName)
                                        .collect(Collectors.joining(", "))),
                visit.getCampaign().getForum().contact(),
                open && action == Action.MATERIALS ? lessons(visit, language, token) : List.of(),
                visit.getCampaign().getForum().getReferralContacts(),
                open && action == Action.PARTICIPATION ? quiz(visit, language) : List.of(),
                confirmedAt(link, visit, standing)
                        .map(at -> when(visit, at, language))
                        .orElse(null),
                standing == Standing.MOVED && confirmable(link, visit, now)
                        ? visit.getStart().getEpochSecond()
                        : null);
    }

    private static Standing standing(CapabilityLink link, Visit visit, boolean usable) {
        if (visit.isCancelled()) {
            return Standing.CANCELLED;
        }
        Action action = link.getAction();
        if ((action == Action.CONFIRM || action == Action.RESCHEDULE)
                && link.supersededBy(visit.getSequence())) {
            return Standing.MOVED;
        }
        if (action == Action.CONFIRM
                && (link.getUsedAt() != null || visit.getStatus() == VisitStatus.CONFIRMED)) {
            return Standing.CONFIRMED;
        }
        return usable ? Standing.OPEN : Standing.GONE;
    }

    /**
     * When the visit was confirmed, for a page that says it is: the moment this link was used, or
     * else the last time one of the visit's confirm links was.
     */
    private Optional<Instant> confirmedAt(CapabilityLink link, Visit visit, Standing standing) {
        if (standing == Standing.CONFIRMED && link.getUsedAt() != null) {
            return Optional.of(link.getUsedAt());
        }
        if ((standing == Standing.CONFIRMED || standing == Standing.MOVED)
                && visit.getStatus() == VisitStatus.CONFIRMED) {
            return links.lastUse(visit.getId(), Action.CONFIRM);
        }
        return Optional.empty();
    }

    /**
     * Whether a confirm link sent before the visit moved may confirm its current date: the school
     * has not confirmed it yet and it is still ahead.
     */
    private static boolean confirmable(CapabilityLink link, Visit visit, Instant now) {
        return link.getAction() == Action.CONFIRM
                && !visit.isCancelled()
                && link.supersededBy(visit.getSequence())
                && visit.getStatus() == VisitStatus.PLANNED
                && visit.getStart().isAfter(now);
    }

    /** A moment of the visit as its pages say it: day first, in the campaign's time zone. */
    private static String when(Visit visit, Instant at, Language language) {
        return DateTimeFormatter.ofPattern("EEEE d MMMM yyyy, HH:mm", language.formatting())
                .format(at.atZone(visit.getCampaign().zone()));
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
        return confirmWith(resolution.link());
    }

    /**
     * Confirms the visit's current date through a confirm link sent before it moved, as the link's
     * page offers: {@code start} (epoch seconds) is the date the page showed, so a visit that moved
     * again since is not confirmed for a date its school has not seen. The link stays the
     * recipient's, for this one visit and this one action; it is used up like any other.
     */
    public Outcome confirmCurrent(String token, long start) {
        Resolution resolution = links.resolveToUse(token);
        if (!resolution.known()) {
            return Outcome.UNKNOWN;
        }
        CapabilityLink link = resolution.link();
        if (link.getAction() != Action.CONFIRM) {
            return Outcome.WRONG_ACTION;
        }
        Visit visit = visits.get(link.getVisitId());
        if (!confirmable(link, visit, clock.instant())
                || visit.getStart().getEpochSecond() != start) {
            return Outcome.GONE;
        }
        return confirmWith(link);
    }

    private Outcome confirmWith(CapabilityLink link) {
        link.use(clock.instant());
        visits.confirm(link.getVisitId());
        record(link, "CONFIRM", null, null);
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
