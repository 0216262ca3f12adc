package iq.cpf.awareness.platform.boundary;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import iq.cpf.awareness.platform.Messages;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/** An RFC 9457 problem document, the body of every error the API answers. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(
        String type,
        String title,
        int status,
        String detail,
        String instance,
        List<FieldViolation> violations) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** Request attributes that tell the error page which problem to answer an API request with. */
    public static final String DETAIL_KEY = Problem.class.getName() + ".detailKey";

    public static final String DETAIL_ARGS = Problem.class.getName() + ".detailArgs";
    private static final ObjectMapper JSON = new ObjectMapper();

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
        Locale locale = Messages.supported(Collections.list(request.getLocales()));
        Problem problem =
                new Problem(
                        "about:blank",
                        Messages.get(locale, "error.title." + status),
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
