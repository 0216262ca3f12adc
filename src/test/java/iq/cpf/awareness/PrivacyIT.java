package iq.cpf.awareness;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import iq.cpf.awareness.support.Api;
import iq.cpf.awareness.support.Fixtures;
import iq.cpf.awareness.support.Mailbox;
import iq.cpf.awareness.support.MovableClockTest;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * What the system keeps and shows of people: invitations do not pass volunteers' addresses around,
 * sent bodies (with their links) are purged after OUTBOX_KEEP_DAYS, and a calendar feed's address
 * can be renewed.
 */
class PrivacyIT extends MovableClockTest {

    private static final Duration WAIT = Duration.ofSeconds(45);

    @RegisterExtension static GreenMailExtension mail = Mailbox.server();

    private static String calendar(MimeMessage message) {
        return Mailbox.part(message, "text/calendar").replace("\r\n ", "");
    }

    @Test
    void invitationsGiveNoVolunteerAddressToTheSchoolOrToEachOther() {
        ObjectNode school = fixtures.schoolBody();
        String contact = school.get("contacts").get(0).get("email").asText();
        long schoolId = Fixtures.created(admin.post("/api/schools", school));
        ObjectNode lead = fixtures.volunteerBody();
        ObjectNode other = fixtures.volunteerBody();
        long leadId = Fixtures.created(admin.post("/api/volunteers", lead));
        long otherId = Fixtures.created(admin.post("/api/volunteers", other));
        String leadEmail = lead.get("email").asText();
        String otherEmail = other.get("email").asText();
        Fixtures.created(
                admin.post(
                        "/api/visits",
                        fixtures.visitBody(
                                fixtures.campaign(),
                                schoolId,
                                Fixtures.future(12, 9),
                                60,
                                leadId,
                                otherId)));

        String toSchool = calendar(Mailbox.await(mail, contact, 1, m -> true, WAIT).get(0));
        assertTrue(toSchool.contains(contact), toSchool);
        assertTrue(
                toSchool.contains("ORGANIZER;CN=Administrator:mailto:" + Api.ADMIN_EMAIL),
                "who scheduled the visit is its organiser: " + toSchool);
        assertFalse(
                toSchool.contains(leadEmail) || toSchool.contains(otherEmail),
                "no volunteer's address: " + toSchool);
        String toLead = calendar(Mailbox.await(mail, leadEmail, 1, m -> true, WAIT).get(0));
        assertTrue(toLead.contains(leadEmail), "the lead is an attendee of their own copy");
        assertFalse(
                toLead.contains(otherEmail),
                "the lead does not get the other volunteer's address: " + toLead);
        String text =
                Mailbox.part(Mailbox.await(mail, contact, 1, m -> true, WAIT).get(0), "text/plain");
        assertTrue(text.contains(lead.get("name").asText()), "the email still names the team");
    }

    @Test
    void sentBodiesArePurgedAfterTheKeepingTimeAndTheRowStays() throws Exception {
        long campaign = fixtures.campaign();
        ObjectNode school = fixtures.schoolBody();
        String contact = school.get("contacts").get(0).get("email").asText();
        long visit =
                Fixtures.created(
                        admin.post(
                                "/api/visits",
                                fixtures.visitBody(
                                        campaign,
                                        Fixtures.created(admin.post("/api/schools", school)),
                                        Fixtures.future(13, 9),
                                        60,
                                        fixtures.volunteer())));
        Mailbox.await(mail, contact, 1, m -> true, WAIT);
        JsonNode message = sent("visitId=" + visit + "&recipient=" + contact);
        assertTrue(message.get("purgedAt").isNull());

        assertEquals(200, admin.post("/api/outbox/purge", null).status());
        assertTrue(
                admin.get("/api/outbox/" + message.get("id").asLong())
                        .json()
                        .get("purgedAt")
                        .isNull(),
                "a message sent today keeps its body");
        moveClock("P31D");
        Api.Reply purged = admin.post("/api/outbox/purge", null);
        assertTrue(purged.json().get("purged").asInt() >= 1, purged::toString);
        JsonNode after = admin.get("/api/outbox/" + message.get("id").asLong()).json();
        assertFalse(after.get("purgedAt").isNull(), after::toString);
        assertEquals("sent", after.get("state").asText(), "the row and its state stay");
        assertEquals(
                200,
                admin.post("/api/outbox/" + message.get("id").asLong() + "/retry", null).status());
        assertEquals(
                "sent",
                admin.get("/api/outbox/" + message.get("id").asLong()).json().get("state").asText(),
                "a purged message is never sent again");
    }

