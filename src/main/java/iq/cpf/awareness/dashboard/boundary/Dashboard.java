package iq.cpf.awareness.dashboard.boundary;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import iq.cpf.awareness.outbox.control.Outbox;
import iq.cpf.awareness.outbox.entity.MessageState;
import iq.cpf.awareness.outbox.entity.OutboxMessage;
import iq.cpf.awareness.participation.control.Participations;
import iq.cpf.awareness.participation.control.Participations.Reach;
import iq.cpf.awareness.platform.Caller;
import iq.cpf.awareness.platform.Language;
import iq.cpf.awareness.platform.Messages;
import iq.cpf.awareness.platform.Page;
import iq.cpf.awareness.visit.control.Visits;
import iq.cpf.awareness.visit.entity.VisitStatus;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The organiser's start page: the week's visits, the visits schools have not confirmed, students
 * reached by topic and by district, and messages that could not be delivered. Volunteers are sent
 * to their own visits instead. Not transactional itself: the page asks for each figure several
 * times, and a transaction per question (each getter through the interceptor) cost more than the
 * reads; the services it asks read in transactions of their own, once per request.
 */
@Named
@RequestScoped
public class Dashboard {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject Visits visits;
    @Inject Outbox outbox;
    @Inject Participations participations;
    @Inject Clock clock;
    @Inject Caller caller;

    /**
     * The most visits each list shows; the page is a start page, read on phones too: the planner
     * and the visit list have the rest.
     */
    static final int WEEK_SHOWN = 100;

    static final int UNCONFIRMED_SHOWN = 50;

    private List<VisitRow> thisWeek;
    private boolean moreThisWeek;
    private List<VisitRow> unconfirmed;
    private boolean moreUnconfirmed;
    private Page<OutboxMessage> dead;
    private final Map<Reach, Map<String, Long>> reach = new EnumMap<>(Reach.class);

    /** A visit as the dashboard lists it, read while the transaction is open. */
    public record VisitRow(long id, String when, String school, String campaign, String status) {}

    /** A message that could not be delivered. */
    public record DeadMessage(String recipient, String subject, String error) {}

    public void open() throws IOException {
        var external = FacesContext.getCurrentInstance().getExternalContext();
        if (!external.isUserInRole("organiser")) {
            external.redirect(external.getRequestContextPath() + "/my-visits.xhtml");
        }
    }

    public List<VisitRow> getThisWeek() {
        if (thisWeek == null) {
            Instant now = clock.instant();
            List<Visits.Line> found =
                    visits.first(
                            caller.scope(),
                            now,
                            now.plus(Duration.ofDays(7)),
                            null,
                            WEEK_SHOWN + 1);
            moreThisWeek = found.size() > WEEK_SHOWN;
            thisWeek =
                    found.stream()
                            .limit(WEEK_SHOWN)
                            .filter(v -> v.status() != VisitStatus.CANCELLED)
                            .map(Dashboard::row)
                            .toList();
        }
        return thisWeek;
    }

    public List<VisitRow> getUnconfirmed() {
        if (unconfirmed == null) {
            List<Visits.Line> found =
                    visits.first(
                            caller.scope(),
                            clock.instant(),
                            null,
                            VisitStatus.PLANNED,
                            UNCONFIRMED_SHOWN + 1);
            moreUnconfirmed = found.size() > UNCONFIRMED_SHOWN;
            unconfirmed = found.stream().limit(UNCONFIRMED_SHOWN).map(Dashboard::row).toList();
        }
        return unconfirmed;
    }

    /** How many of the week's visits the page lists, and "+" when there are more. */
    public String getThisWeekFigure() {
        return figure(getThisWeek().size(), moreThisWeek);
    }

    public String getUnconfirmedFigure() {
        return figure(getUnconfirmed().size(), moreUnconfirmed);
    }

    /**
     * A figure of a list that was cut: "100+" rather than "100" when the week holds more visits
     * than the page lists (it reads one more than it shows to know).
     */
    static String figure(int shown, boolean more) {
        return more ? shown + "+" : String.valueOf(shown);
    }

    private static VisitRow row(Visits.Line visit) {
        return new VisitRow(
                visit.id(),
                DateTimeFormatter.ofPattern("EEE d MMM, HH:mm", Language.of(locale()).formatting())
                        .format(visit.start().atZone(visit.zone())),
                visit.school(),
                visit.campaign(),
                visit.status().name().toLowerCase(Locale.ROOT));
    }

    private static Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }

    public long getFailedMessages() {
        return dead().total();
    }

    public List<DeadMessage> getDeadMessages() {
        return dead().items().stream()
                .map(m -> new DeadMessage(m.getRecipientEmail(), m.getSubject(), m.getLastError()))
                .toList();
    }

    /** The ten newest dead messages and how many there are, read once per request. */
    private Page<OutboxMessage> dead() {
        if (dead == null) {
            dead = outbox.list(caller.scope(), MessageState.DEAD, null, null, null, 0, 10);
        }
        return dead;
    }

    /** Chart.js configuration for PrimeFaces' p:chart: students reached by topic. */
    public String getByTopic() {
        return bars(reached(Reach.TOPIC), "#0b5cad");
    }

    public String getByDistrict() {
        return bars(reached(Reach.DISTRICT), "#2e7d32");
    }

    /** The chart's figures as text, for screen readers (the chart itself is a picture). */
    public String getByTopicText() {
        return text("dashboard.reachByTopic", reached(Reach.TOPIC));
    }

    public String getByDistrictText() {
        return text("dashboard.reachByDistrict", reached(Reach.DISTRICT));
    }

    private static String text(String heading, Map<String, Long> reach) {
        return Messages.get(locale(), "dashboard.reach")
                + ", "
                + Messages.get(locale(), heading)
                + ": "
                + reach.entrySet().stream()
                        .map(e -> e.getKey() + " " + e.getValue())
                        .collect(Collectors.joining(", "));
    }

    /**
     * Each figure once per request: the page shows both charts and their text, and asks whether
     * there is anything to show.
     */
    private Map<String, Long> reached(Reach by) {
        return reach.computeIfAbsent(
                by, key -> participations.studentsReachedBy(caller.scope(), key));
    }

    public boolean isAnyReach() {
        return !reached(Reach.TOPIC).isEmpty();
    }

    private static String bars(Map<String, Long> reach, String colour) {
        ObjectNode chart = JSON.createObjectNode().put("type", "bar");
        ObjectNode data = chart.putObject("data");
        ArrayNode labels = data.putArray("labels");
        ObjectNode dataset = data.putArray("datasets").addObject().put("backgroundColor", colour);
        ArrayNode values = dataset.putArray("data");
        reach.forEach(
                (label, students) -> {
                    labels.add(label);
                    values.add(students);
                });
        chart.putObject("options").putObject("plugins").putObject("legend").put("display", false);
        return chart.toString();
    }
}
