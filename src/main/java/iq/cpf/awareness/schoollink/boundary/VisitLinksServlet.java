package iq.cpf.awareness.schoollink.boundary;

import iq.cpf.awareness.material.control.MaterialFiles;
import iq.cpf.awareness.participation.control.Participations;
import iq.cpf.awareness.platform.Messages;
import iq.cpf.awareness.platform.Settings;
import iq.cpf.awareness.platform.boundary.Problem;
import iq.cpf.awareness.platform.boundary.ProblemMapper;
import iq.cpf.awareness.platform.control.Templates;
import iq.cpf.awareness.schoollink.control.SchoolRequests;
import iq.cpf.awareness.schoollink.control.SchoolRequests.LinkView;
import iq.cpf.awareness.schoollink.control.SchoolRequests.Outcome;
import iq.cpf.awareness.schoollink.control.SchoolRequests.Standing;
import iq.cpf.awareness.security.entity.CapabilityLink.Action;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;
import jakarta.servlet.AsyncContext;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.file.Files;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.jboss.logging.Logger;

/**
 * The pages behind the links emailed to school contacts: no login, one visit, one action. A GET
 * only shows (link scanners follow GETs); the action is a POST from the page. Unknown tokens answer
 * 404, expired or used-up ones 410 with a page that says what became of the visit (confirmed, and
 * when; moved, to when; cancelled), and no page leaks its address through the Referer header.
 *
 * <p>An unknown token (or a file under one) is answered {@link Settings#linkUnknownDelay()} after
 * its request arrived, whatever it looked like, so that guessing costs time and timing tells
 * nothing. The wait is asynchronous: the request is parked and a scheduler writes the answer, so a
 * flood of guesses holds no worker thread and cannot starve the real links.
 */
@WebServlet(urlPatterns = "/links/*", asyncSupported = true)
public class VisitLinksServlet extends HttpServlet {

    private static final Logger LOG = Logger.getLogger(VisitLinksServlet.class);

    @Inject SchoolRequests requests;
    @Inject Templates templates;
    @Inject MaterialFiles files;
    @Inject Settings settings;

    @Resource(lookup = "java:jboss/ee/concurrency/scheduler/default")
    ManagedScheduledExecutorService scheduler;

    /** Says what is wrong with a report as the API would, in the contact's language. */
    private final ProblemMapper problems = new ProblemMapper();

    /** The grade rows the school's form offers; schools rarely see more grades at one visit. */
    private static final List<Integer> GRADE_ROWS = List.of(0, 1, 2, 3, 4, 5);

    private static final Pattern FILE = Pattern.compile("^/([^/]+)/files/([0-9]{1,18})$");

