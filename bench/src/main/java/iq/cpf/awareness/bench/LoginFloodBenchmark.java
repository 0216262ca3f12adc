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
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * How a flood of bad credentials affects everyone else. Against target/server on a fresh H2 database, measured
 * twice in one run, first without and then with {@code clients} threads that send bad credentials as fast as the
 * server answers, each request from another client address (X-Forwarded-For, the server set up as behind a proxy)
 * and for another login, as a botnet spraying passwords would; per-address and per-account throttling therefore
 * cannot help, and only the bound on concurrent password verifications stands between the flood and the others:
 * <ul>
 * <li>a logged-in organiser's {@code GET /api/visits?size=1} (HTTP Basic, verified once and remembered), 10 per s;
 * <li>a correct login of a user not seen before (a full PBKDF2 verification), one per second.
 * </ul>
 * Prints p50 and p99 of both, with and without the flood, and what the flood itself was answered.
 */
public final class LoginFloodBenchmark {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ADMIN = BenchServer.ADMIN;
    private static final String PASSWORD = BenchServer.PASSWORD;
    private static final Duration PHASE = Duration.ofSeconds(30);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final URI base = URI.create("http://localhost:8080/");

    public static void main(String[] args) throws Exception {
        new LoginFloodBenchmark().run(Path.of(args[0]).toAbsolutePath(), Integer.parseInt(args[1]));
    }

    private void run(Path server, int clients) throws Exception {
        Path data = Files.createTempDirectory("awareness-login-bench");
        try (BenchServer wildfly = BenchServer.start(server, data, Map.of("PROXY_ADDRESS_FORWARDING", "true"))) {
            long forum = id(send(ADMIN, PASSWORD, "POST", "/api/forums", JSON.createObjectNode().put("name", "Bench forum")
                    .put("governorate", "Diyala").put("district", "Baquba")));
            String organiser = "organiser@bench.example";
            user(organiser, "organiser", forum);
            send(organiser, PASSWORD, "POST", "/api/campaigns", JSON.createObjectNode().put("name", "Bench campaign")
                    .put("topic", "drugs").put("forumId", forum).put("governorate", "Diyala")
                    .put("startDate", LocalDate.now().toString()).put("endDate", LocalDate.now().plusYears(1).toString()));
            List<String> fresh = new ArrayList<>();
            for (int i = 0; i < 2 * (int) PHASE.toSeconds(); i++) {
                String login = "fresh" + i + "@bench.example";
                user(login, "organiser", forum);
                fresh.add(login);
            }

            Result quiet = phase(organiser, fresh.subList(0, fresh.size() / 2), 0);
            Result flooded = phase(organiser, fresh.subList(fresh.size() / 2, fresh.size()), clients);

            System.out.printf(Locale.ROOT, "%n%-52s %10s %10s%n", "", "p50 ms", "p99 ms");
            quiet.print("organiser's GET /api/visits, no flood");
            flooded.print("organiser's GET /api/visits, " + clients + " flooding clients");
            System.out.printf(Locale.ROOT, "%-52s %10.1f %10.1f   (%d of %d logged in)%n", "correct login, no flood",
                    quiet.loginP50, quiet.loginP99, quiet.loginsOk, quiet.logins);
            System.out.printf(Locale.ROOT, "%-52s %10.1f %10.1f   (%d of %d logged in)%n",
                    "correct login, " + clients + " flooding clients", flooded.loginP50, flooded.loginP99,
                    flooded.loginsOk, flooded.logins);
            System.out.printf(Locale.ROOT, "ratio of the organiser's p99 with / without the flood: %.2f%n",
                    flooded.listP99 / quiet.listP99);
            System.out.printf(Locale.ROOT, "the flood was answered: %s in %.0f s (%.0f requests/s)%n",
                    flooded.floodAnswers, PHASE.toSeconds() * 1.0, flooded.floodTotal() / (double) PHASE.toSeconds());
        }
    }

    private static final class Result {
        double listP50;
        double listP99;
        double loginP50;
        double loginP99;
        int logins;
        int loginsOk;
        Map<Integer, Integer> floodAnswers = new ConcurrentHashMap<>();

