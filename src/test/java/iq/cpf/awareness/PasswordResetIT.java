package iq.cpf.awareness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import iq.cpf.awareness.support.Api;
import iq.cpf.awareness.support.Fixtures;
import iq.cpf.awareness.support.Mailbox;
import iq.cpf.awareness.support.MovableClockTest;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A forgotten password: the emailed link, single use, an hour long, and an answer that tells nobody
 * who exists.
 */
class PasswordResetIT extends MovableClockTest {

    private static final Duration WAIT = Duration.ofSeconds(45);
    private static final Pattern TOKEN = Pattern.compile("/reset\\.xhtml\\?token=([A-Za-z0-9_-]+)");

    @RegisterExtension static GreenMailExtension mail = Mailbox.server();

    private String emailedToken(String email) {
        String text =
                Mailbox.part(Mailbox.await(mail, email, 1, m -> true, WAIT).get(0), "text/plain");
        Matcher token = TOKEN.matcher(text);
        assertTrue(token.find(), text);
        return token.group(1);
    }

    @Test
    void theEmailedLinkSetsANewPasswordOnce() {
        String organiser = fixtures.organiser("en");
        Api.Reply known = api.post("/api/password-reset", Api.object().put("email", organiser));
        Api.Reply unknown =
                api.post(
                        "/api/password-reset",
                        Api.object().put("email", Api.unique("nobody") + "@cpf.example"));
        assertEquals(202, known.status(), known::toString);
        assertEquals(202, unknown.status());
        assertEquals(
                known.text(),
                unknown.text(),
                "the same answer whether the address has an account or not");

        String token = emailedToken(organiser);
        Api.Reply weak =
                api.post(
                        "/api/password-reset/confirm",
                        Api.object().put("token", token).put("password", "password1234"));
        assertEquals(400, weak.status(), "the password rules apply");
        Api.Reply done =
                api.post(
                        "/api/password-reset/confirm",
                        Api.object()
                                .put("token", token)
                                .put("password", "a river of quiet stones"));
        assertEquals(204, done.status(), done::toString);
        assertEquals(
                401, api.as(organiser, Fixtures.ORGANISER_PASSWORD).get("/api/campaigns").status());
        assertEquals(
                200, api.as(organiser, "a river of quiet stones").get("/api/campaigns").status());
        Api.Reply again =
                api.post(
                        "/api/password-reset/confirm",
                        Api.object()
                                .put("token", token)
                                .put("password", "another quiet river stone"));
        assertEquals(400, again.status(), "single use");
        assertTrue(again.violations().containsKey("token"), again::toString);
    }

    @Test
    void theLinkExpiresAfterAnHour() {
        String organiser = fixtures.organiser("en");
        assertEquals(
                202,
                api.post("/api/password-reset", Api.object().put("email", organiser)).status());
        String token = emailedToken(organiser);
        moveClock("PT61M");
        Api.Reply late =
                api.post(
                        "/api/password-reset/confirm",
                        Api.object()
                                .put("token", token)
                                .put("password", "a river of quiet stones"));
        assertEquals(400, late.status(), late::toString);
        assertEquals(
                200,
                api.as(organiser, Fixtures.ORGANISER_PASSWORD).get("/api/campaigns").status(),
                "the password is unchanged");
    }
}
