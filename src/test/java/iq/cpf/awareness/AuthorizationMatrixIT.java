package iq.cpf.awareness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import iq.cpf.awareness.support.Api;
import iq.cpf.awareness.support.ApplicationTest;
import iq.cpf.awareness.support.Fixtures;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Walks every operation of {@code /openapi} as nobody (401), as a volunteer and as an organiser of
 * another forum, against the objects of one forum (B). Each operation must be classified below: a
 * new endpoint fails this test until someone decides who may call it. An organiser of forum A gets
 * 404 for B's objects and never sees them in a list; a volunteer gets 403 for what organisers do;
 * administrators' operations are 403 for everyone else.
 */
class AuthorizationMatrixIT extends ApplicationTest {

    /**
     * Who may call an operation, and whether its {@code {id}} is an object of a forum (404 outside
     * the scope).
     */
    enum Access {
        /** Administrators only. */
        ADMIN,
        /** Organisers (and coordinators and administrators), within their scope. */
        ORGANISER,
        /** Every role, each within what is theirs. */
        ANYONE,
        /** Volunteers only, for what is theirs. */
        VOLUNTEER,
        /** The caller's own account. */
        SELF,
        /** Needs no login by design (a forgotten password): answers the same to everyone. */
        OPEN
    }

    record Rule(Access access, boolean forumOwned) {}

    private static final Map<String, Rule> RULES = new HashMap<>();

    private static void rule(String operation, Access access, boolean forumOwned) {
        RULES.put(operation, new Rule(access, forumOwned));
    }

