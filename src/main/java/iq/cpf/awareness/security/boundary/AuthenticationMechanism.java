package iq.cpf.awareness.security.boundary;

import iq.cpf.awareness.platform.Audited;
import iq.cpf.awareness.platform.boundary.Problem;
import iq.cpf.awareness.security.control.DatabaseIdentityStore;
import iq.cpf.awareness.security.control.LoginThrottle;
import iq.cpf.awareness.security.control.PasswordHashing;
import iq.cpf.awareness.security.control.Users;
import iq.cpf.awareness.security.entity.User;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;

/**
 * HTTP Basic for the API and a login form for the UI, over the one {@link DatabaseIdentityStore}.
 * Jakarta Security 3 allows a single mechanism per application, so this one does both: a Basic
 * header is checked on every request that needs a login (never put into a session, API clients need
 * none); the login page authenticates programmatically and the caller's login is then kept in the
 * HTTP session. Without credentials the API answers 401 as problem+json and pages redirect to the
 * login form.
 *
 * <p>Trust is decided per request: a session keeps only who logged in, and their role and whether
 * they may still log in are read from the database each time, so a disabled user or a changed role
 * takes effect at once. Passwords are verified only on paths that need a login, after {@link
 * LoginThrottle} agreed; a refused attempt answers 429 with {@code Retry-After} without hashing
 * anything.
 */
@ApplicationScoped
public class AuthenticationMechanism implements HttpAuthenticationMechanism {

    static final String SESSION_CALLER = AuthenticationMechanism.class.getName() + ".caller";

    /**
     * Set on the request when a form login was refused for a while: the seconds to wait, for the
     * login page.
     */
    public static final String RETRY_AFTER =
            AuthenticationMechanism.class.getName() + ".retryAfter";

    public static final String LOGIN_PAGE = "/login.xhtml";

    @Inject IdentityStoreHandler identityStores;
    @Inject Event<Audited> audited;
    @Inject LoginThrottle throttle;
    @Inject Users users;

