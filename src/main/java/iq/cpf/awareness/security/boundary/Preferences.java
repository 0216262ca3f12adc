package iq.cpf.awareness.security.boundary;

import iq.cpf.awareness.platform.Language;
import iq.cpf.awareness.platform.Messages;
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
 * to another device), else the browser's, else English. Arabic and Sorani pages are right-to-left.
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
            chosen = users.find(caller).map(User::getLanguage).map(Language::locale).orElse(chosen);
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

    public String getDir() {
        return Language.of(getLocale()).dir();
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
        String view = faces.getViewRoot().getViewId();
        external.redirect(external.getRequestContextPath() + view);
    }
}
