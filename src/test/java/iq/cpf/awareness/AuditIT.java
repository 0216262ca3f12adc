package iq.cpf.awareness;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import iq.cpf.awareness.support.Api;
import iq.cpf.awareness.support.ApplicationTest;
import iq.cpf.awareness.support.Fixtures;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/** The audit log: who did what, when and from where, for administrators, and never a password. */
class AuditIT extends ApplicationTest {

    /**
     * The entry is written after its transaction commits, so it may show a moment after the call
     * answered.
     */
    private JsonNode entry(String query, Predicate<JsonNode> which) {
        return await("an audit entry for " + query)
                .atMost(Duration.ofSeconds(10))
                .pollDelay(Duration.ZERO)
                .pollInterval(Duration.ofMillis(200))
                .until(
                        () ->
                                first(
                                        fixtures.admin()
                                                .get("/api/audit?size=200&" + query)
                                                .json()
                                                .get("items"),
                                        which),
                        Optional::isPresent)
                .orElseThrow();
    }

    private static Optional<JsonNode> first(JsonNode items, Predicate<JsonNode> which) {
        for (JsonNode e : items) {
            if (which.test(e)) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }

    @Test
    void failedLoginsRightsCancellationsAndExportsAreRecordedWithoutSecrets() {
        String organiser = fixtures.organiser("en");
        String wrong = "my-wrong-password-" + Api.unique("x");
        assertEquals(401, api.as(organiser, wrong).get("/api/campaigns").status());
        JsonNode failed = entry("actor=" + organiser + "&action=login.failed", e -> true);
        assertEquals("basic", failed.get("detail").asText());
        assertTrue(failed.get("address").asText().length() > 0, failed::toString);

        long userId =
                api.as(organiser, Fixtures.ORGANISER_PASSWORD)
                        .get("/api/me")
                        .json()
                        .get("id")
                        .asLong();
        assertEquals(
                200,
                fixtures.admin()
                        .put("/api/users/" + userId, Api.object().put("enabled", false))
                        .status());
        JsonNode change =
                entry(
                        "action=user.change",
                        e -> e.get("targetId").asText().equals(String.valueOf(userId)));
        assertEquals(Api.ADMIN_EMAIL, change.get("actor").asText());
        assertTrue(change.get("detail").asText().contains("enabled=false"), change::toString);

        long visit =
                Fixtures.created(
                        fixtures.admin()
                                .post(
                                        "/api/visits",
                                        fixtures.visitBody(
                                                fixtures.campaign(),
                                                fixtures.school(),
                                                Fixtures.future(41, 9),
                                                60,
                                                fixtures.volunteer())));
        assertEquals(
                200,
                fixtures.admin()
                        .post(
                                "/api/visits/" + visit + "/cancel",
                                Api.object().put("reason", "exams"))
                        .status());
        assertEquals(
                "exams",
                entry(
                                "action=visit.cancel",
                                e -> e.get("targetId").asText().equals(String.valueOf(visit)))
                        .get("detail")
                        .asText());

        long campaign = fixtures.campaign();
        assertEquals(
                200,
                fixtures.admin()
                        .get("/api/campaigns/" + campaign + "/summary?format=csv")
                        .status());
        entry(
                "action=export",
                e -> e.get("detail").asText().startsWith("campaign-" + campaign + "-summary"));

        String everything = fixtures.admin().get("/api/audit?size=200").text();
        assertFalse(
                everything.contains(wrong)
                        || everything.contains(Fixtures.ORGANISER_PASSWORD)
                        || everything.contains(Api.ADMIN_PASSWORD),
                "no password in the log");
        assertFalse(everything.contains("/links/"), "no link in the log");
    }

    @Test
    void onlyAdministratorsReadTheLog() {
        assertEquals(
                403,
                api.as(fixtures.organiser(), Fixtures.ORGANISER_PASSWORD)
                        .get("/api/audit")
                        .status());
        assertEquals(401, api.get("/api/audit").status());
        assertEquals(400, fixtures.admin().get("/api/audit?from=yesterday").status());
    }
}
