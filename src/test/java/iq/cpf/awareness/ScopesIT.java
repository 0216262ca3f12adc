package iq.cpf.awareness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import iq.cpf.awareness.support.Api;
import iq.cpf.awareness.support.ApplicationTest;
import iq.cpf.awareness.support.Fixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Forum scopes: an organiser works in their forums, a coordinator in every forum of their
 * governorate, an administrator everywhere; what is outside is not found, and what they create
 * belongs to their forum.
 */
class ScopesIT extends ApplicationTest {

    Fixtures forumA;
    Fixtures forumB;

    @BeforeEach
    void setUp() {
        forumA = new Fixtures(api);
        forumB = new Fixtures(api);
    }

    private static boolean listed(JsonNode page, long id) {
        for (JsonNode item : page.get("items")) {
            if (item.get("id").asLong() == id) {
                return true;
            }
        }
        return false;
    }

    @Test
    void anOrganiserSeesAndChangesOnlyTheirForumAndCancellingAnotherForumsVisitEmailsNobody() {
        Api organiser = api.as(forumA.organiser("en"), Fixtures.ORGANISER_PASSWORD);
        long campaignA = forumA.campaign();
        long campaignB = forumB.campaign();
        long visitB =
                Fixtures.created(
                        forumB.admin()
                                .post(
                                        "/api/visits",
                                        forumB.visitBody(
                                                campaignB,
                                                forumB.school(),
                                                Fixtures.future(33, 9),
                                                60,
                                                forumB.volunteer())));
        int queued =
                forumB.admin().get("/api/outbox?visitId=" + visitB).json().get("total").asInt();

        JsonNode campaigns = organiser.get("/api/campaigns?size=200").json();
        assertTrue(listed(campaigns, campaignA));
        assertFalse(listed(campaigns, campaignB), "another forum's campaign is not listed");
        assertEquals(404, organiser.get("/api/campaigns/" + campaignB).status());
        assertEquals(404, organiser.get("/api/visits/" + visitB).status());
        assertFalse(listed(organiser.get("/api/visits?size=200").json(), visitB));
        assertEquals(404, organiser.get("/api/campaigns/" + campaignB + "/summary").status());

        Api.Reply cancel =
                organiser.post(
                        "/api/visits/" + visitB + "/cancel", Api.object().put("reason", "forged"));
        assertEquals(404, cancel.status(), cancel::toString);
        assertEquals(
                "planned",
                forumB.admin().get("/api/visits/" + visitB).json().get("status").asText());
        assertEquals(
                queued,
                forumB.admin().get("/api/outbox?visitId=" + visitB).json().get("total").asInt(),
                "no cancellation was queued for forum B's school and team");

        Api.Reply intoB =
                organiser.post(
                        "/api/visits",
                        forumA.visitBody(
                                campaignB,
                                forumA.school(),
                                Fixtures.future(34, 9),
                                60,
                                forumA.volunteer()));
        assertEquals(400, intoB.status(), intoB::toString);
        assertTrue(
                intoB.violations().containsKey("campaignId"),
                "B's campaign reads as unknown: " + intoB);
        Api.Reply withB =
                organiser.post(
                        "/api/visits",
                        forumA.visitBody(
                                campaignA,
                                forumB.school(),
                                Fixtures.future(34, 9),
                                60,
                                forumB.volunteer()));
        assertEquals(400, withB.status(), withB::toString);
        assertTrue(
                withB.violations().containsKey("schoolId")
                        && withB.violations().containsKey("volunteerIds[0]"),
                withB::toString);
    }

    /**
     * A bug: a visit's school and team, loaded lazily with the visit, read as outside the scope
     * when it moved.
     */
    @Test
    void anOrganiserMovesAndCancelsTheirForumsVisit() {
        Api organiser = api.as(forumA.organiser("en"), Fixtures.ORGANISER_PASSWORD);
        ObjectNode body =
                forumA.visitBody(
                        forumA.campaign(),
                        forumA.school(),
                        Fixtures.future(35, 9),
                        60,
                        forumA.volunteer());
        JsonNode visit = Fixtures.createdJson(organiser.post("/api/visits", body));
        body.put("start", Fixtures.future(36, 10).toString())
                .put("version", visit.get("version").asInt());
        Api.Reply moved = organiser.put("/api/visits/" + visit.get("id").asLong(), body);
        assertEquals(200, moved.status(), moved::toString);
        assertEquals(1, moved.json().get("sequence").asInt());
        assertEquals(
                200,
                organiser
                        .post("/api/visits/" + visit.get("id").asLong() + "/cancel", null)
                        .status());
    }

    @Test
    void whatAnOrganiserCreatesBelongsToTheirForumAndWithTwoForumsTheyNameIt() {
        long home = forumA.home();
        String email = forumA.organiser("en");
        Api organiser = api.as(email, Fixtures.ORGANISER_PASSWORD);
        ObjectNode school = forumA.schoolBody();
        school.remove("forumId");
        JsonNode created = Fixtures.createdJson(organiser.post("/api/schools", school));
        assertEquals(home, created.get("forumId").asLong(), "the organiser's only forum");

        long other = forumB.home();
        long userId =
                api.as(email, Fixtures.ORGANISER_PASSWORD).get("/api/me").json().get("id").asLong();
        ObjectNode scope = Api.object();
        scope.putArray("forumIds").add(home).add(other);
        assertEquals(200, forumA.admin().put("/api/users/" + userId, scope).status());
        ObjectNode unnamed = forumA.schoolBody();
        unnamed.remove("forumId");
        Api.Reply refused = organiser.post("/api/schools", unnamed);
        assertEquals(400, refused.status(), refused::toString);
        assertTrue(refused.violations().containsKey("forumId"), refused::toString);
        assertEquals(
                other,
                Fixtures.createdJson(organiser.post("/api/schools", unnamed.put("forumId", other)))
                        .get("forumId")
                        .asLong());
        Api.Reply elsewhere =
                organiser.post(
                        "/api/schools",
                        forumA.schoolBody().put("forumId", new Fixtures(api).home()));
        assertEquals(400, elsewhere.status(), "a forum outside the scope reads as unknown");
    }

