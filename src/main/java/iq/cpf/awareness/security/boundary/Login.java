package iq.cpf.awareness.security.boundary;

import iq.cpf.awareness.platform.Messages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The login form: authenticates through the application's mechanism and goes back where the user
 * was headed.
 */
@Named
@RequestScoped
public class Login {

    @Inject SecurityContext security;

    private String email;
    private String password;
    private String next;

    public String login() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        AuthenticationStatus status =
                security.authenticate(
                        (HttpServletRequest) external.getRequest(),
                        (HttpServletResponse) external.getResponse(),
                        AuthenticationParameters.withParams()
                                .newAuthentication(true)
                                .credential(
                                        new UsernamePasswordCredential(
                                                email, new Password(password))));
        if (status == AuthenticationStatus.SUCCESS) {
            external.redirect(external.getRequestContextPath() + safeNext());
            faces.responseComplete();
            return null;
        }
        Object retryAfter = external.getRequestMap().get(AuthenticationMechanism.RETRY_AFTER);
        String text =
                retryAfter instanceof Long seconds
                        ? Messages.get(faces.getViewRoot().getLocale(), "login.throttled", seconds)
                        : Messages.get(faces.getViewRoot().getLocale(), "login.failed");
        if (retryAfter != null) {
            ((HttpServletResponse) external.getResponse()).setStatus(429);
            external.setResponseHeader("Retry-After", String.valueOf(retryAfter));
        }
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
        return null;
    }

    public void logout() throws IOException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        external.invalidateSession();
        try {
            ((HttpServletRequest) external.getRequest()).logout();
        } catch (ServletException e) {
            // The session that held the login is gone already, which is what logging out means
            // here.
        }
        // Phones are shared: the schedule kept offline (its cached pages and data, the service
        // worker, reports waiting to be sent) goes with the login.
        external.addResponseHeader("Clear-Site-Data", "\"cache\", \"storage\"");
        external.redirect(external.getRequestContextPath() + "/login.xhtml");
    }

    /**
     * Only paths inside this application, so the login page cannot be used to send people
     * elsewhere.
     */
    private String safeNext() {
        if (next == null || !next.startsWith("/") || next.startsWith("//") || next.contains("\\")) {
            return "/";
        }
        return next;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getNext() {
        return next;
    }

    public void setNext(String next) {
        this.next = next;
    }
}
