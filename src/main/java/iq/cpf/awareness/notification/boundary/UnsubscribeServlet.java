package iq.cpf.awareness.notification.boundary;

import iq.cpf.awareness.notification.control.Digests;
import iq.cpf.awareness.platform.Messages;
import iq.cpf.awareness.platform.boundary.PageLanguage;
import iq.cpf.awareness.platform.control.Templates;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * One-click unsubscribe from the weekly digests (RFC 8058): mail clients POST to the
 * List-Unsubscribe URL without a cookie; people who open it get a page with a button. A GET never
 * unsubscribes, because link scanners follow GETs. The URL carries an HMAC of address and kind, so
 * nobody can unsubscribe another.
 */
@WebServlet("/unsubscribe")
public class UnsubscribeServlet extends HttpServlet {

    @Inject Digests digests;
    @Inject Templates templates;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        page(response, 200, request, "CONFIRM_UNSUBSCRIBE", null);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        boolean done =
                digests.unsubscribe(
                        request.getParameter("email"),
                        request.getParameter("kind"),
                        request.getParameter("sig"));
        Locale locale = locale(request);
        if (done) {
            page(response, 200, request, null, Messages.get(locale, "unsubscribe.done"));
        } else {
            page(response, 404, request, null, Messages.get(locale, "link.unknown.message"));
        }
    }

    /** The recipient's language, as their emails are in, unless they chose another here. */
    private Locale locale(HttpServletRequest request) {
        return PageLanguage.of(
                request,
                digests.language(
                        request.getParameter("email"),
                        request.getParameter("kind"),
                        request.getParameter("sig")));
    }

    private void page(
            HttpServletResponse response,
            int status,
            HttpServletRequest request,
            String action,
            String message)
            throws IOException {
        Locale locale = locale(request);
        Map<String, Object> model = new HashMap<>();
        model.put("title", Messages.get(locale, "unsubscribe.title"));
        model.put("message", message);
        model.put("action", action);
        templates.respond(response, status, "link", locale, model);
    }
}
