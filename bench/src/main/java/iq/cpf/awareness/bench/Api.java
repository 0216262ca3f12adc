package iq.cpf.awareness.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/** The application's JSON API as one user sees it: HTTP Basic on every request, no session cookie. */
final class Api {

    static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final URI base;
    private final String auth;

    Api(String base, String user, String password) {
        this.base = URI.create(base.endsWith("/") ? base : base + "/");
        this.auth = "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    static ObjectNode object() {
        return JSON.createObjectNode();
    }

    /** POSTs and answers the body; anything but a 2xx is an error. */
    JsonNode post(String path, Object body) {
        HttpResponse<String> response = send("POST", path, body);
        if (response.statusCode() >= 300) {
            throw new IllegalStateException(path + " answered " + response.statusCode() + ": " + response.body());
        }
        return read(response.body());
    }

    long create(String path, Object body) {
        return post(path, body).get("id").asLong();
    }

    JsonNode get(String path) {
        return read(send("GET", path, null).body());
    }

    HttpResponse<String> send(String method, String path, Object body) {
        try {
            String text = body == null ? "" : JSON.writeValueAsString(body);
            HttpRequest request = HttpRequest.newBuilder(base.resolve(path.substring(1)))
                    .header("Authorization", auth).header("Content-Type", "application/json")
                    .timeout(Duration.ofSeconds(60))
                    .method(method, HttpRequest.BodyPublishers.ofString(text)).build();
            try {
                return http.send(request, HttpResponse.BodyHandlers.ofString());
            } catch (IOException e) {
                // A kept-alive connection the balancer closed (its node was killed) cannot take the request: it was
                // never written, so it is sent once more on a new connection, as a browser does.
                if (!String.valueOf(e.getMessage()).contains("Broken pipe")) {
                    throw e;
                }
                return http.send(request, HttpResponse.BodyHandlers.ofString());
            }
        } catch (IOException e) {
            throw new IllegalStateException(method + " " + path + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode read(String body) {
        try {
            return body.isEmpty() ? JSON.createObjectNode() : JSON.readTree(body);
        } catch (IOException e) {
            throw new IllegalStateException("not JSON: " + body, e);
        }
    }
}