    /**
     * The form field of a moved visit's page that confirms its current date: the start it showed.
     */
    private static final String CURRENT = "current";

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        long arrived = System.nanoTime();
        var file = FILE.matcher(request.getPathInfo() == null ? "" : request.getPathInfo());
        if (file.matches()) {
            download(request, response, arrived, file.group(1), Long.parseLong(file.group(2)));
            return;
        }
        LinkView view = requests.view(token(request));
        if (view.standing() == Standing.UNKNOWN) {
            later(request, arrived, later -> show(later, view));
            return;
        }
        show(response, view);
    }

    /** Writes an answer once the unknown-link delay, counted from {@code arrived}, has passed. */
    private void later(HttpServletRequest request, long arrived, Answer answer) {
        AsyncContext async = request.startAsync();
        long left = settings.linkUnknownDelay().toNanos() - (System.nanoTime() - arrived);
        scheduler.schedule(
                () -> {
                    try {
                        answer.write((HttpServletResponse) async.getResponse());
                    } catch (IOException | RuntimeException e) {
                        // The client gave up waiting: nothing to tell it.
                        LOG.debugf("An unknown link's answer was not written: %s", e);
                    } finally {
                        async.complete();
                    }
                },
                Math.max(0, left),
                TimeUnit.NANOSECONDS);
    }

    @FunctionalInterface
    private interface Answer {
        void write(HttpServletResponse response) throws IOException;
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        long arrived = System.nanoTime();
        String token = token(request);
        LinkView view = requests.view(token);
        if (view.standing() == Standing.UNKNOWN) {
            later(request, arrived, later -> show(later, view));
            return;
        }
        Locale locale = view.language().locale();
        Outcome outcome;
        String done;
        if (view.action() == Action.RESCHEDULE) {
            outcome =
                    requests.askAnotherDate(token, proposed(request), request.getParameter("note"));
            done = "link.reschedule";
        } else if (view.action() == Action.PARTICIPATION) {
            var report = report(request, view.quiz().size());
            if (report == null) {
                actionPage(
                        response, 400, locale, view, message(locale, "link.participation.invalid"));
                return;
            }
            try {
                outcome = requests.reportParticipation(token, report);
            } catch (RuntimeException refused) {
                Problem problem = problems.describe(refused, locale);
                if (problem.status() >= 500) {
                    throw refused;
                }
                actionPage(response, 400, locale, view, String.join("; ", problem.lines()));
                return;
            }
            done = "link.participation";
        } else if (request.getParameter(CURRENT) != null) {
            Long start = whole(request.getParameter(CURRENT));
            outcome =
                    start == null
                            ? Outcome.GONE
                            : requests.confirmCurrent(token, start.longValue());
            done = "link.confirm";
        } else {
            outcome = requests.confirm(token);
            done = "link.confirm";
        }
        // A link that did not act says what became of it (used, moved, cancelled) as its GET does.
        switch (outcome) {
            case DONE ->
                    page(response, 200, locale, done, null, null, message(locale, done + ".done"));
            case WRONG_ACTION ->
                    page(
                            response,
                            405,
                            locale,
                            "link.gone",
                            null,
                            null,
                            message(locale, "link.gone.message"));
            case UNKNOWN, GONE -> show(response, requests.view(token));
        }
    }

    /**
     * The page a link's GET shows: its action's page while it is usable, else what became of it,
     * with the visit as it is now.
     */
    private void show(HttpServletResponse response, LinkView view) throws IOException {
        Locale locale = view.language().locale();
        switch (view.standing()) {
            case OPEN -> {
                boolean empty = view.action() == Action.MATERIALS && view.lessons().isEmpty();
                actionPage(
                        response,
                        view.status(),
                        locale,
                        view,
                        empty ? message(locale, "link.materials.none") : null);
            }
            case UNKNOWN ->
                    page(
                            response,
                            view.status(),
                            locale,
                            "link.unknown",
                            null,
                            null,
                            message(locale, "link.unknown.message"));
            case GONE, CONFIRMED, MOVED, CANCELLED -> {
                String key = "link." + view.standing().name().toLowerCase(Locale.ROOT);
                Map<String, Object> model =
                        model(locale, key, view.visit(), null, standingMessage(locale, view));
                model.put("detail", standingDetail(locale, view));
                model.put("confirmable", view.confirmable());
                model.put("forum", view.forum());
                templates.respond(response, view.status(), "link", locale, model);
            }
        }
    }

    /** What became of the visit: moved to when, confirmed since when, cancelled, or nothing. */
    private static String standingMessage(Locale locale, LinkView view) {
        return switch (view.standing()) {
            case MOVED ->
                    Messages.get(
                            locale,
                            "link.moved.message",
                            view.visit().get("when"),
                            view.visit().get("zone"));
            case CONFIRMED -> confirmedMessage(locale, view);
            case CANCELLED -> message(locale, "link.cancelled.message");
            default -> message(locale, "link.gone.message");
        };
    }

    /**
     * What follows for a moved visit: its confirmation, asked for here while it is pending, or said
     * when it was given; else where its current links are.
     */
    private static String standingDetail(Locale locale, LinkView view) {
        if (view.standing() != Standing.MOVED) {
            return null;
        }
        if (view.confirmable() != null) {
            return message(locale, "link.moved.pending");
        }
        return view.confirmedAt() != null
                ? confirmedMessage(locale, view)
                : message(locale, "link.moved.latest");
    }

    private static String confirmedMessage(Locale locale, LinkView view) {
        return view.confirmedAt() == null
                ? message(locale, "link.confirmed.undated")
                : Messages.get(locale, "link.confirmed.message", view.confirmedAt());
    }

    /**
     * The page of the link's action, with what the action needs: lessons and referrals, or the
     * report's form.
     */
    private void actionPage(
            HttpServletResponse response, int status, Locale locale, LinkView view, String message)
            throws IOException {
        Map<String, Object> model =
                model(
                        locale,
                        "link." + view.action().name().toLowerCase(Locale.ROOT),
                        view.visit(),
                        view.action().name(),
                        message);
        model.put("forum", view.forum());
        if (view.action() == Action.MATERIALS) {
            model.put("lessons", view.lessons());
            model.put("referrals", view.referrals());
        }
        if (view.action() == Action.PARTICIPATION) {
            model.put("quiz", view.quiz());
            model.put("gradeRows", GRADE_ROWS);
        }
        templates.respond(response, status, "link", locale, model);
    }

    /**
     * The participation form: totals, up to {@link #GRADE_ROWS} rows of grades (a row without a
     * grade is left out) and one class's quiz (left out when neither side's pupils are given). Null
     * when a number is not a whole one.
     */
    private static Participations.Report report(HttpServletRequest request, int questions) {
        try {
            List<Participations.Grade> grades = new ArrayList<>();
            for (int row = 0; row < GRADE_ROWS.size(); row++) {
                String grade = request.getParameter("grade_" + row);
                if (grade != null && !grade.isBlank()) {
                    grades.add(
                            new Participations.Grade(
                                    grade.strip(),
                                    number(request, "girls_" + row),
                                    number(request, "boys_" + row)));
                }
            }
            List<Participations.QuizReport> quizzes = new ArrayList<>();
            Participations.Side pre = side(request, "pre", questions);
            Participations.Side post = side(request, "post", questions);
            if (pre != null || post != null) {
                quizzes.add(
                        new Participations.QuizReport(
                                request.getParameter("quiz_class"), null, pre, post));
            }
            Integer sessions = number(request, "sessions");
            return new Participations.Report(
                    number(request, "girls"),
                    number(request, "boys"),
                    number(request, "teachers"),
                    sessions == null ? 1 : sessions,
                    request.getParameter("notes"),
                    grades,
                    quizzes);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Participations.Side side(
            HttpServletRequest request, String side, int questions) {
        Integer pupils = number(request, side + "_pupils");
        if (pupils == null) {
            return null;
        }
        List<Integer> correct = new ArrayList<>();
        for (int q = 1; q <= questions; q++) {
            Integer count = number(request, side + "_" + q);
            correct.add(count == null ? 0 : count);
        }
        return new Participations.Side(pupils, correct);
    }

    /** A whole number, or null when it is not one. */
    private static Long whole(String value) {
        try {
            return Long.valueOf(value.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** A whole number from the form, or null when the field is empty or absent. */
    private static Integer number(HttpServletRequest request, String name) {
        String value = request.getParameter(name);
        return value == null || value.isBlank() ? null : Integer.valueOf(value.trim());
    }

    private static LocalDateTime proposed(HttpServletRequest request) {
        String value = request.getParameter("proposed");
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDateTime.parse(value.trim());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static String message(Locale locale, String key) {
        return Messages.get(locale, key);
    }

    /** A lesson file through the materials link; whatever does not qualify is simply not found. */
    private void download(
            HttpServletRequest request,
            HttpServletResponse response,
            long arrived,
            String token,
            long fileId)
            throws IOException {
        var file = requests.file(token, fileId);
        if (file.isEmpty()) {
            later(request, arrived, later -> show(later, LinkView.unknown()));
            return;
        }
        response.setHeader("Referrer-Policy", "no-referrer");
        MaterialFiles.downloadHeaders(file.get()).forEach(response::setHeader);
        response.setContentType(file.get().getContentType());
        response.setContentLengthLong(file.get().getSizeBytes());
        Files.copy(files.path(file.get()), response.getOutputStream());
    }

    private void page(
            HttpServletResponse response,
            int status,
            Locale locale,
            String key,
            Map<String, String> visit,
            String action,
            String message)
            throws IOException {
        templates.respond(
                response, status, "link", locale, model(locale, key, visit, action, message));
    }

    private static Map<String, Object> model(
            Locale locale, String key, Map<String, String> visit, String action, String message) {
        Map<String, Object> model = new HashMap<>();
        model.put("title", Messages.get(locale, key + ".title"));
        model.put("message", message);
        model.put("action", action);
        model.put("visit", visit);
        return model;
    }

    private static String token(HttpServletRequest request) {
        String path = request.getPathInfo();
        return path == null ? null : path.replaceFirst("^/", "");
    }
}
