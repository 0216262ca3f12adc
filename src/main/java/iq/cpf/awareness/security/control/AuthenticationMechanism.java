package iq.cpf.awareness.security.control;

import iq.cpf.awareness.platform.Messages;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
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
import java.util.Base64;
import java.util.Collections;
import java.util.Locale;
import java.util.Set;

/**
 * HTTP Basic for the API and a login form for the UI, over the one {@link DatabaseIdentityStore}. Jakarta
 * Security 3 allows a single mechanism per application, so this one does both: a Basic header is checked on
 * every request (never put into a session, API clients need none); the login page authenticates
 * programmatically and the caller is then kept in the HTTP session. Without credentials the API answers 401
 * as problem+json and pages redirect to the login form.
 */
@ApplicationScoped
public class AuthenticationMechanism implements HttpAuthenticationMechanism {

    static final String SESSION_CALLER = AuthenticationMechanism.class.getName() + ".caller";
    public static final String LOGIN_PAGE = "/login.xhtml";

    @Inject
    IdentityStoreHandler identityStores;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        Credential credential = context.getAuthParameters().getCredential();
        if (credential != null) {
            CredentialValidationResult result = identityStores.validate(credential);
            if (result.getStatus() != CredentialValidationResult.Status.VALID) {
                return AuthenticationStatus.SEND_FAILURE;
            }
            HttpSession session = request.getSession(false);
            if (session != null) {
                request.changeSessionId();
            }
            request.getSession(true).setAttribute(SESSION_CALLER,
                    new SessionCaller(result.getCallerPrincipal().getName(), Set.copyOf(result.getCallerGroups())));
            return context.notifyContainerAboutLogin(result);
        }
        String authorization = request.getHeader("Authorization");
        if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            CredentialValidationResult result = basic(authorization.substring(6).trim());
            if (result.getStatus() == CredentialValidationResult.Status.VALID) {
                return context.notifyContainerAboutLogin(result);
            }
            return challenge(request, response);
        }
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(SESSION_CALLER) instanceof SessionCaller caller) {
            return context.notifyContainerAboutLogin(caller::name, caller.groups());
        }
        if (!context.isProtected()) {
            return context.doNothing();
        }
        if (isApi(request)) {
            return challenge(request, response);
        }
        return redirectToLogin(request, response);
    }

    private CredentialValidationResult basic(String encoded) {
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return CredentialValidationResult.INVALID_RESULT;
        }
        int colon = decoded.indexOf(':');
        if (colon <= 0) {
            return CredentialValidationResult.INVALID_RESULT;
        }
        return identityStores.validate(
                new UsernamePasswordCredential(decoded.substring(0, colon), decoded.substring(colon + 1)));
    }

    private static boolean isApi(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.equals("/api") || path.startsWith("/api/");
    }

    private static AuthenticationStatus challenge(HttpServletRequest request, HttpServletResponse response) {
        Locale locale = Messages.supported(Collections.list(request.getLocales()));
        String title = Messages.get(locale, "error.title.401");
        String detail = Messages.get(locale, "error.http.401");
        String body = "{\"type\":\"about:blank\",\"title\":\"" + json(title) + "\",\"status\":401,\"detail\":\""
                + json(detail) + "\"}";
        try {
            response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
            response.setHeader("WWW-Authenticate", "Basic realm=\"awareness\", charset=\"UTF-8\"");
            response.setContentType("application/problem+json;charset=UTF-8");
            response.getOutputStream().write(body.getBytes(StandardCharsets.UTF_8));
            response.flushBuffer();
        } catch (IOException e) {
            return AuthenticationStatus.SEND_FAILURE;
        }
        return AuthenticationStatus.SEND_FAILURE;
    }

    private static AuthenticationStatus redirectToLogin(HttpServletRequest request, HttpServletResponse response) {
        String target = request.getRequestURI().substring(request.getContextPath().length());
        if (request.getQueryString() != null) {
            target += "?" + request.getQueryString();
        }
        try {
            response.sendRedirect(request.getContextPath() + LOGIN_PAGE + "?next="
                    + URLEncoder.encode(target, StandardCharsets.UTF_8));
        } catch (IOException e) {
            return AuthenticationStatus.SEND_FAILURE;
        }
        return AuthenticationStatus.SEND_CONTINUE;
    }

    private static String json(String text) {
        return text.replace("\\", "\\\\").replace("\"", "\\\"");
    }

    /** The caller remembered in the session after a form login. */
    record SessionCaller(String name, Set<String> groups) implements Serializable {
    }
}
