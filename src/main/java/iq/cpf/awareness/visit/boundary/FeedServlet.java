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
        var calendar =
                path.matches()
                        ? feeds.calendar(Long.parseLong(path.group(1)), path.group(2))
                        : Optional.<String>empty();
        response.setHeader("Referrer-Policy", "no-referrer");
        response.setHeader("Cache-Control", "private, max-age=300");
        if (calendar.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType("text/calendar;charset=UTF-8");
        response.getWriter().write(calendar.get());
    }
}
