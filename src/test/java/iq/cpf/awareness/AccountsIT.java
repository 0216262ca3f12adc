package iq.cpf.awareness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import iq.cpf.awareness.support.Api;
import iq.cpf.awareness.support.ApplicationTest;
import iq.cpf.awareness.support.Fixtures;
import iq.cpf.awareness.support.WebSession;
import org.junit.jupiter.api.Test;

/**
 * Accounts after their creation: disabled and enabled, roles changed, passwords changed under the
 * rules.
 */
class AccountsIT extends ApplicationTest {

    private long userId(String email) {
        for (var user : fixtures.admin().get("/api/users?size=200").json().get("items")) {
            if (user.get("email").asText().equals(email)) {
                return user.get("id").asLong();
            }
        }
        throw new AssertionError("no user " + email);
    }

    @Test
    void aDisabledUserIsRefusedAtTheNextRequestBySessionAndByBasic() throws Exception {
        String organiser = fixtures.organiser("en");
        Api basic = api.as(organiser, Fixtures.ORGANISER_PASSWORD);
        WebSession browser = new WebSession(root());
        assertEquals(302, browser.login(organiser, Fixtures.ORGANISER_PASSWORD).statusCode());
        assertEquals(200, basic.get("/api/campaigns").status());
        assertEquals(200, browser.get("/api/campaigns", "en").statusCode());

        long id = userId(organiser);
        Api.Reply disabled =
                fixtures.admin().put("/api/users/" + id, Api.object().put("enabled", false));
        assertEquals(200, disabled.status(), disabled::toString);
        assertEquals(false, disabled.json().get("enabled").asBoolean());
        assertEquals(401, basic.get("/api/campaigns").status(), "Basic credentials stop at once");
        assertEquals(
                401, browser.get("/api/campaigns", "en").statusCode(), "the session stops at once");
        assertEquals(
                200,
                browser.login(organiser, Fixtures.ORGANISER_PASSWORD).statusCode(),
                "a disabled user stays on the login form");

        assertEquals(
                200,
                fixtures.admin()
                        .put("/api/users/" + id, Api.object().put("enabled", true))
                        .status());
        assertEquals(200, basic.get("/api/campaigns").status(), "enabled again");
    }

    @Test
    void aRoleChangeTakesEffectAtTheNextRequest() throws Exception {
        String organiser = fixtures.organiser("en");
        Api basic = api.as(organiser, Fixtures.ORGANISER_PASSWORD);
        WebSession browser = new WebSession(root());
        assertEquals(302, browser.login(organiser, Fixtures.ORGANISER_PASSWORD).statusCode());
        assertEquals(200, browser.get("/api/outbox", "en").statusCode());

        Api.Reply changed =
                fixtures.admin()
                        .put(
                                "/api/users/" + userId(organiser),
                                Api.object().put("role", "volunteer"));
        assertEquals(200, changed.status(), changed::toString);
        assertEquals("volunteer", changed.json().get("role").asText());
        assertEquals(403, basic.get("/api/outbox").status());
        assertEquals(
                403,
                browser.get("/api/outbox", "en").statusCode(),
                "the session's role is read per request");
    }

    @Test
    void onlyAnAdministratorChangesUsersAndNotTheirOwnLogin() {
        String organiser = fixtures.organiser();
        long id = userId(organiser);
        assertEquals(
                403,
                api.as(organiser, Fixtures.ORGANISER_PASSWORD)
                        .put("/api/users/" + id, Api.object().put("role", "admin"))
                        .status());
        long self = userId(Api.ADMIN_EMAIL);
        Api.Reply own =
                fixtures.admin().put("/api/users/" + self, Api.object().put("enabled", false));
        assertEquals(400, own.status(), own::toString);
        assertTrue(own.violations().containsKey("enabled"), own::toString);
        assertEquals(
                404,
                fixtures.admin()
                        .put("/api/users/987654321", Api.object().put("enabled", false))
                        .status());
    }

    @Test
    void aUserChangesTheirOwnPasswordGivenTheCurrentOne() {
        String organiser = fixtures.organiser();
        Api old = api.as(organiser, Fixtures.ORGANISER_PASSWORD);
        Api.Reply wrongCurrent =
                old.put(
                        "/api/users/me/password",
                        Api.object()
                                .put("current", "not-my-password-at-all")
                                .put("password", "river stones at dawn"));
        assertEquals(400, wrongCurrent.status(), wrongCurrent::toString);
        assertTrue(wrongCurrent.violations().containsKey("current"), wrongCurrent::toString);
        Api.Reply common =
                old.put(
                        "/api/users/me/password",
                        Api.object()
                                .put("current", Fixtures.ORGANISER_PASSWORD)
                                .put("password", "password1234"));
        assertEquals(400, common.status(), common::toString);
        assertTrue(common.violations().containsKey("password"), common::toString);
        assertEquals(200, old.get("/api/campaigns").status(), "refused changes change nothing");

        Api.Reply changed =
                old.put(
                        "/api/users/me/password",
                        Api.object()
                                .put("current", Fixtures.ORGANISER_PASSWORD)
                                .put("password", "river stones at dawn"));
        assertEquals(204, changed.status(), changed::toString);
        assertEquals(401, old.get("/api/campaigns").status(), "the old password no longer works");
        assertEquals(200, api.as(organiser, "river stones at dawn").get("/api/campaigns").status());
    }

    @Test
    void newUsersNeedAPasswordOfTwelveCharactersThatIsNotCommon() {
        Api.Reply shortOne =
                fixtures.admin()
                        .post(
                                "/api/users",
                                Api.object()
                                        .put("email", Api.unique("u") + "@cpf.example")
                                        .put("name", "U")
                                        .put("password", "eleven-char")
                                        .put("role", "organiser"));
        assertEquals(400, shortOne.status(), shortOne::toString);
        assertTrue(shortOne.violations().get("password").contains("12"), shortOne::toString);
        Api.Reply common =
                fixtures.admin()
                        .post(
                                "/api/users",
                                Api.object()
                                        .put("email", Api.unique("u") + "@cpf.example")
                                        .put("name", "U")
                                        .put("password", "qwertyuiop123")
                                        .put("role", "organiser"));
        assertEquals(400, common.status(), common::toString);
        assertTrue(common.violations().containsKey("password"), common::toString);
    }
}
