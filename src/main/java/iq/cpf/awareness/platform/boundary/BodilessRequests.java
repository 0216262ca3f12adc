package iq.cpf.awareness.platform.boundary;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import java.util.Set;

/**
 * A request without a body is answered as if it had no {@code Content-Type}. RESTEasy matches a
 * resource method's {@code @Consumes} (most resources declare JSON on the class) against the header
 * whatever the method, so a GET from a tool that sends {@code Content-Type: text/html} by default
 * (hey, some HTTP clients) was refused with 415 for a body it never had. The header describes a
 * body; without one it means nothing, so it is dropped before matching, in this one place.
 */
@Provider
@PreMatching
public class BodilessRequests implements ContainerRequestFilter {

    private static final Set<String> WITHOUT_BODY =
            Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.DELETE, HttpMethod.OPTIONS);

    @Override
    public void filter(ContainerRequestContext request) {
        if (WITHOUT_BODY.contains(request.getMethod()) && !carriesBody(request)) {
            request.getHeaders().remove(HttpHeaders.CONTENT_TYPE);
        }
    }

    /** A DELETE may carry a body; it is then matched by its type as any other request. */
    private static boolean carriesBody(ContainerRequestContext request) {
        String length = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        return request.getHeaderString("Transfer-Encoding") != null
                || length != null && !length.isBlank() && !"0".equals(length.strip());
    }
}