        long floodTotal() {
            return floodAnswers.values().stream().mapToLong(Integer::longValue).sum();
        }

        void print(String what) {
            System.out.printf(Locale.ROOT, "%-52s %10.1f %10.1f%n", what, listP50, listP99);
        }
    }

    private Result phase(String organiser, List<String> freshLogins, int clients) throws Exception {
        Result result = new Result();
        AtomicBoolean flooding = new AtomicBoolean(true);
        ExecutorService flood = Executors.newFixedThreadPool(Math.max(1, clients));
        AtomicInteger sequence = new AtomicInteger();
        for (int c = 0; c < clients; c++) {
            flood.submit(() -> {
                while (flooding.get()) {
                    int n = sequence.incrementAndGet();
                    String address = "10." + (n >> 16 & 255) + "." + (n >> 8 & 255) + "." + (n & 255);
                    int status = sendFrom(address, "guess" + n + "@bench.example", "wrong-" + n, "/api/visits?size=1");
                    result.floodAnswers.merge(status, 1, Integer::sum);
                }
                return null;
            });
        }
        send(organiser, PASSWORD, "GET", "/api/visits?size=1", null);
        List<Double> list = Collections.synchronizedList(new ArrayList<>());
        List<Double> logins = Collections.synchronizedList(new ArrayList<>());
        ExecutorService measure = Executors.newFixedThreadPool(2);
        long end = System.nanoTime() + PHASE.toNanos();
        var lists = measure.submit(() -> {
            while (System.nanoTime() < end) {
                long started = System.nanoTime();
                sendFrom("127.0.0.1", organiser, PASSWORD, "/api/visits?size=1");
                list.add((System.nanoTime() - started) / 1e6);
                pace(started, 100);
            }
            return null;
        });
        var freshOnes = measure.submit(() -> {
            for (String login : freshLogins) {
                if (System.nanoTime() >= end) {
                    break;
                }
                long started = System.nanoTime();
                int status = sendFrom("127.0.0.1", login, PASSWORD, "/api/visits?size=1");
                logins.add((System.nanoTime() - started) / 1e6);
                result.logins++;
                if (status == 200) {
                    result.loginsOk++;
                }
                pace(started, 1000);
            }
            return null;
        });
        lists.get();
        freshOnes.get();
        flooding.set(false);
        flood.shutdown();
        flood.awaitTermination(1, TimeUnit.MINUTES);
        measure.shutdown();
        result.listP50 = percentile(list, 50);
        result.listP99 = percentile(list, 99);
        result.loginP50 = percentile(logins, 50);
        result.loginP99 = percentile(logins, 99);
        return result;
    }

    private static void pace(long started, long everyMillis) throws InterruptedException {
        long wait = everyMillis - (System.nanoTime() - started) / 1_000_000;
        if (wait > 0) {
            new java.util.concurrent.CountDownLatch(1).await(wait, TimeUnit.MILLISECONDS);
        }
    }

    private static double percentile(List<Double> values, int p) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        if (sorted.isEmpty()) {
            return Double.NaN;
        }
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
    }

    private void user(String email, String role, long forum) throws Exception {
        send(ADMIN, PASSWORD, "POST", "/api/users", JSON.createObjectNode().put("email", email).put("name", email)
                .put("password", PASSWORD).put("role", role).put("forumId", forum));
    }

    private int sendFrom(String address, String login, String password, String path) {
        try {
            return http.send(HttpRequest.newBuilder(base.resolve(path.substring(1))).timeout(Duration.ofSeconds(30))
                            .header("Authorization", basic(login, password)).header("X-Forwarded-For", address).GET().build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    private JsonNode send(String login, String password, String method, String path, ObjectNode body) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(base.resolve(path.substring(1)))
                .header("Authorization", basic(login, password)).header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() >= 300) {
            throw new IllegalStateException(path + " answered " + response.statusCode() + ": " + response.body());
        }
        return JSON.readTree(response.body());
    }

    private static String basic(String login, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((login + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private static long id(JsonNode node) {
        return node.get("id").asLong();
    }
}
