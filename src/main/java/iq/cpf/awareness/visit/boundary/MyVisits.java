package iq.cpf.awareness.visit.boundary;

import iq.cpf.awareness.platform.Caller;
import iq.cpf.awareness.platform.Language;
import iq.cpf.awareness.platform.Role;
import iq.cpf.awareness.platform.boundary.FacesProblems;
import iq.cpf.awareness.security.control.CapabilityLinks;
import iq.cpf.awareness.security.entity.CapabilityLink.Action;
import iq.cpf.awareness.visit.control.Feeds;
import iq.cpf.awareness.visit.control.Visits;
import iq.cpf.awareness.visit.control.VolunteerSchedules;
import iq.cpf.awareness.visit.control.VolunteerSchedules.Card;
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
import java.util.List;
import java.util.Optional;

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
    @Inject VolunteerSchedules schedules;

    private List<Card> coming;
    private List<Card> open;
    private List<Card> toReport;

    @Transactional
    public List<Card> getComing() {
        if (coming == null) {
            coming =
                    caller.volunteerId()
                            .map(id -> schedules.coming(id, language()))
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
                                                    .map(
                                                            v ->
                                                                    VolunteerSchedules.card(
                                                                            v, language()))
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
            toReport =
                    caller.volunteerId()
                            .map(id -> schedules.toReport(id, language()))
                            .orElse(List.of());
        }
        return toReport;
    }

    private static Language language() {
        return Language.of(FacesContext.getCurrentInstance().getViewRoot().getLocale());
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
}
