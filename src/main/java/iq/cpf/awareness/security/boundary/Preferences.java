package iq.cpf.awareness.security.boundary;

import iq.cpf.awareness.platform.Language;
import iq.cpf.awareness.platform.Messages;
import iq.cpf.awareness.platform.boundary.PageLanguage;
import iq.cpf.awareness.security.control.Users;
import iq.cpf.awareness.security.entity.User;
import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.Serializable;
import java.util.Collections;
import java.util.Locale;
import java.util.Optional;

/**
 * The language of the pages: the one the user chose last (kept with their user, so it follows them
 * to another device), else the browser's, else English. The language an account was created with is
 * for its emails; the pages follow the browser until the user picks one. Arabic and Sorani pages
 * are right-to-left.
 */
@Named
@SessionScoped
public class Preferences implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject Users users;

    /**
     * The language chosen with the buttons or kept with the user; until there is one, the
     * browser's.
     */
    private Locale chosen;

    private String loadedFor;

    public Locale getLocale() {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        String caller =
                external.getUserPrincipal() == null ? null : external.getUserPrincipal().getName();
        if (caller != null && !caller.equals(loadedFor)) {
            loadedFor = caller;
            chosen =
                    users.find(caller)
                            .filter(User::isLanguageChosen)
                            .map(User::getLanguage)
                            .map(Language::locale)
                            .orElse(chosen);
            remember(external, chosen);
        }
        if (chosen != null) {
            return chosen;
        }
        return Messages.supported(
                Collections.list(((HttpServletRequest) external.getRequest()).getLocales()));
    }

    public String getLanguage() {
        return getLocale().getLanguage();
    }

    /** The locale for numbers and dates on the pages: Western digits in every language. */
    public Locale getFormatting() {
        return Language.of(getLocale()).formatting();
    }

    public String getDir() {
        return Language.of(getLocale()).dir();
    }

    private static void remember(ExternalContext external, Locale chosen) {
        if (chosen != null) {
            PageLanguage.remember((HttpServletRequest) external.getRequest(), chosen);
        }
    }

    /** Switches the pages to {@code code} (en, ar, ckb) and, for a logged-in user, remembers it. */
    public void use(String code) throws IOException {
        Optional<Language> language = Language.byCode(code);
        if (language.isEmpty()) {
            return;
        }
        chosen = language.get().locale();
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        if (external.getUserPrincipal() != null) {
            users.changeLanguage(external.getUserPrincipal().getName(), language.get());
        }
        faces.getViewRoot().setLocale(chosen);
        remember(external, chosen);
        String view = faces.getViewRoot().getViewId();
        external.redirect(external.getRequestContextPath() + view);
    }
}
