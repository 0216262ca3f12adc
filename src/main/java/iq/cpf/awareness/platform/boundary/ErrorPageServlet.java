package iq.cpf.awareness.platform.boundary;

import iq.cpf.awareness.platform.Messages;
import iq.cpf.awareness.platform.control.Templates;
import jakarta.inject.Inject;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * The page a browser gets for an error outside the API (which answers problem+json itself): a
 * sentence in the reader's language and a way back, never a stack trace. Unexpected errors are
 * logged here with their cause, refusals (4xx) as one line ({@link Problem#logRefusal}).
 */
@WebServlet("/error")
public class ErrorPageServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(ErrorPageServlet.class);

    @Inject Templates templates;

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer number ? number : 500;
        Throwable error = (Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        if (status >= 500 && error != null) {
            LOG.error(
                    "Error answering "
                            + SecretPaths.redacted(
                                    request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI)),
                    error);
        }
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        if (uri != null && uri.toString().startsWith(request.getContextPath() + "/api/")) {
            Object key = request.getAttribute(Problem.DETAIL_KEY);
            Object args = request.getAttribute(Problem.DETAIL_ARGS);
            Problem.send(
                    request,
                    response,
                    status,
                    key == null ? "error.http." + status : key.toString(),
                    args instanceof Object[] values ? values : new Object[0]);
            return;
        }
        Problem.logRefusal(status, request.getMethod(), uri);
        String kind =
                switch (status) {
                    case 403, 404 -> String.valueOf(status);
                    default -> "500";
                };
        Locale locale = PageLanguage.of(request, Optional.empty());
        templates.respond(
                response,
                status,
                "error",
                locale,
                Map.of(
                        "title", Messages.get(locale, "error.page." + kind + ".title"),
                        "message", Messages.get(locale, "error.page." + kind + ".message")));
    }
}
