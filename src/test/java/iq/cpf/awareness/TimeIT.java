package iq.cpf.awareness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import iq.cpf.awareness.support.Api;
import iq.cpf.awareness.support.Fixtures;
import iq.cpf.awareness.support.Mailbox;
import iq.cpf.awareness.support.MovableClockTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * What happens with time, driven by moving the application's clock instead of waiting for days to
 * pass.
 */
class TimeIT extends MovableClockTest {

    /**
     * How long a message may take. Usually a few seconds (the outbox and the reminder sweep poll
     * every 2 s), but a move of the clock makes every test's visits due at once, and the outbox
     * sends that backlog first.
     */
    private static final Duration WAIT = Duration.ofSeconds(45);

    @RegisterExtension static GreenMailExtension mail = Mailbox.server();

    @Test
    void participationCannotBeReportedBeforeTheVisitStarts() {
        long visit =
                Fixtures.created(
                        admin.post(
                                "/api/visits",
                                fixtures.visitBody(
                                        fixtures.campaign(),
                                        fixtures.school(),
                                        Fixtures.future(4, 9),
                                        60,
                                        fixtures.volunteer())));
        Api.Reply early =
                admin.post(
                        "/api/visits/" + visit + "/participation",
                        Api.object().put("girls", 1).put("boys", 1).put("teachers", 1));
        assertEquals(409, early.status(), early::toString);
        assertEquals(404, admin.get("/api/visits/" + visit + "/participation").status());
    }

    @Test
    void theDefaultRemindersComeAWeekAndADayBeforeAndTheParticipationRequestAfterTheVisit()
            throws Exception {
        long campaign = fixtures.campaign();
        ObjectNode school = fixtures.schoolBody();
        String contact = school.get("contacts").get(0).get("email").asText();
        long schoolId = Fixtures.created(admin.post("/api/schools", school));
        ObjectNode lead = fixtures.volunteerBody();
        String leadEmail = lead.get("email").asText();
        long leadId = Fixtures.created(admin.post("/api/volunteers", lead));
        long visit =
                Fixtures.created(
                        admin.post(
                                "/api/visits",
                                fixtures.visitBody(
                                        campaign,
                                        schoolId,
                                        OffsetDateTime.now()
                                                .plusDays(10)
                                                .truncatedTo(ChronoUnit.MINUTES),
                                        90,
                                        leadId)));
        Mailbox.await(mail, contact, 1, Mailbox.subjectContains("سەردانی"), WAIT);

        moveClock("P2D");
        // Longer than two reminder sweeps (REMINDER_POLL_SECONDS=2) and the outbox poll after them.
        Mailbox.stillHas(mail, contact, 1, Duration.ofSeconds(6), "nothing is due two days on");

        moveClock("P1DT1H");
        assertEquals(
                1,
                Mailbox.await(mail, contact, 1, Mailbox.subjectContains("بیرخستنەوە"), WAIT).size(),
                () ->
                        "the P7D reminder of the school; the outbox has "
                                + admin.get("/api/outbox?visitId=" + visit).text());
        moveClock("P6D");
        assertEquals(
                2,
                Mailbox.await(mail, contact, 2, Mailbox.subjectContains("بیرخستنەوە"), WAIT).size(),
                "the P1D reminder of the school");
        assertEquals(
                1,
                Mailbox.await(mail, leadEmail, 1, Mailbox.subjectContains("تذكير"), WAIT).size(),
                "the P1D reminder of the volunteers");

        moveClock("P1DT1H");
        assertEquals(
                1,
                Mailbox.await(mail, contact, 1, Mailbox.subjectContains("چۆن بوو"), WAIT).size(),
                "the school is asked about participation after the visit");
        assertEquals(
                1,
                Mailbox.await(mail, leadEmail, 1, Mailbox.subjectContains("كيف جرت"), WAIT).size(),
                "and so is the lead volunteer");
        String leadText =
                Mailbox.part(
                        Mailbox.to(mail, leadEmail).stream()
                                .filter(Mailbox.subjectContains("كيف جرت"))
                                .findFirst()
                                .orElseThrow(),
                        "text/plain");
        assertTrue(
                leadText.contains("/links/"),
                () -> "the lead gets the participation form's link too: " + leadText);
        String text =
                Mailbox.part(
                        Mailbox.to(mail, contact).stream()
                                .filter(Mailbox.subjectContains("چۆن بوو"))
                                .findFirst()
                                .orElseThrow(),
                        "text/plain");
        Matcher link = Pattern.compile("(http://\\S+/links/\\S+)").matcher(text);
        assertTrue(link.find(), text);
        URI report = URI.create(link.group(1));
        HttpClient browser = HttpClient.newHttpClient();
        HttpResponse<String> form =
                browser.send(
                        HttpRequest.newBuilder(report).build(),
                        HttpResponse.BodyHandlers.ofString());
        assertEquals(200, form.statusCode());
        assertTrue(
                form.body().contains("name=\"girls\"") && form.body().contains("dir=\"rtl\""),
                form::body);
        HttpResponse<String> wrong =
                browser.send(
                        HttpRequest.newBuilder(report)
                                .header("Content-Type", "application/x-www-form-urlencoded")
                                .POST(
                                        HttpRequest.BodyPublishers.ofString(
                                                "girls=many&boys=3&teachers=1"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertEquals(400, wrong.statusCode(), "a bad number is refused and the link stays usable");
        HttpResponse<String> sent =
                browser.send(
                        HttpRequest.newBuilder(report)
                                .header("Content-Type", "application/x-www-form-urlencoded")
                                .POST(
                                        HttpRequest.BodyPublishers.ofString(
                                                "girls=12&boys=15&teachers=2&sessions=2&notes=Good+questions"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertEquals(200, sent.statusCode(), sent::body);
        var participation = admin.get("/api/visits/" + visit + "/participation").json();
        assertEquals(27, participation.get("students").asInt(), participation::toString);
        assertEquals(contact, participation.get("reportedBy").asText());
        assertEquals("done", admin.get("/api/visits/" + visit).json().get("status").asText());
        assertEquals(
                410,
                browser.send(
                                HttpRequest.newBuilder(report)
                                        .header("Content-Type", "application/x-www-form-urlencoded")
                                        .POST(
                                                HttpRequest.BodyPublishers.ofString(
                                                        "girls=1&boys=1&teachers=1"))
                                        .build(),
                                HttpResponse.BodyHandlers.ofString())
                        .statusCode(),
                "the link works once");

        Api.Reply corrected =
                api.asAdmin()
                        .post(
                                "/api/visits/" + visit + "/participation",
                                Api.object()
                                        .put("girls", 13)
                                        .put("boys", 15)
                                        .put("teachers", 2)
                                        .put("sessions", 2));
        assertEquals(200, corrected.status(), corrected::toString);
        assertEquals(28, corrected.json().get("students").asInt());
        assertEquals(
                6,
                admin.get("/api/outbox?visitId=" + visit + "&recipient=" + contact)
                        .json()
                        .get("total")
                        .asInt(),
                "the school: invitation, two reminders, participation request, a summary of each report, and nothing twice");
        assertEquals(
                3,
                admin.get("/api/outbox?visitId=" + visit + "&recipient=" + leadEmail)
                        .json()
                        .get("total")
                        .asInt(),
                "the lead: invitation, reminder, participation request");
    }
}
