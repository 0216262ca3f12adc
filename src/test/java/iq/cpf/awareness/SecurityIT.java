package iq.cpf.awareness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import iq.cpf.awareness.support.Api;
import iq.cpf.awareness.support.ApplicationTest;
import iq.cpf.awareness.support.Fixtures;
import org.junit.jupiter.api.Test;

/**
 * Who may call what: 401 without or with wrong credentials, 403 for the wrong role, volunteers see
 * their own.
 */
class SecurityIT extends ApplicationTest {

    @Test
    void withoutCredentialsTheApiAnswers401AsProblem() {
        Api.Reply reply = api.get("/api/campaigns");
        assertEquals(401, reply.status());
        assertTrue(reply.contentType().startsWith("application/problem+json"), reply::toString);
        assertEquals(401, reply.json().get("status").asInt());
        assertTrue(reply.headers().get("www-authenticate").get(0).startsWith("Basic"));
    }

    @Test
    void aWrongPasswordIs401AndWritesNothing() {
        Api.Reply reply =
                api.as(Api.ADMIN_EMAIL, "not-the-password")
                        .post(
                                "/api/forums",
                                Api.object()
                                        .put("name", "x")
                                        .put("governorate", "Diyala")
                                        .put("district", "Khanaqin"));
        assertEquals(401, reply.status(), reply::toString);
    }

    @Test
    void theFirstAdministratorComesFromTheEnvironment() {
        Api.Reply me = api.asAdmin().get("/api/users/me");
        assertEquals(200, me.status(), me::toString);
        assertEquals(Api.ADMIN_EMAIL, me.json().get("email").asText());
        assertEquals("admin", me.json().get("role").asText());
    }

    @Test
    void anOrganiserCannotManageUsers() {
        String organiser = fixtures.organiser();
        Api asOrganiser = api.as(organiser, Fixtures.ORGANISER_PASSWORD);
        assertEquals(200, asOrganiser.get("/api/campaigns").status());
        Api.Reply reply =
                asOrganiser.post(
                        "/api/users",
                        Api.object()
                                .put("email", Api.unique("x") + "@cpf.example")
                                .put("name", "X")
                                .put("password", "long-enough-pw")
                                .put("role", "admin"));
        assertEquals(403, reply.status(), reply::toString);
        assertTrue(reply.contentType().startsWith("application/problem+json"));
    }

    @Test
    void onlyAnOrganiserFollowsAForumAndAnAdministratorChangesWhich() {
        long forum = fixtures.forum();
        long other = fixtures.forum();
        String organiser = fixtures.organiser("en", forum);
        JsonNode user = api.as(organiser, Fixtures.ORGANISER_PASSWORD).get("/api/users/me").json();
        assertEquals(forum, user.get("forumId").asLong());
        long id = user.get("id").asLong();

        Api.Reply moved =
                admin.put("/api/users/" + id + "/forum", Api.object().put("forumId", other));
        assertEquals(other, moved.json().get("forumId").asLong(), moved::toString);
        Api.Reply every = admin.put("/api/users/" + id + "/forum", Api.object().putNull("forumId"));
        assertTrue(every.json().get("forumId").isNull(), every::toString);
        Api.Reply unknown =
                admin.put("/api/users/" + id + "/forum", Api.object().put("forumId", 987654321L));
        assertEquals(400, unknown.status(), unknown::toString);
        assertTrue(unknown.violations().containsKey("forumId"), unknown::toString);

        String login = Api.unique("v") + "@cpf.example";
        Api.Reply volunteer =
                admin.post(
                        "/api/users",
                        Api.object()
                                .put("email", login)
                                .put("name", "V")
                                .put("password", "long-enough-pw")
                                .put("role", "volunteer")
                                .put("forumId", forum));
        assertEquals(
                "only organisers have forums as their scope",
                volunteer.violations().get("forumId"),
                volunteer::toString);
        assertEquals(
                401,
                api.as(login, "long-enough-pw").get("/api/users/me").status(),
                "bad input writes nothing");
        Api.Reply asOrganiser =
                api.as(organiser, Fixtures.ORGANISER_PASSWORD)
                        .put("/api/users/" + id + "/forum", Api.object().put("forumId", forum));
        assertEquals(403, asOrganiser.status(), asOrganiser::toString);
    }

    @Test
    void aVolunteerCannotChangeCampaigns() {
        Fixtures.Login volunteer = fixtures.volunteerLogin();
        Api asVolunteer = api.as(volunteer.email(), Fixtures.VOLUNTEER_PASSWORD);
        long forum = fixtures.forum();
        Api.Reply create = asVolunteer.post("/api/campaigns", fixtures.campaignBody(forum));
        assertEquals(403, create.status(), create::toString);
        long campaign = fixtures.campaign();
        Api.Reply update =
                asVolunteer.put("/api/campaigns/" + campaign, fixtures.campaignBody(forum));
        assertEquals(403, update.status(), update::toString);
        assertEquals(
                0,
                fixtures.admin()
                        .get("/api/campaigns?forumId=" + forum)
                        .json()
                        .get("total")
                        .asInt());
    }

    @Test
    void aVolunteerSeesOnlyTheirOwnVisits() {
        Fixtures.Login me = fixtures.volunteerLogin();
        long someoneElse = fixtures.volunteer();
        long campaign = fixtures.campaign();
        long mine =
                Fixtures.created(
                        fixtures.admin()
                                .post(
                                        "/api/visits",
                                        fixtures.visitBody(
                                                campaign,
                                                fixtures.school(),
                                                Fixtures.future(20, 9),
                                                90,
                                                me.volunteerId())));
        long theirs =
                Fixtures.created(
                        fixtures.admin()
                                .post(
                                        "/api/visits",
                                        fixtures.visitBody(
                                                campaign,
                                                fixtures.school(),
                                                Fixtures.future(20, 9),
                                                90,
                                                someoneElse)));

        Api asVolunteer = api.as(me.email(), Fixtures.VOLUNTEER_PASSWORD);
        Api.Reply list = asVolunteer.get("/api/visits?campaignId=" + campaign);
        assertEquals(200, list.status(), list::toString);
        assertEquals(1, list.json().get("total").asInt(), list::toString);
        assertEquals(mine, list.json().get("items").get(0).get("id").asLong());

        assertEquals(200, asVolunteer.get("/api/visits/" + mine).status());
        assertEquals(
                404,
                asVolunteer.get("/api/visits/" + theirs).status(),
                "another's visit is not revealed");
        assertEquals(403, asVolunteer.get("/api/visits?volunteerId=" + someoneElse).status());
        assertEquals(403, asVolunteer.post("/api/visits/" + mine + "/cancel", null).status());
        assertEquals(
                2,
                fixtures.admin()
                        .get("/api/visits?campaignId=" + campaign)
                        .json()
                        .get("total")
                        .asInt());
    }

    @Test
    void aUserSeesTheirOwnAccountButNeverAPassword() {
        Fixtures.Login volunteer = fixtures.volunteerLogin();
        Api.Reply me = api.as(volunteer.email(), Fixtures.VOLUNTEER_PASSWORD).get("/api/users/me");
        assertEquals(200, me.status(), me::toString);
        assertEquals(volunteer.volunteerId(), me.json().get("volunteerId").asLong());
        assertTrue(
                !me.text().contains(Fixtures.VOLUNTEER_PASSWORD) && !me.text().contains("PBKDF2"),
                me::toString);
    }
}