    static {
        rule("GET /api/topics", Access.ANYONE, false);
        rule("POST /api/topics", Access.ORGANISER, false);
        rule("GET /api/topics/{slug}", Access.ANYONE, false);
        rule("PUT /api/topics/{slug}", Access.ORGANISER, false);
        rule("PUT /api/topics/{slug}/safeguarding", Access.ADMIN, false);
        rule("GET /api/forums", Access.ANYONE, false);
        rule("POST /api/forums", Access.ADMIN, false);
        rule("GET /api/forums/{id}", Access.ANYONE, true);
        rule("PUT /api/forums/{id}", Access.ORGANISER, true);
        rule("GET /api/campaigns", Access.ANYONE, false);
        rule("POST /api/campaigns", Access.ORGANISER, false);
        rule("GET /api/campaigns/{id}", Access.ANYONE, true);
        rule("PUT /api/campaigns/{id}", Access.ORGANISER, true);
        rule("GET /api/campaigns/{id}/summary", Access.ORGANISER, true);
        rule("POST /api/campaigns/{id}/plans", Access.ORGANISER, true);
        rule("GET /api/plans/{id}", Access.ORGANISER, true);
        rule("POST /api/plans/{id}/stop", Access.ORGANISER, true);
        rule("POST /api/plans/{id}/commit", Access.ORGANISER, true);
        rule("PUT /api/plans/{id}/visits/{index}", Access.ORGANISER, true);
        rule("POST /api/plans/{id}/solve", Access.ORGANISER, true);
        rule("GET /api/summaries", Access.ORGANISER, false);
        rule("GET /api/schools", Access.ORGANISER, false);
        rule("POST /api/schools", Access.ORGANISER, false);
        rule("POST /api/schools/import", Access.ORGANISER, false);
        rule("GET /api/schools/{id}", Access.ORGANISER, true);
        rule("PUT /api/schools/{id}", Access.ORGANISER, true);
        rule("DELETE /api/schools/{id}/contacts/{index}", Access.ORGANISER, true);
        rule("GET /api/schools/{id}/calendar", Access.ORGANISER, true);
        rule("PUT /api/schools/{id}/calendar", Access.ORGANISER, true);
        rule("POST /api/schools/{id}/calendar/import", Access.ORGANISER, true);
        rule("GET /api/calendars", Access.ORGANISER, false);
        rule("GET /api/calendars/{governorate}", Access.ORGANISER, false);
        rule("PUT /api/calendars/{governorate}", Access.ADMIN, false);
        rule("POST /api/calendars/{governorate}/import", Access.ADMIN, false);
        rule("GET /api/volunteers", Access.ORGANISER, false);
        rule("POST /api/volunteers", Access.ORGANISER, false);
        rule("GET /api/volunteers/{id}", Access.ANYONE, true);
        rule("PUT /api/volunteers/{id}", Access.ORGANISER, true);
        rule("DELETE /api/volunteers/{id}", Access.ORGANISER, true);
        rule("GET /api/volunteers/{id}/availability", Access.ANYONE, true);
        rule("PUT /api/volunteers/{id}/availability", Access.ANYONE, true);
        rule("GET /api/volunteers/{id}/feed", Access.ANYONE, true);
        rule("POST /api/volunteers/{id}/feed/renew", Access.ANYONE, true);
        rule("GET /api/visits", Access.ANYONE, false);
        rule("POST /api/visits", Access.ORGANISER, false);
        rule("POST /api/visits/held", Access.ORGANISER, false);
        rule("GET /api/visits/{id}", Access.ANYONE, true);
        rule("PUT /api/visits/{id}", Access.ORGANISER, true);
        rule("GET /api/visits/{id}/history", Access.ANYONE, true);
        rule("POST /api/visits/{id}/cancel", Access.ORGANISER, true);
        rule("POST /api/visits/{id}/sign-up", Access.VOLUNTEER, true);
        rule("GET /api/visits/{id}/participation", Access.ANYONE, true);
        rule("POST /api/visits/{id}/participation", Access.ANYONE, true);
        rule("GET /api/visits/{id}/participation/history", Access.ANYONE, true);
        rule("GET /api/trainings", Access.ORGANISER, false);
        rule("POST /api/trainings", Access.ORGANISER, false);
        rule("GET /api/trainings/{id}", Access.ORGANISER, true);
        rule("PUT /api/trainings/{id}", Access.ORGANISER, true);
        rule("GET /api/materials", Access.ANYONE, false);
        rule("POST /api/materials", Access.ORGANISER, false);
        rule("GET /api/materials/{id}", Access.ANYONE, false);
        rule("PUT /api/materials/{id}", Access.ORGANISER, false);
        rule("GET /api/materials/{id}/versions/{number}", Access.ANYONE, false);
        rule("POST /api/materials/{id}/versions/{number}/approve", Access.ORGANISER, false);
        rule("POST /api/materials/{id}/versions/{number}/retire", Access.ORGANISER, false);
        rule("POST /api/materials/{id}/files", Access.ORGANISER, false);
        rule("POST /api/materials/{id}/links", Access.ORGANISER, false);
        rule("GET /api/materials/{id}/files/{fileId}", Access.ANYONE, false);
        rule("GET /api/outbox", Access.ORGANISER, false);
        rule("GET /api/outbox/{id}", Access.ORGANISER, true);
        rule("POST /api/outbox/{id}/retry", Access.ORGANISER, true);
        rule("POST /api/outbox/digests", Access.ADMIN, false);
        rule("POST /api/outbox/pause", Access.ADMIN, false);
        rule("POST /api/outbox/purge", Access.ADMIN, false);
        rule("POST /api/outbox/resume", Access.ADMIN, false);
        rule("GET /api/users", Access.ADMIN, false);
        rule("POST /api/users", Access.ADMIN, false);
        rule("PUT /api/users/{id}", Access.ADMIN, false);
        rule("PUT /api/users/{id}/forum", Access.ADMIN, false);
        rule("GET /api/users/me", Access.SELF, false);
        rule("PUT /api/users/me/password", Access.SELF, false);
        rule("GET /api/me", Access.SELF, false);
        rule("GET /api/me/schedule", Access.VOLUNTEER, false);
        rule("GET /api/audit", Access.ADMIN, false);
        rule("POST /api/password-reset", Access.OPEN, false);
        rule("POST /api/password-reset/confirm", Access.OPEN, false);
    }

