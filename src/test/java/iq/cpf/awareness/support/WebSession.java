package iq.cpf.awareness.support;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser's cookie jar over HTTP: logs in through the login form, then calls pages and the API
 * with its session.
 */
public final class WebSession {

    private static final Pattern HIDDEN = Pattern.compile("<input[^>]*type=\"hidden\"[^>]*>");
    private static final Pattern NONCE = Pattern.compile("nonce=\"([^\"]+)\"");
    private static final Pattern NAME = Pattern.compile("name=\"([^\"]+)\"");
    private static final Pattern VALUE = Pattern.compile("value=\"([^\"]*)\"");

    private final HttpClient client =
            HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
    private final URI root;

    public WebSession(URI root) {
        this.root = root;
    }

    public HttpResponse<String> get(String path, String language) throws Exception {
        return client.send(
                HttpRequest.newBuilder(root.resolve(path))
                        .header("Accept-Language", language)
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /**
     * Sends what the request says with this session's cookie, for headers a test sets itself
     * (Origin, say).
     */
    public HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    public URI resolve(String path) {
        return root.resolve(path);
    }

    /**
     * Fills in and sends the login form as a browser would: every hidden field back, with
     * PrimeFaces' nonce.
     */
    public HttpResponse<String> login(String email, String password) throws Exception {
        HttpResponse<String> page = get("/login.xhtml?next=%2Findex.xhtml", "en");
        Matcher loginForm =
                Pattern.compile("<form id=\"login\".*?</form>", Pattern.DOTALL)
                        .matcher(page.body());
        assertTrue(loginForm.find(), page::body);
        Map<String, String> form = new LinkedHashMap<>();
        Matcher hidden = HIDDEN.matcher(loginForm.group());
        while (hidden.find()) {
            Matcher name = NAME.matcher(hidden.group());
            Matcher value = VALUE.matcher(hidden.group());
            if (name.find()) {
                form.put(name.group(1), value.find() ? value.group(1).replace("&amp;", "&") : "");
            }
        }
        assertTrue(form.containsKey("jakarta.faces.ViewState"), page::body);
        // PrimeFaces' script adds the page's CSP nonce to every form before it is sent; a browser
        // without it is refused.
        Matcher nonce = NONCE.matcher(page.body());
        assertTrue(nonce.find(), page::body);
        form.put("primefaces.nonce", nonce.group(1));
        form.putAll(
                Map.of("login:email", email, "login:password", password, "login:submit", "Log in"));
        String body =
                form.entrySet().stream()
                        .map(
                                e ->
                                        URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                                                + "="
                                                + URLEncoder.encode(
                                                        e.getValue(), StandardCharsets.UTF_8))
                        .collect(Collectors.joining("&"));
        return client.send(
                HttpRequest.newBuilder(root.resolve("/login.xhtml"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
