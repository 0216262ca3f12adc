package iq.cpf.awareness.visit.boundary;

import iq.cpf.awareness.visit.control.Feeds;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code /feeds/volunteers/{id}/{signature}.ics}: a volunteer's visits for their calendar
 * application.
 */
@WebServlet("/feeds/*")
public class FeedServlet extends HttpServlet {

    private static final Pattern PATH =
            Pattern.compile("/volunteers/(\\d{1,18})/([A-Za-z0-9_-]{20,100})\\.ics");

    @Inject Feeds feeds;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        Matcher path = PATH.matcher(request.getPathInfo() == null ? "" : request.getPathInfo());
        long volunteer = path.matches() ? Long.parseLong(path.group(1)) : 0;
        Optional<String> tag =
                path.matches() ? feeds.tag(volunteer, path.group(2)) : Optional.empty();
        response.setHeader("Referrer-Policy", "no-referrer");
        response.setHeader("Cache-Control", "private, max-age=300");
        if (tag.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setHeader("ETag", tag.get());
        if (matches(request.getHeader("If-None-Match"), tag.get())) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        var calendar = feeds.calendar(volunteer, path.group(2), tag.get());
        if (calendar.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType("text/calendar;charset=UTF-8");
        response.getWriter().write(calendar.get());
    }

    /**
     * Whether the calendar's copy is current: one of the tags it holds (or any, {@code *}) is the
     * feed's. Weak tags compare as strong ones, as RFC 9110 has it for If-None-Match.
     */
    static boolean matches(String ifNoneMatch, String tag) {
        if (ifNoneMatch == null) {
            return false;
        }
        for (String held : ifNoneMatch.split(",")) {
            String each = held.strip();
            if (each.equals("*") || each.replaceFirst("^W/", "").equals(tag)) {
                return true;
            }
        }
        return false;
    }
}
