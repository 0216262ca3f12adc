package iq.cpf.awareness.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/** target/server started for a benchmark on a fresh H2 database in {@code data}, ready when it says so, and stopped. */
final class BenchServer implements AutoCloseable {

    static final String ADMIN = "bench@bench.example";
    static final String PASSWORD = "bench-secret-123";

    private final Process process;

    private BenchServer(Process process) {
        this.process = process;
    }

    static BenchServer start(Path server, Path data, Map<String, String> settings) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(server.resolve("bin/standalone.sh").toString())
                .redirectErrorStream(true).redirectOutput(data.resolve("server.log").toFile());
        var env = builder.environment();
        env.put("DB_URL", "jdbc:h2:file:" + data.resolve("db") + ";DB_CLOSE_ON_EXIT=FALSE");
        env.put("ADMIN_EMAIL", ADMIN);
        env.put("ADMIN_PASSWORD", PASSWORD);
        env.put("LOG_LEVEL", "WARN");
        env.putAll(settings);
        BenchServer started = new BenchServer(builder.start());
        started.awaitReady();
        return started;
    }

    private void awaitReady() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        while (System.nanoTime() < deadline) {
            try {
                var ready = http.send(HttpRequest.newBuilder(URI.create("http://localhost:9990/health/ready")).build(),
                        HttpResponse.BodyHandlers.discarding());
                if (ready.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // The server is still starting.
            }
            new CountDownLatch(1).await(500, TimeUnit.MILLISECONDS);
        }
        throw new IllegalStateException("the server did not become ready");
    }

    /** standalone.sh does not pass a TERM on to the server's JVM: the JVM itself is stopped. */
    @Override
    public void close() throws Exception {
        process.descendants().forEach(ProcessHandle::destroy);
        process.destroy();
        process.onExit().get();
    }
}
