package iq.cpf.awareness.platform.boundary;

import iq.cpf.awareness.platform.Language;
import iq.cpf.awareness.platform.Messages;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.Collections;
import java.util.Locale;
import java.util.Optional;

/**
 * The language of a page that is not a Faces view (error pages, unsubscribe, links): the one the
 * user chose in this session, else one known for the person the page is about, else the browser's.
 * The Faces pages remember the choice here, so that a 404 after choosing Arabic is in Arabic.
 */
public final class PageLanguage {

    private static final String SESSION_KEY = PageLanguage.class.getName();

    private PageLanguage() {}

    public static Locale of(HttpServletRequest request, Optional<Language> known) {
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(SESSION_KEY) instanceof Locale chosen) {
            return chosen;
        }
        return known.map(Language::locale)
                .orElseGet(() -> Messages.supported(Collections.list(request.getLocales())));
    }

    public static void remember(HttpServletRequest request, Locale chosen) {
        request.getSession().setAttribute(SESSION_KEY, chosen);
    }
}
