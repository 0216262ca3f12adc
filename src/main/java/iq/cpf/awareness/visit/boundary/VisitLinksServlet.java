package iq.cpf.awareness.visit.boundary;

import iq.cpf.awareness.material.control.MaterialFiles;
import iq.cpf.awareness.platform.Messages;
import iq.cpf.awareness.platform.control.Templates;
import iq.cpf.awareness.security.entity.CapabilityLink.Action;
import iq.cpf.awareness.visit.control.SchoolRequests;
import iq.cpf.awareness.visit.control.SchoolRequests.LinkView;
import iq.cpf.awareness.visit.control.SchoolRequests.Outcome;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.file.Files;
import java.util.regex.Pattern;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The pages behind the links emailed to school contacts: no login, one visit, one action. A GET only shows
 * (link scanners follow GETs); the action is a POST from the page. Unknown tokens answer 404, expired or
 * used-up ones 410, and no page leaks its address through the Referer header.
 */
@WebServlet("/links/*")
public class VisitLinksServlet extends HttpServlet {

    @Inject
    SchoolRequests requests;
    @Inject
    Templates templates;
    @Inject
    MaterialFiles files;

    private static final Pattern FILE = Pattern.compile("^/([^/]+)/files/([0-9]{1,18})$");

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        var file = FILE.matcher(request.getPathInfo() == null ? "" : request.getPathInfo());
        if (file.matches()) {
            download(response, file.group(1), Long.parseLong(file.group(2)));
            return;
        }
        LinkView view = requests.view(token(request));
        Locale locale = view.language().locale();
        switch (view.status()) {
            case 404 -> page(response, 404, locale, "link.unknown", null, null, message(locale, "link.unknown.message"));
            case 410 -> page(response, 410, locale, "link.gone", null, null, message(locale, "link.gone.message"));
            default -> {
                boolean materials = view.action() == Action.MATERIALS;
                String message = materials && view.lessons().isEmpty() ? message(locale, "link.materials.none") : null;
                Map<String, Object> model = model(locale, "link." + view.action().name().toLowerCase(Locale.ROOT),
                        view.visit(), view.action().name(), message);
                if (materials) {
                    model.put("lessons", view.lessons());
                    model.put("referrals", view.referrals());
                }
                templates.respond(response, 200, "link", locale, model);
            }
        }
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String token = token(request);
        LinkView view = requests.view(token);
        Locale locale = view.language().locale();
        Outcome outcome;
        String done;
        if (view.action() == Action.RESCHEDULE) {
            outcome = requests.askAnotherDate(token, proposed(request), request.getParameter("note"));
            done = "link.reschedule";
        } else if (view.action() == Action.PARTICIPATION) {
            var report = report(request);
            if (report == null) {
                page(response, 400, locale, "link.participation", view.visit(), Action.PARTICIPATION.name(),
                        message(locale, "link.participation.invalid"));
                return;
            }
            try {
                outcome = requests.reportParticipation(token, report);
            } catch (RuntimeException refused) {
                page(response, 400, locale, "link.participation", view.visit(), Action.PARTICIPATION.name(),
                        message(locale, "link.participation.invalid"));
                return;
            }
            done = "link.participation";
        } else {
            outcome = requests.confirm(token);
            done = "link.confirm";
        }
        switch (outcome) {
            case DONE -> page(response, 200, locale, done, null, null, message(locale, done + ".done"));
            case UNKNOWN -> page(response, 404, locale, "link.unknown", null, null, message(locale, "link.unknown.message"));
            case GONE -> page(response, 410, locale, "link.gone", null, null, message(locale, "link.gone.message"));
            case WRONG_ACTION -> page(response, 405, locale, "link.gone", null, null, message(locale, "link.gone.message"));
        }
    }

    /** The counts of the participation form; null when one is missing or not a whole number. */
    private static iq.cpf.awareness.participation.control.Participations.Report report(HttpServletRequest request) {
        try {
            String sessions = request.getParameter("sessions");
            return new iq.cpf.awareness.participation.control.Participations.Report(
                    Integer.valueOf(request.getParameter("girls").trim()), Integer.valueOf(request.getParameter("boys").trim()),
                    Integer.valueOf(request.getParameter("teachers").trim()),
                    sessions == null || sessions.isBlank() ? 1 : Integer.valueOf(sessions.trim()), request.getParameter("notes"));
        } catch (NumberFormatException | NullPointerException e) {
            return null;
        }
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
    private void download(HttpServletResponse response, String token, long fileId) throws IOException {
        var file = requests.file(token, fileId);
        if (file.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setHeader("Referrer-Policy", "no-referrer");
        MaterialFiles.downloadHeaders(file.get()).forEach(response::setHeader);
        response.setContentType(file.get().getContentType());
        response.setContentLengthLong(file.get().getSizeBytes());
        Files.copy(files.path(file.get()), response.getOutputStream());
    }

    private void page(HttpServletResponse response, int status, Locale locale, String key, Map<String, String> visit,
                      String action, String message) throws IOException {
        templates.respond(response, status, "link", locale, model(locale, key, visit, action, message));
    }

    private static Map<String, Object> model(Locale locale, String key, Map<String, String> visit, String action,
                                             String message) {
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
