package iq.cpf.awareness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import iq.cpf.awareness.support.Api;
import iq.cpf.awareness.support.ApplicationTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Bad input gets a clear 4xx as problem+json naming each bad field, and writes nothing: every test
 * checks the count of what it tried to create before and after.
 */
class ValidationIT extends ApplicationTest {

    private long count(String path) {
        return admin.get(path).json().get("total").asLong();
    }

    private static Map<String, String> invalid(Api.Reply reply) {
        assertEquals(400, reply.status(), reply::toString);
        assertTrue(reply.contentType().startsWith("application/problem+json"), reply::toString);
        assertEquals(400, reply.json().get("status").asInt());
        assertTrue(
                reply.json().hasNonNull("title") && reply.json().hasNonNull("detail"),
                reply::toString);
        return reply.violations();
    }

    @Test
    void malformedJsonIs400WithoutViolations() {
        long before = count("/api/forums");
        Api.Reply reply = admin.post("/api/forums", "{\"name\": \"Khanaqin\", \"governorate\": ");
        assertEquals(400, reply.status(), reply::toString);
        assertTrue(reply.contentType().startsWith("application/problem+json"), reply::toString);
        assertTrue(reply.json().get("detail").asText().contains("JSON"), reply::toString);
        assertEquals(before, count("/api/forums"));
    }

    @Test
    void aBodyThatIsNotAnObjectIs400() {
        Api.Reply reply = admin.post("/api/forums", "[1, 2]");
        assertEquals(400, reply.status(), reply::toString);
    }

    @Test
    void wrongTypesNameTheField() {
        long before = count("/api/schools");
        ObjectNode school = fixtures.schoolBody().put("students", "many");
        assertEquals(
                "must be a number", invalid(admin.post("/api/schools", school)).get("students"));
        ObjectNode campaign =
                fixtures.campaignBody(fixtures.forum()).put("startDate", "next monday");
        assertTrue(invalid(admin.post("/api/campaigns", campaign)).containsKey("startDate"));
        ObjectNode level = fixtures.schoolBody().put("level", "university");
        assertTrue(invalid(admin.post("/api/schools", level)).containsKey("level"));
        assertEquals(before, count("/api/schools"));
    }

    @Test
    void missingFieldsAreEachNamed() {
        long before = count("/api/schools");
        Map<String, String> violations =
                invalid(admin.post("/api/schools", Api.object().put("name", "School")));
        assertEquals("is required", violations.get("governorate"));
        assertEquals("is required", violations.get("district"));
        assertEquals("is required", violations.get("level"));
        assertEquals("is required", violations.get("type"));
        assertTrue(violations.containsKey("contacts"), violations::toString);
        assertEquals(before, count("/api/schools"));
    }

    @Test
    void anEmptyBodyIsRefused() {
        Api.Reply reply = admin.send("POST", "/api/forums", null);
        assertTrue(reply.status() == 400 || reply.status() == 415, reply::toString);
        assertTrue(reply.contentType().startsWith("application/problem+json"), reply::toString);
    }

    @Test
    void overlongFieldsAreRefused() {
        long before = count("/api/forums");
        Map<String, String> violations =
                invalid(
                        admin.post(
                                "/api/forums",
                                Api.object()
                                        .put("name", "x".repeat(201))
                                        .put("governorate", "Diyala")
                                        .put("district", "Khanaqin")));
        assertTrue(violations.get("name").contains("200"), violations::toString);
        assertEquals(before, count("/api/forums"));
    }

    @Test
    void unknownReferencesAreRefusedTogetherWithOtherMistakes() {
        long before = count("/api/campaigns");
        ObjectNode campaign =
                fixtures.campaignBody(fixtures.forum())
                        .put("topic", "gambling")
                        .put("forumId", 987654321)
                        .put("name", "");
        Map<String, String> violations = invalid(admin.post("/api/campaigns", campaign));
        assertTrue(violations.get("topic").contains("gambling"), violations::toString);
        assertTrue(violations.get("forumId").contains("987654321"), violations::toString);
        assertEquals("is required", violations.get("name"));
        assertEquals(before, count("/api/campaigns"));
    }

