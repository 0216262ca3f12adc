package iq.cpf.awareness.security.boundary;

import iq.cpf.awareness.platform.Settings;
import iq.cpf.awareness.platform.boundary.Problem;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.Locale;
import java.util.Set;

/**
 * Cross-site request forgery: a browser sends the session cookie with a form that another site
 * posts here, so an unsafe API request that carries no {@code Authorization} header but a live
 * session (the cookie is its credential; without either it is answered 401 as usual) is accepted
 * only when the browser says it comes from this application's own pages: {@code Sec-Fetch-Site:
 * same-origin}, or else an {@code Origin} that is this server's or {@code APP_BASE_URL}'s. A
 * request that says neither is refused too, since every browser in use sends one of them with a
 * POST. API clients with HTTP Basic are not affected: another site cannot make a browser send their
 * header. Refusals are 403 problem+json, before any resource runs.
 */
@WebFilter(
        urlPatterns = {"/api/*"},
        asyncSupported = true)
public class SameOriginFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");

    @Inject Settings settings;

    @Override
    protected void doFilter(
            HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (SAFE.contains(request.getMethod())
                || request.getHeader("Authorization") != null
                || !request.isRequestedSessionIdValid()
                || sameOrigin(request)) {
            chain.doFilter(request, response);
            return;
        }
        Problem.send(request, response, HttpServletResponse.SC_FORBIDDEN, "error.crossSite");
    }

    boolean sameOrigin(HttpServletRequest request) {
        String site = request.getHeader("Sec-Fetch-Site");
        if (site != null) {
            return "same-origin".equalsIgnoreCase(site.trim());
        }
        String origin = request.getHeader("Origin");
        if (origin == null || origin.isBlank() || "null".equals(origin.trim())) {
            return false;
        }
        String given = origin(origin.trim());
        return given != null
                && (given.equals(origin(request.getRequestURL().toString()))
                        || given.equals(origin(settings.baseUrl())));
    }

    /**
     * The scheme, host and port of a URL, with the scheme's default port written out, so both sides
     * compare alike.
     */
    static String origin(String url) {
        try {
            URI uri = URI.create(url);
            if (uri.getScheme() == null || uri.getHost() == null) {
                return null;
            }
            String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
            int port = uri.getPort() != -1 ? uri.getPort() : "https".equals(scheme) ? 443 : 80;
            return scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + ":" + port;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
