package iq.cpf.awareness.platform.boundary;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Pattern;
import org.jboss.logging.Logger;

/**
 * Addresses that are capabilities (a school's emailed links, a volunteer's calendar feed) must
 * never reach the log: whoever reads the log could act for the school. An error behind them is
 * logged here with the token cut out and answered by the error page, so neither Undertow nor the
 * error page ever logs the address itself.
 */
@WebFilter(
        urlPatterns = {"/links/*", "/feeds/*"},
        asyncSupported = true)
public class SecretPaths extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(SecretPaths.class);
    private static final Pattern LINK = Pattern.compile("(/links/)[^/?#]+");
    private static final Pattern FEED = Pattern.compile("(/feeds/)[^?#]*");

    /**
     * The path with the token of a capability address (a link's token, a feed's whole address) cut
     * out.
     */
    public static String redacted(Object path) {
        return path == null
                ? null
                : FEED.matcher(LINK.matcher(path.toString()).replaceAll("$1…")).replaceAll("$1…");
    }

    @Override
    protected void doFilter(
            HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        try {
            chain.doFilter(request, response);
        } catch (IOException | ServletException | RuntimeException e) {
            LOG.error("Error answering " + redacted(request.getRequestURI()), e);
            if (!response.isCommitted()) {
                response.sendError(HttpServletResponse.SC_INTERNAL_SERVER_ERROR);
            }
        }
    }
}