    @Override
    public AuthenticationStatus validateRequest(
            HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        if (context.getAuthParameters().getCredential()
                instanceof UsernamePasswordCredential credential) {
            return formLogin(credential, request, context);
        }
        if (!context.isProtected()) {
            return context.doNothing();
        }
        String authorization = request.getHeader("Authorization");
        if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            return basic(authorization.substring(6).trim(), request, response, context);
        }
        HttpSession session = request.getSession(false);
        if (session != null
                && session.getAttribute(SESSION_CALLER) instanceof SessionCaller caller) {
            Optional<User> user = users.find(caller.name()).filter(User::isEnabled);
            if (user.isPresent()) {
                return context.notifyContainerAboutLogin(
                        user.get().getEmail(), user.get().getRole().groups());
            }
            session.invalidate();
        }
        if (isApi(request)) {
            return challenge(request, response);
        }
        return redirectToLogin(request, response);
    }

    private AuthenticationStatus formLogin(
            UsernamePasswordCredential credential,
            HttpServletRequest request,
            HttpMessageContext context) {
        String login = credential.getCaller();
        Optional<Duration> wait = throttle.wait(login, request.getRemoteAddr());
        if (wait.isPresent()) {
            request.setAttribute(RETRY_AFTER, seconds(wait.get()));
            return AuthenticationStatus.SEND_FAILURE;
        }
        CredentialValidationResult result;
        try {
            result = identityStores.validate(credential);
        } catch (RuntimeException e) {
            requireBusy(e);
            request.setAttribute(RETRY_AFTER, 1L);
            return AuthenticationStatus.SEND_FAILURE;
        }
        if (result.getStatus() != CredentialValidationResult.Status.VALID) {
            throttle.failed(login, request.getRemoteAddr());
            audited.fire(new Audited("login.failed", "user", null, "form", login));
            return AuthenticationStatus.SEND_FAILURE;
        }
        throttle.succeeded(login, request.getRemoteAddr());
        audited.fire(new Audited("login", "user", null, "form", login));
        if (request.getSession(false) != null) {
            request.changeSessionId();
        }
        request.getSession(true)
                .setAttribute(
                        SESSION_CALLER, new SessionCaller(result.getCallerPrincipal().getName()));
        return context.notifyContainerAboutLogin(result);
    }

    private AuthenticationStatus basic(
            String encoded,
            HttpServletRequest request,
            HttpServletResponse response,
            HttpMessageContext context) {
        UsernamePasswordCredential credential = decode(encoded);
        if (credential == null) {
            return challenge(request, response);
        }
        String address = request.getRemoteAddr();
        Optional<Duration> wait = throttle.wait(credential.getCaller(), address);
        if (wait.isPresent()) {
            return tooMany(request, response, seconds(wait.get()));
        }
        CredentialValidationResult result;
        try {
            result = identityStores.validate(credential);
        } catch (RuntimeException e) {
            requireBusy(e);
            return tooMany(request, response, 1);
        }
        if (result.getStatus() == CredentialValidationResult.Status.VALID) {
            throttle.succeeded(credential.getCaller(), address);
            return context.notifyContainerAboutLogin(result);
        }
        throttle.failed(credential.getCaller(), address);
        audited.fire(new Audited("login.failed", "user", null, "basic", credential.getCaller()));
        return challenge(request, response);
    }

    /**
     * A verification that found no turn ({@link PasswordHashing.Busy}) is answered; any other
     * failure is not.
     */
    private static void requireBusy(RuntimeException e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof PasswordHashing.Busy) {
                return;
            }
        }
        throw e;
    }

    private static long seconds(Duration wait) {
        return Math.max(1, (wait.toMillis() + 999) / 1000);
    }

    private static UsernamePasswordCredential decode(String encoded) {
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return null;
        }
        int colon = decoded.indexOf(':');
        if (colon <= 0) {
            return null;
        }
        return new UsernamePasswordCredential(
                decoded.substring(0, colon), decoded.substring(colon + 1));
    }

    private static boolean isApi(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.equals("/api") || path.startsWith("/api/");
    }

    private static AuthenticationStatus challenge(
            HttpServletRequest request, HttpServletResponse response) {
        response.setHeader("WWW-Authenticate", "Basic realm=\"awareness\", charset=\"UTF-8\"");
        return problem(request, response, HttpServletResponse.SC_UNAUTHORIZED, "error.http.401");
    }

    private static AuthenticationStatus tooMany(
            HttpServletRequest request, HttpServletResponse response, long seconds) {
        response.setHeader("Retry-After", String.valueOf(seconds));
        return problem(request, response, 429, "error.http.429", seconds);
    }

    /**
     * Refuses with {@code status}: Undertow then sends the error page, which answers an API request
     * with this problem (see {@code ErrorPageServlet}). Writing the answer here instead made
     * Undertow, finding it sent, log a stack trace for every refused login.
     */
    private static AuthenticationStatus problem(
            HttpServletRequest request,
            HttpServletResponse response,
            int status,
            String detailKey,
            Object... args) {
        response.setStatus(status);
        request.setAttribute(Problem.DETAIL_KEY, detailKey);
        request.setAttribute(Problem.DETAIL_ARGS, args);
        return AuthenticationStatus.SEND_FAILURE;
    }

    private static AuthenticationStatus redirectToLogin(
            HttpServletRequest request, HttpServletResponse response) {
        String target = request.getRequestURI().substring(request.getContextPath().length());
        if (request.getQueryString() != null) {
            target += "?" + request.getQueryString();
        }
        try {
            response.sendRedirect(
                    request.getContextPath()
                            + LOGIN_PAGE
                            + "?next="
                            + URLEncoder.encode(target, StandardCharsets.UTF_8));
        } catch (IOException e) {
            return AuthenticationStatus.SEND_FAILURE;
        }
        return AuthenticationStatus.SEND_CONTINUE;
    }

    /** The caller remembered in the session after a form login. */
    record SessionCaller(String name) implements Serializable {}
}