    @Test
    void aCoordinatorHasEveryForumOfTheirGovernorateAndMeSaysSo() {
        String email = Api.unique("coordinator") + "@cpf.example";
        Fixtures.created(
                forumA.admin()
                        .post(
                                "/api/users",
                                Api.object()
                                        .put("email", email)
                                        .put("name", "C")
                                        .put("password", Fixtures.ORGANISER_PASSWORD)
                                        .put("role", "coordinator")
                                        .put("governorate", "Diyala")));
        Api coordinator = api.as(email, Fixtures.ORGANISER_PASSWORD);
        long campaignA = forumA.campaign();
        long campaignB = forumB.campaign();
        assertEquals(200, coordinator.get("/api/campaigns/" + campaignA).status());
        assertEquals(200, coordinator.get("/api/campaigns/" + campaignB).status());

        Api.Reply ninawa =
                coordinator.post(
                        "/api/forums",
                        Api.object()
                                .put("name", Api.unique("Mosul CPF"))
                                .put("governorate", "Ninawa")
                                .put("district", "Mosul"));
        assertEquals(
                400,
                ninawa.status(),
                "a coordinator creates forums in their governorate only: " + ninawa);
        long jalawla =
                Fixtures.created(
                        coordinator.post(
                                "/api/forums",
                                Api.object()
                                        .put("name", Api.unique("Jalawla CPF"))
                                        .put("governorate", "Diyala")
                                        .put("district", "Jalawla")));
        assertEquals(200, coordinator.get("/api/forums/" + jalawla).status());

        JsonNode me = coordinator.get("/api/me").json();
        assertEquals("coordinator", me.get("role").asText());
        assertEquals("governorate", me.get("scope").get("kind").asText());
        assertEquals("Diyala", me.get("scope").get("governorate").asText());
        assertTrue(me.get("scope").get("forums").size() >= 3, me::toString);

        Api.Reply noGovernorate =
                forumA.admin()
                        .post(
                                "/api/users",
                                Api.object()
                                        .put("email", Api.unique("c") + "@cpf.example")
                                        .put("name", "C")
                                        .put("password", Fixtures.ORGANISER_PASSWORD)
                                        .put("role", "coordinator"));
        assertEquals(400, noGovernorate.status());
        assertTrue(noGovernorate.violations().containsKey("governorate"), noGovernorate::toString);
    }

    @Test
    void meSaysWhoTheCallerIs() {
        JsonNode admin = forumA.admin().get("/api/me").json();
        assertEquals("admin", admin.get("role").asText());
        assertEquals("national", admin.get("scope").get("kind").asText());
        String organiser = forumA.organiser("ckb");
        JsonNode me = api.as(organiser, Fixtures.ORGANISER_PASSWORD).get("/api/me").json();
        assertEquals(organiser, me.get("email").asText());
        assertEquals("ckb", me.get("language").asText());
        assertEquals("forums", me.get("scope").get("kind").asText());
        assertEquals(forumA.home(), me.get("scope").get("forums").get(0).get("id").asLong());
        assertEquals(401, api.get("/api/me").status());
    }

    @Test
    void aVolunteerHasNoDirectoryNoDraftsAndNoOtherVolunteers() {
        Fixtures.Login login = forumA.volunteerLogin("en");
        Api volunteer = api.as(login.email(), Fixtures.VOLUNTEER_PASSWORD);
        assertEquals(403, volunteer.get("/api/schools").status());
        assertEquals(403, volunteer.get("/api/schools/" + forumA.school()).status());
        assertEquals(403, volunteer.get("/api/volunteers").status());
        assertEquals(404, volunteer.get("/api/volunteers/" + forumA.volunteer()).status());
        assertEquals(200, volunteer.get("/api/volunteers/" + login.volunteerId()).status());
        assertEquals(403, volunteer.get("/api/trainings").status());

        ObjectNode lesson = Api.object().put("topic", "drugs").put("ageBand", "secondary");
        lesson.putArray("texts")
                .addObject()
                .put("language", "en")
                .put("title", Api.unique("Draft lesson"))
                .put("durationMinutes", 45)
                .put("markdown", "## Objectives\n\nSay no.")
                .putArray("quiz")
                .addObject()
                .put("question", "Q1")
                .put("answer", 2)
                .putArray("choices")
                .add("a")
                .add("b")
                .add("c");
        long draft = Fixtures.created(forumA.admin().post("/api/materials", lesson));
        assertEquals(
                404,
                volunteer.get("/api/materials/" + draft).status(),
                "a draft is not shown to volunteers");
        assertEquals(404, volunteer.get("/api/materials/" + draft + "/versions/1").status());
        for (JsonNode shown : volunteer.get("/api/materials?size=200").json().get("items")) {
            assertTrue(shown.get("approvedVersion").isNumber(), "only approved lessons: " + shown);
            assertEquals(1, shown.get("versions").size(), "only the approved version: " + shown);
        }
        assertEquals(200, forumA.admin().get("/api/materials/" + draft).status());
    }
}
