package iq.cpf.awareness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import iq.cpf.awareness.support.Api;
import iq.cpf.awareness.support.ApplicationTest;
import iq.cpf.awareness.support.Fixtures;
import iq.cpf.awareness.support.Mailbox;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Who an email is From and how its reader reaches the forum: mail about a forum's visits carries
 * the forum's name in front of the one configured sender address, and ends with the forum's phone
 * and email in the reader's language; mail about no forum carries the application's name.
 */
class MailIdentityIT extends ApplicationTest {

    private static final Duration WAIT = Duration.ofSeconds(45);
    private static final String SENDER = "awareness@it.example";

    @RegisterExtension static GreenMailExtension mail = Mailbox.server();

    /**
     * A forum with its contact, a campaign of it, and a school of it with contacts in en and ar.
     */
    private record Scene(long forum, long campaign, long school, String english, String arabic) {}

    private Scene scene(String forumName) {
        long forum =
                Fixtures.created(
                        admin.post(
                                "/api/forums",
                                Api.object()
                                        .put("name", forumName)
                                        .put("governorate", "Diyala")
                                        .put("district", "Khanaqin")
                                        .put("phone", "+964 770 215 4410")
                                        .put("email", "khanaqin.cpf@example.org")));
        long campaign =
                Fixtures.created(admin.post("/api/campaigns", fixtures.campaignBody(forum)));
        ObjectNode school = fixtures.schoolBody().put("forumId", forum);
        String english = Api.unique("head") + "@school.example";
        String arabic = Api.unique("deputy") + "@school.example";
        var contacts = school.putArray("contacts");
        contacts.addObject().put("name", "Sara Ahmed").put("email", english).put("language", "en");
        contacts.addObject().put("name", "Huda Karim").put("email", arabic).put("language", "ar");
        return new Scene(
                forum,
                campaign,
                Fixtures.created(admin.post("/api/schools", school)),
                english,
                arabic);
    }

    private void schedule(Scene scene, int daysAhead, int hour) {
        long volunteer =
                Fixtures.created(
                        admin.post(
                                "/api/volunteers",
                                fixtures.volunteerBody().put("forumId", scene.forum())));
        Fixtures.created(
                admin.post(
                        "/api/visits",
                        fixtures.visitBody(
                                scene.campaign(),
                                scene.school(),
                                Fixtures.future(daysAhead, hour),
                                60,
                                volunteer)));
    }

    private static InternetAddress from(MimeMessage message) throws MessagingException {
        return (InternetAddress) message.getFrom()[0];
    }

    @Test
    void anInvitationIsFromTheForumAndEndsWithHowToReachItInTheReadersLanguage() throws Exception {
        String name = Api.unique("Khanaqin Community Policing Forum");
        Scene scene = scene(name);
        schedule(scene, 11, 9);

        MimeMessage english = Mailbox.await(mail, scene.english(), 1, m -> true, WAIT).get(0);
        assertEquals(name, from(english).getPersonal());
        assertEquals(SENDER, from(english).getAddress(), "the address stays the configured one");
        String text = Mailbox.part(english, "text/plain");
        assertTrue(
                text.contains("Questions? Please contact " + name + ".")
                        && text.contains("Phone: +964 770 215 4410")
                        && text.contains("Email: khanaqin.cpf@example.org"),
                text);
        String html = Mailbox.part(english, "text/html");
        assertTrue(
                html.contains("<span id=\"forum-phone\" dir=\"ltr\">+964 770 215 4410</span>")
                        && html.contains("href=\"mailto:khanaqin.cpf@example.org\""),
                html);

        MimeMessage arabic = Mailbox.await(mail, scene.arabic(), 1, m -> true, WAIT).get(0);
        assertEquals(name, from(arabic).getPersonal());
        String arabicText = Mailbox.part(arabic, "text/plain");
        assertTrue(
                arabicText.contains("للاستفسار يرجى التواصل مع " + name)
                        && arabicText.contains("الهاتف: +964 770 215 4410")
                        && arabicText.contains("البريد الإلكتروني: khanaqin.cpf@example.org"),
                arabicText);
        assertTrue(Mailbox.part(arabic, "text/html").contains("dir=\"rtl\""));
    }