    @Test
    void aVolunteerRenewsTheirFeedAddressAndTheOldOneStops() throws Exception {
        Fixtures.Login volunteer = fixtures.volunteerLogin("en");
        Api asVolunteer = api.as(volunteer.email(), Fixtures.VOLUNTEER_PASSWORD);
        String old =
                asVolunteer
                        .get("/api/volunteers/" + volunteer.volunteerId() + "/feed")
                        .json()
                        .get("url")
                        .asText();
        HttpClient client = HttpClient.newHttpClient();
        assertEquals(200, fetch(client, old));
        Api.Reply renewed =
                asVolunteer.post(
                        "/api/volunteers/" + volunteer.volunteerId() + "/feed/renew", null);
        assertEquals(200, renewed.status(), renewed::toString);
        String fresh = renewed.json().get("url").asText();
        assertFalse(fresh.equals(old));
        assertEquals(
                fresh.replaceFirst("^https?://", "webcal://"),
                renewed.json().get("webcal").asText(),
                "calendar apps subscribe to the webcal:// form");
        assertEquals(404, fetch(client, old), "the old address stops working");
        assertEquals(200, fetch(client, fresh));
        assertEquals(
                fresh,
                asVolunteer
                        .get("/api/volunteers/" + volunteer.volunteerId() + "/feed")
                        .json()
                        .get("url")
                        .asText());
    }

    @Test
    void anErasedVolunteerIsAnonymousInHistoryAndTheCountsStay() throws Exception {
        Fixtures.Login volunteer = fixtures.volunteerLogin("en");
        ObjectNode school = fixtures.schoolBody();
        long visit =
                Fixtures.created(
                        admin.post(
                                "/api/visits",
                                fixtures.visitBody(
                                        fixtures.campaign(),
                                        Fixtures.created(admin.post("/api/schools", school)),
                                        Fixtures.future(14, 9),
                                        60,
                                        volunteer.volunteerId())));
        sent("visitId=" + visit + "&recipient=" + volunteer.email());

        Api organiser = api.as(fixtures.organiser("en"), Fixtures.ORGANISER_PASSWORD);
        assertEquals(
                204,
                organiser
                        .send("DELETE", "/api/volunteers/" + volunteer.volunteerId(), null)
                        .status());
        JsonNode erased = admin.get("/api/volunteers/" + volunteer.volunteerId()).json();
        assertEquals("[erased]", erased.get("name").asText());
        assertFalse(erased.toString().contains(volunteer.email()), erased::toString);
        assertEquals(
                volunteer.volunteerId(),
                admin.get("/api/visits/" + visit).json().get("volunteerIds").get(0).asLong(),
                "the visit keeps its (anonymous) team member");
        assertEquals(
                0,
                admin.get("/api/outbox?recipient=" + volunteer.email()).json().get("total").asInt(),
                "no message is kept under the address");
        assertEquals(
                401,
                api.as(volunteer.email(), Fixtures.VOLUNTEER_PASSWORD).get("/api/me").status(),
                "their login is gone");
    }

    @Test
    void aContactIsErasedButASchoolKeepsOne() {
        ObjectNode school = fixtures.schoolBody();
        school.withArray("contacts")
                .addObject()
                .put("name", "Second contact")
                .put("email", Api.unique("second") + "@school.example")
                .put("language", "ar");
        String first = school.get("contacts").get(0).get("email").asText();
        long id = Fixtures.created(admin.post("/api/schools", school));
        assertEquals(
                204, admin.send("DELETE", "/api/schools/" + id + "/contacts/0", null).status());
        JsonNode after = admin.get("/api/schools/" + id).json();
        assertEquals(1, after.get("contacts").size());
        assertFalse(after.toString().contains(first));
        Api.Reply last = admin.send("DELETE", "/api/schools/" + id + "/contacts/0", null);
        assertEquals(409, last.status(), last::toString);
        assertEquals(
                404, admin.send("DELETE", "/api/schools/" + id + "/contacts/5", null).status());
    }

    private int fetch(HttpClient client, String url) throws Exception {
        URI feed = root().resolve(URI.create(url).getRawPath());
        return client.send(
                        HttpRequest.newBuilder(feed).build(), HttpResponse.BodyHandlers.ofString())
                .statusCode();
    }

    /**
     * The message the outbox sent for {@code query}; it leaves on the outbox's next poll, a few
     * seconds on.
     */
    private JsonNode sent(String query) {
        return await("a sent message for " + query)
                .atMost(WAIT)
                .pollDelay(Duration.ZERO)
                .pollInterval(Duration.ofMillis(200))
                .until(
                        () -> sentOf(admin.get("/api/outbox?" + query).json().get("items")),
                        Optional::isPresent)
                .orElseThrow();
    }

    private static Optional<JsonNode> sentOf(JsonNode items) {
        for (JsonNode m : items) {
            if ("sent".equals(m.get("state").asText())) {
                return Optional.of(m);
            }
        }
        return Optional.empty();
    }
}
