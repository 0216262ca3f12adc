package iq.cpf.awareness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import iq.cpf.awareness.support.Api;
import iq.cpf.awareness.support.ApplicationTest;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * The resources of the contract, read and written as an integrator would, plus OpenAPI and
 * readiness.
 */
class ResourcesIT extends ApplicationTest {

    @Test
    void theThreeTopicsAreSeededAndOrganisersMayAddMore() {
        JsonNode topics = admin.get("/api/topics").json().get("items");
        assertTrue(
                topics.toString().contains("\"drugs\"")
                        && topics.toString().contains("\"harassment\"")
                        && topics.toString().contains("\"internet-misuse\""),
                topics::toString);
        assertEquals(
                "مخاطر المخدرات", admin.get("/api/topics/drugs").json().get("nameAr").asText());
        String slug = Api.unique("road-safety");
        Api.Reply created =
                admin.post(
                        "/api/topics",
                        Api.object()
                                .put("slug", slug)
                                .put("name", "Road safety")
                                .put("nameAr", "السلامة المرورية"));
        assertEquals(201, created.status(), created::toString);
        assertEquals(slug, created.json().get("slug").asText());
        assertEquals(
                409,
                admin.post("/api/topics", Api.object().put("slug", slug).put("name", "Again"))
                        .status());
        assertEquals(
                400,
                admin.post("/api/topics", Api.object().put("slug", "Not A Slug").put("name", "x"))
                        .status());
    }

    @Test
    void aCampaignKeepsItsFieldsAndDefaultReminders() {
        long forum = fixtures.forum();
        Api.Reply created =
                admin.post(
                        "/api/campaigns",
                        fixtures.campaignBody(forum).put("description", "Sessions in Khanaqin"));
        assertEquals(201, created.status(), created::toString);
        JsonNode campaign = admin.get("/api/campaigns/" + created.id()).json();
        assertEquals("drugs", campaign.get("topic").asText());
        assertEquals(forum, campaign.get("forumId").asLong());
        assertEquals("active", campaign.get("status").asText());
        assertEquals("Asia/Baghdad", campaign.get("timeZone").asText());
        assertEquals("[\"Khanaqin\",\"Jalawla\"]", campaign.get("districts").toString());
        assertEquals(
                "[{\"audience\":\"school\",\"before\":\"P7D\"},{\"audience\":\"school\",\"before\":\"P1D\"},"
                        + "{\"audience\":\"volunteers\",\"before\":\"P1D\"}]",
                campaign.get("reminders").toString());

        ObjectNode change =
                fixtures.campaignBody(forum)
                        .put("status", "closed")
                        .put("version", campaign.get("version").asInt());
        change.putArray("reminders")
                .addObject()
                .put("audience", "volunteers")
                .put("before", "PT2H");
        JsonNode updated = admin.put("/api/campaigns/" + created.id(), change).json();
        assertEquals("closed", updated.get("status").asText());
        assertEquals(
                "[{\"audience\":\"volunteers\",\"before\":\"PT2H\"}]",
                updated.get("reminders").toString());
        assertEquals(
                409,
                admin.put("/api/campaigns/" + created.id(), change).status(),
                "the version was used up");
        assertEquals(
                1,
                admin.get("/api/campaigns?forumId=" + forum + "&status=closed")
                        .json()
                        .get("total")
                        .asInt());
    }

    @Test
    void aSchoolKeepsBothNamesAndItsContacts() {
        ObjectNode body = fixtures.schoolBody();
        Api.Reply created = admin.post("/api/schools", body);
        assertEquals(201, created.status(), created::toString);
        JsonNode school = admin.get("/api/schools/" + created.id()).json();
        assertEquals(body.get("name").asText(), school.get("name").asText());
        assertEquals(body.get("nameLatin").asText(), school.get("nameLatin").asText());
        assertEquals("ckb", school.get("contacts").get(0).get("language").asText());
        JsonNode found =
                admin.get(
                                "/api/schools?q="
                                        + URLEncoder.encode(
                                                body.get("nameLatin").asText(),
                                                StandardCharsets.UTF_8))
                        .json();
        assertEquals(1, found.get("total").asInt(), found::toString);
        assertTrue(
                admin.get("/api/schools?district=Khanaqin&level=secondary&type=boys")
                                .json()
                                .get("total")
                                .asInt()
                        >= 1);
    }

    @Test
    void aVolunteerEmailIsUnique() {
        ObjectNode body =
                fixtures.volunteerBody()
                        .put("policeOfficer", true)
                        .put("phone", "+964 750 123 4567");
        body.putArray("languages").add("ar").add("ckb");
        Api.Reply created = admin.post("/api/volunteers", body);
        assertEquals(201, created.status(), created::toString);
        assertEquals(true, created.json().get("policeOfficer").asBoolean());
        assertEquals("[\"ar\",\"ckb\"]", created.json().get("languages").toString());
        Api.Reply again =
                admin.post(
                        "/api/volunteers",
                        fixtures.volunteerBody()
                                .put("email", body.get("email").asText().toUpperCase()));
        assertEquals(409, again.status(), again::toString);
    }

    @Test
    void forumsArePagedAndFiltered() {
        for (int i = 0; i < 3; i++) {
            fixtures.forum();
        }
        JsonNode page = admin.get("/api/forums?governorate=Diyala&size=2&page=0").json();
        assertEquals(2, page.get("items").size());
        assertEquals(2, page.get("size").asInt());
        assertTrue(page.get("total").asInt() >= 3);
    }

    @Test
    void theOpenApiDocumentDescribesTheApi() throws Exception {
        HttpResponse<String> openapi =
                HttpClient.newHttpClient()
                        .send(
                                HttpRequest.newBuilder(root().resolve("/openapi?format=JSON"))
                                        .build(),
                                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, openapi.statusCode());
        JsonNode document = Api.JSON.readTree(openapi.body());
        for (String path :
                new String[] {
                    "/api/topics",
                    "/api/forums",
                    "/api/campaigns",
                    "/api/schools",
                    "/api/volunteers",
                    "/api/visits",
                    "/api/visits/{id}/cancel"
                }) {
            assertTrue(
                    document.get("paths").has(path),
                    () -> path + " missing from " + document.get("paths").fieldNames());
        }
    }

    @Test
    void readinessAnswersOnTheManagementPort() throws Exception {
        URI health =
                URI.create(
                        "http://"
                                + base.getHost()
                                + ":"
                                + (base.getPort() + 1910)
                                + "/health/ready");
        HttpResponse<String> ready =
                HttpClient.newHttpClient()
                        .send(
                                HttpRequest.newBuilder(health).build(),
                                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, ready.statusCode(), ready::body);
        assertTrue(ready.body().contains("\"awareness\""), ready::body);
    }
}