    @Test
    void anArabicForumNameTravelsEncodedAndReadsBackWhole() throws Exception {
        String name = "منتدى الشرطة المجتمعية في " + Api.unique("خانقين");
        Scene scene = scene(name);
        schedule(scene, 12, 9);

        MimeMessage message = Mailbox.await(mail, scene.arabic(), 1, m -> true, WAIT).get(0);
        String header = message.getHeader("From")[0];
        assertTrue(
                header.startsWith("=?UTF-8?") && header.contains("<" + SENDER + ">"),
                "the name is an RFC 2047 encoded word in front of the address: " + header);
        assertFalse(header.contains("منتدى"), "no raw 8-bit text in the header: " + header);
        assertEquals(name, from(message).getPersonal());
        assertEquals(SENDER, from(message).getAddress());
        assertTrue(Mailbox.part(message, "text/plain").contains(name));
    }

    @Test
    void aPasswordResetIsFromTheApplication() throws Exception {
        String organiser = fixtures.organiser("en");
        assertEquals(
                202,
                api.post("/api/password-reset", Api.object().put("email", organiser)).status());
        MimeMessage reset = Mailbox.await(mail, organiser, 1, m -> true, WAIT).get(0);
        assertEquals("Awareness campaigns", from(reset).getPersonal());
        assertEquals(SENDER, from(reset).getAddress());
        assertFalse(
                Mailbox.part(reset, "text/html").contains("forum-contact"),
                "mail about no forum names none");

        String arabic = fixtures.organiser("ar");
        api.post("/api/password-reset", Api.object().put("email", arabic));
        assertEquals(
                "حملات التوعية",
                from(Mailbox.await(mail, arabic, 1, m -> true, WAIT).get(0)).getPersonal(),
                "in the reader's language");
    }

    @Test
    void aForumsPhoneAndEmailAreValidatedAndKeptUntilChanged() {
        Scene scene = scene(Api.unique("Jalawla CPF"));
        String path = "/api/forums/" + scene.forum();
        JsonNode forum = admin.get(path).json();
        assertEquals("+964 770 215 4410", forum.get("phone").asText());
        assertEquals("khanaqin.cpf@example.org", forum.get("email").asText());

        Api.Reply invalid =
                admin.put(
                        path,
                        Api.object()
                                .put("name", forum.get("name").asText())
                                .put("governorate", "Diyala")
                                .put("district", "Khanaqin")
                                .put("phone", "call the mayor")
                                .put("email", "not an address"));
        assertEquals(400, invalid.status(), invalid::toString);
        assertTrue(
                invalid.violations().containsKey("phone")
                        && invalid.violations().containsKey("email"),
                invalid::toString);

        JsonNode kept =
                admin.put(
                                path,
                                Api.object()
                                        .put("name", forum.get("name").asText())
                                        .put("governorate", "Diyala")
                                        .put("district", "Khanaqin"))
                        .json();
        assertEquals("+964 770 215 4410", kept.get("phone").asText(), "left out: kept as it was");
        assertEquals("khanaqin.cpf@example.org", kept.get("email").asText());

        JsonNode cleared =
                admin.put(
                                path,
                                Api.object()
                                        .put("name", forum.get("name").asText())
                                        .put("governorate", "Diyala")
                                        .put("district", "Khanaqin")
                                        .put("phone", "")
                                        .put("email", "cpf.jalawla@example.org"))
                        .json();
        assertTrue(cleared.get("phone").isNull(), cleared::toString);
        assertEquals("cpf.jalawla@example.org", cleared.get("email").asText());
    }
}
