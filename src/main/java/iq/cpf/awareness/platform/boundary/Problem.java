package iq.cpf.awareness.platform.boundary;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import iq.cpf.awareness.platform.Messages;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.jboss.logging.Logger;

/** An RFC 9457 problem document, the body of every error the API answers. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(
        String type,
        String title,
        int status,
        String detail,
        String instance,
        List<FieldViolation> violations,
        List<String> rules) {

    public Problem(
            String type,
            String title,
            int status,
            String detail,
            String instance,
            List<FieldViolation> violations) {
        this(type, title, status, detail, instance, violations, null);
    }

    public static final String MEDIA_TYPE = "application/problem+json";

    /** Request attributes that tell the error page which problem to answer an API request with. */
    public static final String DETAIL_KEY = Problem.class.getName() + ".detailKey";

    public static final String DETAIL_ARGS = Problem.class.getName() + ".detailArgs";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Logger LOG = Logger.getLogger(Problem.class);

    /**
     * Answers a request that a servlet filter or the authentication mechanism refuses before JAX-RS
     * runs, in the words of the caller's language, as the exception mappers would.
     */
    public static void send(
            HttpServletRequest request,
            HttpServletResponse response,
            int status,
            String detailKey,
            Object... args)
            throws IOException {
        Object original = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        logRefusal(
                status, request.getMethod(), original != null ? original : request.getRequestURI());
        Locale locale = Messages.supported(Collections.list(request.getLocales()));
        Problem problem =
                new Problem(
                        "about:blank",
                        title(locale, status),
                        status,
                        Messages.get(locale, detailKey, args),
                        null,
                        null);
        response.setStatus(status);
        response.setContentType(MEDIA_TYPE + ";charset=UTF-8");
        response.getOutputStream().write(JSON.writeValueAsBytes(problem));
        response.flushBuffer();
    }

    /**
     * The title of a status in {@code locale}, or HTTP's reason phrase where the bundle has none.
     */
    public static String title(Locale locale, int status) {
        String title = Messages.get(locale, "error.title." + status);
        if (!title.startsWith("error.title.")) {
            return title;
        }
        Response.Status known = Response.Status.fromStatusCode(status);
        return known == null ? "Error" : known.getReasonPhrase();
    }

    /**
     * Logs an answered refusal (4xx) as one line at INFO, since it is the client's to mend (no
     * login, a wrong id, invalid input): no stack trace and no ERROR for it. Server errors (5xx)
     * are logged at ERROR with their cause where they are caught ({@link ProblemMapper}, {@link
     * ErrorPageServlet}, {@link SecretPaths}), so this logs nothing for them. The path is {@link
     * SecretPaths#redacted redacted}; nothing of the request's body or credentials is written.
     */
    public static void logRefusal(int status, String method, Object path) {
        if (status >= 400 && status < 500) {
            LOG.infof(
                    "%d %s %s (%s)",
                    status, method, SecretPaths.redacted(path), title(Locale.ENGLISH, status));
        }
    }

    /**
     * What to tell a person: each invalid field with why, or the detail when no field is to blame.
     */
    public List<String> lines() {
        if (violations == null || violations.isEmpty()) {
            return List.of(detail);
        }
        return violations.stream().map(v -> v.field() + ": " + v.message()).toList();
    }

    /** One invalid field: its path in the request body or its parameter name, and why. */
    public record FieldViolation(String field, String message) {}
}