    @Test
    void badEmailsAreRefused() {
        long schools = count("/api/schools");
        ObjectNode school = fixtures.schoolBody();
        ((ObjectNode) school.get("contacts").get(0)).put("email", "head-at-school");
        assertTrue(
                invalid(admin.post("/api/schools", school))
                        .get("contacts[0].email")
                        .contains("email"));
        assertEquals(schools, count("/api/schools"));

        long volunteers = count("/api/volunteers");
        assertTrue(
                invalid(
                                admin.post(
                                        "/api/volunteers",
                                        fixtures.volunteerBody().put("email", "nobody@")))
                        .containsKey("email"));
        assertEquals(volunteers, count("/api/volunteers"));
    }

    @Test
    void badDurationsAreRefused() {
        long before = count("/api/campaigns");
        ObjectNode campaign = fixtures.campaignBody(fixtures.forum());
        var reminders = campaign.putArray("reminders");
        reminders.addObject().put("audience", "school").put("before", "P7D");
        reminders.addObject().put("audience", "volunteers").put("before", "one day");
        reminders.addObject().put("audience", "school").put("before", "P1M");
        reminders.addObject().put("audience", "school").put("before", "-P1D");
        Map<String, String> violations = invalid(admin.post("/api/campaigns", campaign));
        assertTrue(
                violations.get("reminders[1].before").contains("ISO-8601"), violations::toString);
        assertTrue(violations.containsKey("reminders[2].before"), violations::toString);
        assertTrue(violations.containsKey("reminders[3].before"), violations::toString);
        assertEquals(3, violations.size(), violations::toString);
        assertEquals(before, count("/api/campaigns"));
    }

    @Test
    void anUnknownAudienceIsRefused() {
        ObjectNode campaign = fixtures.campaignBody(fixtures.forum());
        campaign.putArray("reminders").addObject().put("audience", "parents").put("before", "P1D");
        assertTrue(
                invalid(admin.post("/api/campaigns", campaign))
                        .containsKey("reminders[0].audience"));
    }

    @Test
    void anEndBeforeTheStartIsRefused() {
        ObjectNode campaign =
                fixtures.campaignBody(fixtures.forum())
                        .put("startDate", "2027-03-01")
                        .put("endDate", "2027-02-01");
        Map<String, String> violations = invalid(admin.post("/api/campaigns", campaign));
        assertEquals(1, violations.size(), violations::toString);
    }

    @Test
    void badQueryParametersAre400Not404() {
        assertTrue(invalid(admin.get("/api/schools?page=first")).containsKey("page"));
        assertTrue(invalid(admin.get("/api/schools?size=100000")).containsKey("size"));
        assertTrue(invalid(admin.get("/api/visits?from=tomorrow")).containsKey("from"));
        assertTrue(invalid(admin.get("/api/visits?status=maybe")).containsKey("status"));
    }

    @Test
    void unknownIdsAre404AsProblem() {
        Api.Reply reply = admin.get("/api/schools/987654321");
        assertEquals(404, reply.status(), reply::toString);
        assertTrue(reply.contentType().startsWith("application/problem+json"), reply::toString);
        assertEquals(404, admin.get("/api/campaigns/not-a-number").status());
        assertEquals(404, admin.get("/api/no-such-resource").status());
    }

    @Test
    void messagesFollowTheAcceptedLanguage() {
        Map<String, String> violations =
                invalid(
                        admin.with("Accept-Language", "ar")
                                .post("/api/schools", Api.object().put("name", "School")));
        assertEquals("حقل مطلوب", violations.get("governorate"));
        Map<String, String> sorani =
                invalid(
                        admin.with("Accept-Language", "ckb")
                                .post("/api/schools", Api.object().put("name", "School")));
        assertEquals("پێویستە", sorani.get("governorate"));
    }
}
