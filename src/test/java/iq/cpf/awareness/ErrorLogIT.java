package iq.cpf.awareness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import iq.cpf.awareness.support.Api;
import iq.cpf.awareness.support.ClientTest;
import iq.cpf.awareness.support.Deployments;
import iq.cpf.awareness.support.Fixtures;
import iq.cpf.awareness.support.OwnDeployment;
import iq.cpf.awareness.support.failure.FailingResource;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.awaitility.Awaitility;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What the server log says about an error: a refusal (401, 403, 404, and every other 4xx) is the
 * client's to mend and takes one line at INFO, without a stack trace; a 500 is the server's fault
 * and is logged once at ERROR with its stack trace. Read from the test server's own {@code
 * server.log}, so that WildFly's own layers (Undertow, Elytron, RESTEasy) are judged too.
 */
@ExtendWith({OwnDeployment.class, ArquillianExtension.class})
class ErrorLogIT extends ClientTest {

    /** A log record starts with its date; the lines after it up to the next record belong to it. */
    private static final Pattern RECORD = Pattern.compile("^\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}.*");

    private static final Path LOG =
            Path.of(System.getProperty("jboss.home", "target/it-server"))
                    .resolve("standalone/log/server.log");

    @Deployment(testable = false)
    public static WebArchive deployment() {
        return Deployments.application().addClass(FailingResource.class);
    }

    @Test
    void aRequestWithoutLoginIsOneLineAtInfo() {
        String marker = Api.unique("nobody");
        assertEquals(401, api.get("/api/visits/" + marker).status());

        List<String> record = theOnlyRecordNaming(marker);
        assertEquals(1, record.size(), () -> "one line, no stack trace: " + record);
        assertTrue(
                record.get(0).contains(" INFO ")
                        && record.get(0).contains("401 GET /api/visits/" + marker),
                record::toString);
    }

    @Test
    void refusalsOfTheApiAreOneLineAtInfo() {
        String forbidden = Api.unique("forbidden");
        Api volunteer = api.as(fixtures.volunteerLogin().email(), Fixtures.VOLUNTEER_PASSWORD);
        assertEquals(403, volunteer.put("/api/users/" + forbidden, Api.object()).status());
        String missing = Api.unique("missing");
        assertEquals(404, admin.get("/api/visits/" + missing).status());
        String unreadable = Api.unique("unreadable");
        assertEquals(
                400,
                admin.sendText("PUT", "/api/forums/1?" + unreadable, "application/json", "{")
                        .status());

        List<String> refused = theOnlyRecordNaming(forbidden);
        assertEquals(1, refused.size(), refused::toString);
        assertTrue(refused.get(0).contains(" INFO "), refused::toString);
        assertTrue(refused.get(0).contains("403 PUT /api/users/" + forbidden), refused::toString);
        List<String> notFound = theOnlyRecordNaming(missing);
        assertEquals(1, notFound.size(), notFound::toString);
        assertTrue(notFound.get(0).contains(" INFO "), notFound::toString);
        assertTrue(notFound.get(0).contains("404 GET /api/visits/" + missing), notFound::toString);
        assertFalse(log().contains(unreadable), "a query string is not logged");
    }

    @Test
    void aFailureIsOneErrorWithItsStackTrace() {
        String marker = Api.unique("failure");
        assertEquals(500, admin.get("/api/test-failure/" + marker).status());

        List<String> record = theOnlyRecordNaming(marker);
        assertTrue(record.get(0).contains(" ERROR "), record::toString);
        assertTrue(
                record.stream()
                        .anyMatch(
                                line ->
                                        line.contains(
                                                "IllegalStateException: a failure for the test "
                                                        + marker)),
                record::toString);
        assertTrue(record.stream().anyMatch(line -> line.startsWith("\tat ")), record::toString);
    }

    /**
     * The one log record (its first line and the lines that follow it, such as a stack trace) whose
     * first line names {@code marker}; waits for it, as the log is written by the server.
     */
    private static List<String> theOnlyRecordNaming(String marker) {
        return Awaitility.await()
                .atMost(Duration.ofSeconds(10))
                .until(
                        () -> {
                            List<List<String>> records = recordsNaming(marker);
                            assertTrue(records.size() <= 1, () -> "logged twice: " + records);
                            return records.isEmpty() ? null : records.get(0);
                        },
                        record -> record != null);
    }

    private static List<List<String>> recordsNaming(String marker) throws IOException {
        List<List<String>> records = new ArrayList<>();
        List<String> current = null;
        for (String line : log().split("\n")) {
            if (RECORD.matcher(line).matches()) {
                current = line.contains(marker) ? new ArrayList<>() : null;
                if (current != null) {
                    records.add(current);
                }
            }
            if (current != null) {
                current.add(line);
            }
        }
        return records;
    }

    private static String log() {
        try {
            return Files.readString(LOG, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new AssertionError("Cannot read " + LOG.toAbsolutePath(), e);
        }
    }
}
