package iq.cpf.awareness.visit.boundary;

import iq.cpf.awareness.platform.Caller;
import iq.cpf.awareness.platform.ForumScope;
import iq.cpf.awareness.platform.Language;
import iq.cpf.awareness.platform.Role;
import iq.cpf.awareness.platform.boundary.FacesProblems;
import iq.cpf.awareness.security.control.CapabilityLinks;
import iq.cpf.awareness.security.entity.CapabilityLink.Action;
import iq.cpf.awareness.visit.control.Feeds;
import iq.cpf.awareness.visit.control.Visits;
import iq.cpf.awareness.visit.entity.Visit;
import iq.cpf.awareness.visit.entity.VisitStatus;
import iq.cpf.awareness.volunteer.entity.Volunteer;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.ForbiddenException;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A volunteer's "My visits": their coming visits with the school, its contacts, the team and the
 * lessons to bring, and the private calendar feed to subscribe to from a phone. Only the caller's
 * own visits, whoever asks.
 */
@Named
@RequestScoped
public class MyVisits {

    @Inject Caller caller;
    @Inject Visits visits;
    @Inject Feeds feeds;
    @Inject Clock clock;
    @Inject FacesProblems problems;

    @Inject CapabilityLinks links;

    /**
     * How far back a visit still waits for its report on this page; older ones are the organisers'
     * to chase.
     */
    private static final Duration REPORT_WITHIN = Duration.ofDays(30);

    private List<Card> coming;
    private List<Card> open;
    private List<Card> toReport;

    /** A coming visit as the volunteer's phone shows it, read while the transaction is open. */
    public record Card(
            long id,
            String school,
            String when,
            int minutes,
            String place,
            String campaign,
            String team,
            List<Contact> contacts,
            List<String> lessons) {}

    /** Whom to call at the school. */
    public record Contact(String name, String phone) {}

    @Transactional
    public List<Card> getComing() {
        if (coming == null) {
            coming =
                    caller.volunteerId()
                            .map(
                                    id ->
                                            visits
                                                    .list(
                                                            ForumScope.NATIONAL,
                                                            clock.instant(),
                                                            null,
                                                            id,
                                                            null,
                                                            null,
                                                            null,
                                                            0,
                                                            50)
                                                    .items()
                                                    .stream()
                                                    .filter(
                                                            v ->
                                                                    v.getStatus()
                                                                            != VisitStatus
                                                                                    .CANCELLED)
                                                    .map(MyVisits::card)
                                                    .toList())
                            .orElse(List.of());
        }
        return coming;
    }

    /** Coming visits of open campaigns that the volunteer could join. */
    @Transactional
    public List<Card> getOpen() {
        if (open == null) {
            open =
                    caller.volunteerId()
                            .map(
                                    id ->
                                            visits.openTo(caller.scope(), id, 20).stream()
                                                    .map(MyVisits::card)
                                                    .toList())
                            .orElse(List.of());
        }
        return open;
    }

    /**
     * Visits of the last month on the volunteer's team that have started and still await a report.
     */
    @Transactional
    public List<Card> getToReport() {
        if (toReport == null) {
            Instant now = clock.instant();
            toReport =
                    caller.volunteerId()
                            .map(
                                    id ->
                                            visits
                                                    .list(
                                                            ForumScope.NATIONAL,
                                                            now.minus(REPORT_WITHIN),
                                                            now,
                                                            id,
                                                            null,
                                                            null,
                                                            null,
                                                            0,
                                                            50)
                                                    .items()
                                                    .stream()
                                                    .filter(
                                                            v ->
                                                                    !v.getStart().isAfter(now)
                                                                            && (v.getStatus()
                                                                                            == VisitStatus
                                                                                                    .PLANNED
                                                                                    || v.getStatus()
                                                                                            == VisitStatus
                                                                                                    .CONFIRMED))
                                                    .map(MyVisits::card)
                                                    .toList())
                            .orElse(List.of());
        }
        return toReport;
    }

    /**
     * Sends the volunteer on to the participation form of the emailed links, through a link of
     * their own that lasts a day: one form, one set of checks, whether the report comes from the
     * email or from here.
     */
    @Transactional
    public void report(long visitId) throws IOException {
        Optional<String> email = caller.email();
        if (email.isEmpty() || getToReport().stream().noneMatch(card -> card.id() == visitId)) {
            problems.info("myVisits.reportGone");
            toReport = null;
            return;
        }
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        Language language =
                Language.of(FacesContext.getCurrentInstance().getViewRoot().getLocale());
        external.redirect(
                external.getRequestContextPath()
                        + links.path(
                                visitId,
                                visits.get(visitId).getSequence(),
                                Action.PARTICIPATION,
                                email.get(),
                                language,
                                clock.instant().plus(Duration.ofDays(1))));
    }

    /**
     * Outside a transaction of its own: the service's transaction is the one that commits or rolls
     * back. Only volunteers may sign up, as in the API: someone of another role whose email is also
     * a volunteer's is refused here too.
     */
    public void signUp(long visitId) {
        try {
            if (!FacesContext.getCurrentInstance()
                    .getExternalContext()
                    .isUserInRole(Role.VOLUNTEER_GROUP)) {
                throw new ForbiddenException();
            }
            long volunteer =
                    caller.volunteerId()
                            .orElseThrow(() -> new ForbiddenException("not a volunteer"));
            visits.signUp(caller.scope(), visitId, volunteer);
            problems.info("myVisits.signedUp");
        } catch (RuntimeException refused) {
            problems.show(refused);
        }
        coming = null;
        open = null;
    }

    public boolean isVolunteer() {
        return caller.volunteerId().isPresent();
    }

    public String getFeedUrl() {
        return caller.volunteerId().map(feeds::url).map(Feeds::webcal).orElse(null);
    }

    private static Card card(Visit visit) {
        Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        Language language = Language.of(locale);
        return new Card(
                visit.getId(),
                visit.getSchool().getName(),
                DateTimeFormatter.ofPattern("EEEE d MMMM, HH:mm", Language.of(locale).formatting())
                        .format(visit.getStart().atZone(visit.getCampaign().zone())),
                visit.getDurationMinutes(),
                visit.getSchool().getDistrict() + ", " + visit.getSchool().getGovernorate(),
                visit.getCampaign().getName(),
                visit.getVolunteers().stream()
                        .map(Volunteer::getName)
                        .collect(Collectors.joining(", ")),
                visit.getSchool().getContacts().stream()
                        .map(c -> new Contact(c.getName(), c.getPhone()))
                        .toList(),
                visit.getMaterials().stream().map(m -> m.textFor(language).getTitle()).toList());
    }
}