    @Test
    void everyOperationIsRefusedToWhoMayNotCallItAndRevealsNothingOfAnotherForum()
            throws Exception {
        Fixtures mine = new Fixtures(api);
        Fixtures theirs = new Fixtures(api);
        String marker = Api.unique("Forum-B-secret");

        long forumB = theirs.home();
        assertEquals(
                200,
                admin.put(
                                "/api/forums/" + forumB,
                                Api.object()
                                        .put("name", marker + " CPF")
                                        .put("governorate", "Diyala")
                                        .put("district", "Khanaqin"))
                        .status());
        long campaignB =
                Fixtures.created(
                        admin.post(
                                "/api/campaigns",
                                theirs.campaignBody(forumB).put("name", marker + " campaign")));
        long schoolB =
                Fixtures.created(
                        admin.post(
                                "/api/schools",
                                theirs.schoolBody()
                                        .put("forumId", forumB)
                                        .put("nameLatin", marker + " school")));
        long volunteerB =
                Fixtures.created(
                        admin.post(
                                "/api/volunteers",
                                theirs.volunteerBody()
                                        .put("forumId", forumB)
                                        .put("name", marker + " volunteer")));
        long visitB =
                Fixtures.created(
                        admin.post(
                                "/api/visits",
                                theirs.visitBody(
                                        campaignB,
                                        schoolB,
                                        Fixtures.future(30, 10),
                                        60,
                                        volunteerB)));
        ObjectNode training =
                Api.object()
                        .put("forumId", forumB)
                        .put("kind", "workshop")
                        .put("title", marker + " training")
                        .put("heldOn", LocalDate.now().toString())
                        .put("sessions", 1);
        training.putArray("attendance")
                .add(Api.object().put("role", "police").put("women", 1).put("men", 1));
        long trainingB = Fixtures.created(admin.post("/api/trainings", training));
        long messageB =
                admin.get("/api/outbox?visitId=" + visitB)
                        .json()
                        .get("items")
                        .get(0)
                        .get("id")
                        .asLong();
        ObjectNode plan =
                Api.object()
                        .put("from", LocalDate.now().plusDays(2).toString())
                        .put("to", LocalDate.now().plusDays(4).toString())
                        .put("secondsLimit", 1);
        plan.putArray("schoolIds").add(schoolB);
        long planB =
                admin.post("/api/campaigns/" + campaignB + "/plans", plan)
                        .json()
                        .get("id")
                        .asLong();
        // The library is national, not a forum's; an unknown lesson keeps the walk from approving
        // or retiring one.
        long material = 987_654_321L;
        long someUser =
                admin.get("/api/users?size=1").json().get("items").get(0).get("id").asLong();

        Map<String, String> ids =
                Map.ofEntries(
                        Map.entry("calendars", Api.unique("Nowhere")),
                        Map.entry("plans", String.valueOf(planB)),
                        Map.entry("forums", String.valueOf(forumB)),
                        Map.entry("campaigns", String.valueOf(campaignB)),
                        Map.entry("schools", String.valueOf(schoolB)),
                        Map.entry("volunteers", String.valueOf(volunteerB)),
                        Map.entry("visits", String.valueOf(visitB)),
                        Map.entry("trainings", String.valueOf(trainingB)),
                        Map.entry("outbox", String.valueOf(messageB)),
                        Map.entry("materials", String.valueOf(material)),
                        Map.entry("users", String.valueOf(someUser)),
                        Map.entry("topics", "drugs"));

        String organiserA = mine.organiser("en");
        Fixtures.Login volunteerA = mine.volunteerLogin("en");
        Api anonymous = api;
        Api asOrganiser = api.as(organiserA, Fixtures.ORGANISER_PASSWORD);
        Api asVolunteer = api.as(volunteerA.email(), Fixtures.VOLUNTEER_PASSWORD);

        JsonNode document =
                Api.JSON.readTree(
                        HttpClient.newHttpClient()
                                .send(
                                        HttpRequest.newBuilder(
                                                        root().resolve("/openapi?format=JSON"))
                                                .build(),
                                        HttpResponse.BodyHandlers.ofString())
                                .body());
        Set<String> unclassified = new TreeSet<>();
        Set<String> stale = new TreeSet<>(RULES.keySet());
        List<String> wrong = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = document.get("paths").fields();
                paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            if (!path.getKey().startsWith("/api/")) {
                continue;
            }
            for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields();
                    ops.hasNext(); ) {
                Map.Entry<String, JsonNode> op = ops.next();
                String method = op.getKey().toUpperCase(Locale.ROOT);
                if (!Set.of("GET", "POST", "PUT", "DELETE", "PATCH").contains(method)) {
                    continue;
                }
                String operation = method + " " + path.getKey();
                Rule rule = RULES.get(operation);
                if (rule == null) {
                    unclassified.add(operation);
                    continue;
                }
                stale.remove(operation);
                String url = concrete(path.getKey(), ids);
                Body body = body(op.getValue());

                check(
                        wrong,
                        operation,
                        "anonymous",
                        send(anonymous, method, url, body),
                        rule.access() == Access.OPEN ? Set.of(202, 400) : Set.of(401),
                        marker);
                Api.Reply volunteer = send(asVolunteer, method, url, body);
                Api.Reply organiser = send(asOrganiser, method, url, body);
                switch (rule.access()) {
                    case ADMIN -> {
                        check(wrong, operation, "volunteer", volunteer, Set.of(403), marker);
                        check(wrong, operation, "organiser of A", organiser, Set.of(403), marker);
                    }
                    case ORGANISER -> {
                        check(wrong, operation, "volunteer", volunteer, Set.of(403), marker);
                        check(
                                wrong,
                                operation,
                                "organiser of A",
                                organiser,
                                allowed(method, rule),
                                marker);
                    }
                    case ANYONE -> {
                        check(
                                wrong,
                                operation,
                                "volunteer",
                                volunteer,
                                allowed(method, rule),
                                marker);
                        check(
                                wrong,
                                operation,
                                "organiser of A",
                                organiser,
                                allowed(method, rule),
                                marker);
                    }
                    case VOLUNTEER -> {
                        check(
                                wrong,
                                operation,
                                "volunteer",
                                volunteer,
                                allowed(method, rule),
                                marker);
                        check(wrong, operation, "organiser of A", organiser, Set.of(403), marker);
                    }
                    case OPEN -> {
                        check(wrong, operation, "volunteer", volunteer, Set.of(202, 400), marker);
                        check(
                                wrong,
                                operation,
                                "organiser of A",
                                organiser,
                                Set.of(202, 400),
                                marker);
                    }
                    case SELF -> {
                        check(
                                wrong,
                                operation,
                                "volunteer",
                                volunteer,
                                Set.of(200, 204, 400),
                                marker);
                        check(
                                wrong,
                                operation,
                                "organiser of A",
                                organiser,
                                Set.of(200, 204, 400),
                                marker);
                    }
                }
            }
        }
        assertTrue(
                unclassified.isEmpty(),
                () -> "classify who may call these new operations: " + unclassified);
        assertTrue(
                stale.isEmpty(),
                () -> "these classified operations are no longer in /openapi: " + stale);
        assertTrue(wrong.isEmpty(), () -> String.join("\n", wrong));

        assertEquals(
                marker + " campaign",
                admin.get("/api/campaigns/" + campaignB).json().get("name").asText(),
                "nothing of forum B was changed");
        assertEquals("planned", admin.get("/api/visits/" + visitB).json().get("status").asText());
        assertEquals(
                404,
                admin.get("/api/visits/" + visitB + "/participation").status(),
                "no participation was recorded for B's visit");
    }

    /**
     * What the caller of forum A may get: B's objects are not found (404); a list answers 200
     * without any of B's objects (checked by their marker); an empty body is refused (400) or an
     * upload's type (415).
     */
    private static Set<Integer> allowed(String method, Rule rule) {
        if (rule.forumOwned()) {
            return Set.of(404);
        }
        return "GET".equals(method) ? Set.of(200, 404) : Set.of(400, 404, 409, 415);
    }

    private static void check(
            List<String> wrong,
            String operation,
            String who,
            Api.Reply reply,
            Set<Integer> expected,
            String marker) {
        if (!expected.contains(reply.status())) {
            wrong.add(
                    operation
                            + " as "
                            + who
                            + ": "
                            + reply.status()
                            + " (expected "
                            + expected
                            + ") "
                            + reply.text());
        } else if (reply.text() != null && reply.text().contains(marker)) {
            wrong.add(operation + " as " + who + " revealed forum B: " + reply.text());
        } else if (reply.status() >= 400
                && !reply.contentType().startsWith("application/problem+json")) {
            wrong.add(operation + " as " + who + ": " + reply.status() + " without problem+json");
        }
    }

    private static String concrete(String template, Map<String, String> ids) {
        String[] parts = template.substring(1).split("/");
        StringBuilder url = new StringBuilder();
        String resource = null;
        for (String part : parts) {
            if (part.startsWith("{")) {
                String value =
                        switch (part) {
                            case "{number}" -> "1";
                            case "{fileId}" -> "1";
                            case "{index}" -> "0";
                            default -> ids.get(resource);
                        };
                assertFalse(value == null, "no id for " + part + " in " + template);
                url.append('/').append(value);
            } else {
                url.append('/').append(part);
                if (!"api".equals(part)) {
                    resource = resource == null ? part : resource;
                }
            }
        }
        return url.toString();
    }

    private record Body(String contentType, String text) {}

    /** An empty body of the type the operation declares: nothing that could be written. */
    private static Body body(JsonNode operation) {
        JsonNode content = operation.path("requestBody").path("content");
        if (content.has("application/json")) {
            return new Body("application/json", "{}");
        }
        if (content.has("text/csv")) {
            return new Body("text/csv", "");
        }
        if (content.has("multipart/form-data")) {
            return new Body("multipart/form-data; boundary=x", "--x--\r\n");
        }
        return null;
    }

    private static Api.Reply send(Api api, String method, String url, Body body) {
        if (body == null) {
            return api.send(method, url, null);
        }
        if ("application/json".equals(body.contentType())) {
            return api.send(method, url, body.text());
        }
        return api.sendText(method, url, body.contentType(), body.text());
    }
}
