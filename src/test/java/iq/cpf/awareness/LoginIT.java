package iq.cpf.awareness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import iq.cpf.awareness.support.Api;
import iq.cpf.awareness.support.Deployments;
import java.net.CookieManager;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The login form of the UI, over the same users as the API, and the API used with the UI's session. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LoginIT {

    private static final Pattern HIDDEN = Pattern.compile("<input[^>]*type=\"hidden\"[^>]*>");
    private static final Pattern NONCE = Pattern.compile("nonce=\"([^\"]+)\"");
    private static final Pattern NAME = Pattern.compile("name=\"([^\"]+)\"");
    private static final Pattern VALUE = Pattern.compile("value=\"([^\"]*)\"");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    HttpClient browser;
    URI root;

    @BeforeEach
    void setUp() {
        root = URI.create(base.toString());
        browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
    }

    private HttpResponse<String> get(String path, String language) throws Exception {
        return browser.send(HttpRequest.newBuilder(root.resolve(path)).header("Accept-Language", language).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> login(String email, String password) throws Exception {
        HttpResponse<String> page = get("/login.xhtml?next=%2Findex.xhtml", "en");
        Matcher loginForm = Pattern.compile("<form id=\"login\".*?</form>", Pattern.DOTALL).matcher(page.body());
        assertTrue(loginForm.find(), page::body);
        // Every hidden field of the form goes back, as a browser sends it: the view state and PrimeFaces' nonce.
        Map<String, String> form = new java.util.LinkedHashMap<>();
        Matcher hidden = HIDDEN.matcher(loginForm.group());
        while (hidden.find()) {
            Matcher name = NAME.matcher(hidden.group());
            Matcher value = VALUE.matcher(hidden.group());
            if (name.find()) {
                form.put(name.group(1), value.find() ? value.group(1).replace("&amp;", "&") : "");
            }
        }
        assertTrue(form.containsKey("jakarta.faces.ViewState"), page::body);
        // PrimeFaces' script adds the page's CSP nonce to every form before it is sent; a browser without it is refused.
        Matcher nonce = NONCE.matcher(page.body());
        assertTrue(nonce.find(), page::body);
        form.put("primefaces.nonce", nonce.group(1));
        form.putAll(Map.of("login:email", email, "login:password", password, "login:submit", "Log in"));
        String body = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return browser.send(HttpRequest.newBuilder(root.resolve("/login.xhtml"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void pagesRedirectToTheLoginForm() throws Exception {
        HttpResponse<String> home = get("/index.xhtml", "en");
        assertEquals(302, home.statusCode());
        assertTrue(home.headers().firstValue("Location").orElseThrow().contains("/login.xhtml?next="));
    }

    @Test
    void theLoginFormLogsInAndTheSessionOpensTheApi() throws Exception {
        HttpResponse<String> done = login(Api.ADMIN_EMAIL, Api.ADMIN_PASSWORD);
        assertEquals(302, done.statusCode(), done::body);
        assertTrue(done.headers().firstValue("Location").orElseThrow().endsWith("/index.xhtml"));
        HttpResponse<String> home = get("/index.xhtml", "en");
        assertEquals(200, home.statusCode());
        assertTrue(home.body().contains(Api.ADMIN_EMAIL), home::body);
        HttpResponse<String> me = get("/api/users/me", "en");
        assertEquals(200, me.statusCode(), me::body);
        assertTrue(me.body().contains("\"role\":\"admin\""), me::body);
    }

    @Test
    void aWrongPasswordStaysOnTheFormWithAMessage() throws Exception {
        HttpResponse<String> failed = login(Api.ADMIN_EMAIL, "wrong-password");
        assertEquals(200, failed.statusCode());
        assertTrue(failed.body().contains("Wrong email or password"), failed::body);
        assertEquals(302, get("/index.xhtml", "en").statusCode());
    }

    @Test
    void arabicPagesAreRightToLeft() throws Exception {
        HttpResponse<String> page = get("/login.xhtml", "ar");
        assertTrue(page.body().contains("dir=\"rtl\"") && page.body().contains("تسجيل الدخول"), page::body);
        HttpResponse<String> sorani = get("/login.xhtml", "ckb");
        assertTrue(sorani.body().contains("dir=\"rtl\"") && sorani.body().contains("چوونەژوورەوە"), sorani::body);
        assertTrue(get("/login.xhtml", "en").body().contains("dir=\"ltr\""));
    }
}
