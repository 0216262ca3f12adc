package iq.cpf.awareness.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * A small HTTP client for the REST API as an integrator would call it: JSON over HTTP with Basic
 * auth.
 */
public final class Api {

    public static final String ADMIN_EMAIL = "admin@it.example";
    public static final String ADMIN_PASSWORD = "it-admin-secret-42";
    public static final ObjectMapper JSON = new ObjectMapper();

    private static final HttpClient CLIENT =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private final URI base;
    private final String authorization;
    private final Map<String, String> headers;

    private Api(URI base, String authorization, Map<String, String> headers) {
        this.base = base;
        this.authorization = authorization;
        this.headers = headers;
    }

    public static Api at(URI base) {
        return new Api(base, null, Map.of());
    }

    public Api as(String email, String password) {
        String token =
                Base64.getEncoder()
                        .encodeToString((email + ":" + password).getBytes(StandardCharsets.UTF_8));
        return new Api(base, "Basic " + token, headers);
    }

    public Api asAdmin() {
        return as(ADMIN_EMAIL, ADMIN_PASSWORD);
    }

    public Api with(String header, String value) {
        var copy = new HashMap<>(headers);
        copy.put(header, value);
        return new Api(base, authorization, Map.copyOf(copy));
    }

    public Reply get(String path) {
        return send("GET", path, null);
    }

    public Reply post(String path, Object body) {
        return send("POST", path, body);
    }

    public Reply put(String path, Object body) {
        return send("PUT", path, body);
    }

    /**
     * Sends {@code body} as it is when it is a String (so tests can send broken JSON), else as
     * JSON.
     */
    public Reply send(String method, String path, Object body) {
        String text;
        try {
            text =
                    body == null
                            ? null
                            : body instanceof String s ? s : JSON.writeValueAsString(body);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        HttpRequest.Builder request =
                HttpRequest.newBuilder(resolve(path))
                        .timeout(Duration.ofSeconds(60))
                        .method(
                                method,
                                text == null
                                        ? HttpRequest.BodyPublishers.noBody()
                                        : HttpRequest.BodyPublishers.ofString(
                                                text, StandardCharsets.UTF_8));
        if (text != null) {
            request.header("Content-Type", "application/json");
        }
        HttpResponse<String> response = exchange(request, HttpResponse.BodyHandlers.ofString());
        return reply(response);
    }

    /** A POST of text of another type than JSON (a CSV file, say). */
    public Reply postText(String path, String contentType, String text) {
        return sendText("POST", path, contentType, text);
    }

    /** Any method with a body of another type than JSON. */
    public Reply sendText(String method, String path, String contentType, String text) {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(resolve(path))
                        .timeout(Duration.ofSeconds(60))
                        .header("Content-Type", contentType)
                        .method(
                                method,
                                HttpRequest.BodyPublishers.ofString(text, StandardCharsets.UTF_8));
        HttpResponse<String> response = exchange(request, HttpResponse.BodyHandlers.ofString());
        return reply(response);
    }

    /** A multipart/form-data POST with one file part, as a browser's upload form sends it. */
    public Reply upload(
            String path, String field, String fileName, String contentType, byte[] content) {
        String boundary = "----it" + UUID.randomUUID();
        var body = new ByteArrayOutputStream();
        String head =
                "--"
                        + boundary
                        + "\r\nContent-Disposition: form-data; name=\""
                        + field
                        + "\"; filename=\""
                        + fileName
                        + "\"\r\nContent-Type: "
                        + contentType
                        + "\r\n\r\n";
        body.writeBytes(head.getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpRequest.Builder request =
                HttpRequest.newBuilder(resolve(path))
                        .timeout(Duration.ofSeconds(60))
                        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
        HttpResponse<String> response = exchange(request, HttpResponse.BodyHandlers.ofString());
        return reply(response);
    }

    /** A GET whose body is kept as bytes (a download), with its headers. */
    public HttpResponse<byte[]> bytes(String path) {
        return exchange(
                HttpRequest.newBuilder(resolve(path)).timeout(Duration.ofSeconds(60)).GET(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    private static Reply reply(HttpResponse<String> response) {
        return new Reply(
                response.statusCode(),
                response.headers().firstValue("Content-Type").orElse(""),
                response.headers().firstValue("Location").orElse(null),
                response.body(),
                response.headers().map());
    }

    private URI resolve(String path) {
        return path.startsWith("http")
                ? URI.create(path)
                : base.resolve(path.startsWith("/") ? path.substring(1) : path);
    }

    private <T> HttpResponse<T> exchange(
            HttpRequest.Builder request, HttpResponse.BodyHandler<T> handler) {
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        headers.forEach(request::header);
        try {
            return CLIENT.send(request.build(), handler);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public static ObjectNode object() {
        return JSON.createObjectNode();
    }

    /**
     * Something unique per call, so tests never collide with each other's data in the shared
     * database.
     */
    public static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** An HTTP answer with its body parsed as JSON where it is JSON. */
    public record Reply(
            int status,
            String contentType,
            String location,
            String text,
            Map<String, List<String>> headers) {

        public JsonNode json() {
            try {
                return JSON.readTree(text);
            } catch (IOException e) {
                throw new AssertionError("Not JSON (" + status + "): " + text, e);
            }
        }

        public long id() {
            return json().get("id").asLong();
        }

        /** The messages of the problem's violations, by field. */
        public Map<String, String> violations() {
            var result = new TreeMap<String, String>();
            JsonNode violations = json().get("violations");
            if (violations != null) {
                violations.forEach(
                        v ->
                                result.merge(
                                        v.get("field").asText(),
                                        v.get("message").asText(),
                                        (a, b) -> a + "; " + b));
            }
            return result;
        }

        @Override
        public String toString() {
            return status + " " + contentType + " " + text;
        }
    }
}
