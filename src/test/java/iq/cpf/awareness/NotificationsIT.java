package iq.cpf.awareness;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import iq.cpf.awareness.support.Api;
import iq.cpf.awareness.support.Fixtures;
import iq.cpf.awareness.support.Mailbox;
import iq.cpf.awareness.support.MovableClockTest;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * What happens when, seen from the mailbox: GreenMail runs in the test and is the server's SMTP
 * server (SMTP_PORT=3025). Every test uses its own recipients, so messages of other tests never
 * count.
 */
class NotificationsIT extends MovableClockTest {

    /**
     * How long a message may take. Usually a few seconds (the outbox and the reminder sweep poll
     * every 2 s), but a move of the clock makes every test's visits due at once, and the outbox
     * sends that backlog first.
     */
    private static final Duration WAIT = Duration.ofSeconds(45);

    @RegisterExtension static GreenMailExtension mail = Mailbox.server();

    record Scene(
            long campaign,
            long school,
            String contact,
            long lead,
            String leadEmail,
            long other,
            String otherEmail) {}

    private Scene scene(ObjectNode campaignBody) {
        long campaign = Fixtures.created(admin.post("/api/campaigns", campaignBody));
        ObjectNode school = fixtures.schoolBody();
        String contact = school.get("contacts").get(0).get("email").asText();
        long schoolId = Fixtures.created(admin.post("/api/schools", school));
        ObjectNode lead = fixtures.volunteerBody().put("language", "ar");
        long leadId = Fixtures.created(admin.post("/api/volunteers", lead));
        ObjectNode other = fixtures.volunteerBody().put("language", "en");
        long otherId = Fixtures.created(admin.post("/api/volunteers", other));
        return new Scene(
                campaign,
                schoolId,
                contact,
                leadId,
                lead.get("email").asText(),
                otherId,
                other.get("email").asText());
    }

    private Scene scene() {
        return scene(fixtures.campaignBody(fixtures.home()));
    }

    private static Predicate<MimeMessage> calendar(String method) {
        return m -> {
            String type = Mailbox.contentType(m, "text/calendar");
            return type != null && type.toUpperCase().contains("METHOD=" + method);
        };
    }

    @Test
    void aScheduledVisitInvitesTheSchoolAndTheTeamInTheirLanguages() {
        Scene s = scene();
        long visit =
                Fixtures.created(
                        admin.post(
                                "/api/visits",
                                fixtures.visitBody(
                                        s.campaign(),
                                        s.school(),
                                        Fixtures.future(9, 9),
                                        90,
                                        s.lead(),
                                        s.other())));

        MimeMessage school = Mailbox.await(mail, s.contact(), 1, calendar("REQUEST"), WAIT).get(0);
        String ics = Mailbox.part(school, "text/calendar");
        assertTrue(ics.contains("METHOD:REQUEST"), ics);
        assertTrue(ics.contains("UID:visit-" + visit + "@it.example"), ics);
        assertTrue(ics.contains("SEQUENCE:0"), ics);
        assertTrue(ics.contains("TZID=Asia/Baghdad") && ics.contains("BEGIN:VTIMEZONE"), ics);
        assertTrue(ics.contains("ORGANIZER") && ics.contains("ATTENDEE"), ics);
        String unfolded = ics.replace("\r\n ", "").replace("\n ", "");
        assertTrue(
                unfolded.contains("RSVP=FALSE") && !unfolded.contains("RSVP=TRUE"),
                "no reply is asked for, as none would be read: " + ics);
        assertTrue(unfolded.contains("STATUS:TENTATIVE"), "unconfirmed is tentative: " + ics);
        assertTrue(
                unfolded.matches("(?s).*DESCRIPTION:[^\\r\\n]*/links/.*"),
                "the school's event carries its confirm link: " + ics);
        String html = Mailbox.part(school, "text/html");
        assertTrue(html.contains("dir=\"rtl\"") && html.contains("lang=\"ckb\""), html);
        assertTrue(
                Mailbox.part(school, "text/plain").contains("/links/"),
                "the school gets its links");

        MimeMessage lead = Mailbox.await(mail, s.leadEmail(), 1, calendar("REQUEST"), WAIT).get(0);
        assertTrue(Mailbox.part(lead, "text/html").contains("dir=\"rtl\""));
        assertTrue(
                Mailbox.part(lead, "text/plain").contains("عزيزي"),
                "Arabic for the Arabic-speaking lead");
        MimeMessage other =
                Mailbox.await(mail, s.otherEmail(), 1, calendar("REQUEST"), WAIT).get(0);
        assertTrue(Mailbox.part(other, "text/html").contains("dir=\"ltr\""));
        assertTrue(
                Mailbox.part(other, "text/plain").startsWith("Dear "),
                Mailbox.part(other, "text/plain"));

        JsonNode outbox = admin.get("/api/outbox?visitId=" + visit).json();
        assertEquals(3, outbox.get("total").asInt(), outbox::toString);
    }

    /**
     * Issue 17, part 3: an invitation to a visit on a sensitive topic brings the school the
     * parents' letter, a PDF in the language the school teaches in; the team's invitations and
     * those on other topics carry none.
     */
    @Test
    void aSensitiveTopicsInvitationBringsTheSchoolTheParentsLetterInItsTeachingLanguage()
            throws Exception {
        ObjectNode drugs = fixtures.campaignBody(fixtures.home());
        Scene s = scene(drugs);
        assertEquals(
                200,
                admin.put(
                                "/api/schools/" + s.school() + "/calendar",
                                Api.object().put("teachingLanguage", "ar"))
                        .status());
        long visit =
                Fixtures.created(
                        admin.post(
                                "/api/visits",
                                fixtures.visitBody(
                                        s.campaign(),
                                        s.school(),
                                        Fixtures.future(11, 10),
                                        60,
                                        s.lead(),
                                        s.other())));
        MimeMessage school = Mailbox.await(mail, s.contact(), 1, calendar("REQUEST"), WAIT).get(0);
        Mailbox.Attachment letter = Mailbox.attachment(school, "application/pdf");
        assertNotNull(letter, "the school's invitation has the letter");
        assertEquals("consent-letter-visit-" + visit + "-ar.pdf", letter.fileName());
        try (PDDocument pdf = Loader.loadPDF(letter.content())) {
            assertEquals(1, pdf.getNumberOfPages(), "one page to print");
            String text = new PDFTextStripper().getText(pdf);
            assertTrue(text.contains(drugs.get("name").asText()), text);
        }
        assertTrue(
                Mailbox.part(school, "text/plain").contains("PDF"),
                "the email says what is attached");
        MimeMessage lead = Mailbox.await(mail, s.leadEmail(), 1, calendar("REQUEST"), WAIT).get(0);
        assertEquals(null, Mailbox.attachment(lead, "application/pdf"), "not for the team");

        ObjectNode internet =
                fixtures.campaignBody(fixtures.home()).put("topic", "internet-misuse");
        Scene other = scene(internet);
        Fixtures.created(
                admin.post(
                        "/api/visits",
                        fixtures.visitBody(
                                other.campaign(),
                                other.school(),
                                Fixtures.future(12, 10),
                                60,
                                other.lead(),
                                other.other())));
        MimeMessage plain =
                Mailbox.await(mail, other.contact(), 1, calendar("REQUEST"), WAIT).get(0);
        assertEquals(
                null,
                Mailbox.attachment(plain, "application/pdf"),
                "internet misuse is not a sensitive topic by default");
    }

    @Test
    void movingSendsAnUpdateWithAHigherSequenceAndCancellingACancel() throws Exception {
        Scene s = scene();
        OffsetDateTime start = Fixtures.future(9, 13);
        long visit =
                Fixtures.created(
                        admin.post(
                                "/api/visits",
                                fixtures.visitBody(s.campaign(), s.school(), start, 90, s.lead())));
        Mailbox.await(mail, s.contact(), 1, calendar("REQUEST"), WAIT);

        assertEquals(
                200,
                admin.put(
                                "/api/visits/" + visit,
                                fixtures.visitBody(
                                        s.campaign(), s.school(), start.plusDays(1), 90, s.lead()))
                        .status());
        List<MimeMessage> requests = Mailbox.await(mail, s.contact(), 2, calendar("REQUEST"), WAIT);
        assertEquals(2, requests.size());
        String update = Mailbox.part(requests.get(1), "text/calendar");
        assertTrue(
                update.contains("UID:visit-" + visit + "@it.example")
                        && update.contains("SEQUENCE:1"),
                update);
        String said = Mailbox.part(requests.get(1), "text/html");
        assertTrue(
                said.contains("id=\"previously\"") && said.contains("13:00"),
                "the update says when the visit was before: " + said);

        assertEquals(200, admin.post("/api/visits/" + visit + "/cancel", null).status());
        MimeMessage cancel = Mailbox.await(mail, s.leadEmail(), 1, calendar("CANCEL"), WAIT).get(0);
        String ics = Mailbox.part(cancel, "text/calendar");
        assertTrue(
                ics.contains("METHOD:CANCEL")
                        && ics.contains("SEQUENCE:2")
                        && ics.contains("STATUS:CANCELLED"),
                ics);
        assertTrue(ics.contains("UID:visit-" + visit + "@it.example"), ics);
        assertEquals(1, Mailbox.await(mail, s.contact(), 1, calendar("CANCEL"), WAIT).size());
    }

    @Test
    void remindersFollowTheCampaignRulesAndPastOnesAreSkipped() {
        ObjectNode campaign = fixtures.campaignBody(fixtures.forum());
        var rules = campaign.putArray("reminders");
        rules.addObject().put("audience", "school").put("before", "PT2M");
        rules.addObject().put("audience", "volunteers").put("before", "PT2M");
        rules.addObject().put("audience", "school").put("before", "P1D");
        Scene s = scene(campaign);
        OffsetDateTime start = OffsetDateTime.now().plusHours(1).truncatedTo(ChronoUnit.SECONDS);
        long visit =
                Fixtures.created(
                        admin.post(
                                "/api/visits",
                                fixtures.visitBody(s.campaign(), s.school(), start, 30, s.lead())));

        // A minute before the visit: past the PT2M reminders' moment, with the visit still ahead so
        // they are sent.
        moveClock("PT59M");
        List<MimeMessage> school =
                Mailbox.await(mail, s.contact(), 1, Mailbox.subjectContains("بیرخستنەوە"), WAIT);
        assertEquals(1, school.size(), "the PT2M reminder reached the school");
        assertEquals(
                1,
                Mailbox.await(mail, s.leadEmail(), 1, Mailbox.subjectContains("تذكير"), WAIT)
                        .size());
        JsonNode reminders = admin.get("/api/outbox?event=reminder&visitId=" + visit).json();
        assertEquals(
                2,
                reminders.get("total").asInt(),
                "the P1D reminder had passed and was skipped: " + reminders);
    }

    @Test
    void aMailServerThatIsDownThenUpDeliversEachMessageOnce() throws Exception {
        Scene s = scene();
        mail.stop();
        long visit;
        try {
            visit =
                    Fixtures.created(
                            admin.post(
                                    "/api/visits",
                                    fixtures.visitBody(
                                            s.campaign(),
                                            s.school(),
                                            Fixtures.future(8, 9),
                                            60,
                                            s.lead())));
            awaitOutbox(
                    "visitId=" + visit + "&recipient=" + s.contact(),
                    m ->
                            m.get("attempts").asInt() >= 1
                                    && m.get("state").asText().equals("pending")
                                    && m.hasNonNull("lastError"));
        } finally {
            Mailbox.restart(mail);
        }
        awaitOutbox(
                "visitId=" + visit + "&recipient=" + s.contact(),
                m -> m.get("state").asText().equals("sent"));
        assertEquals(1, Mailbox.await(mail, s.contact(), 1, calendar("REQUEST"), WAIT).size());
        assertEquals(1, Mailbox.to(mail, s.contact()).size(), "exactly once");
    }

    @Test
    void aDeadMessageStaysVisibleAndCanBeRetried() throws Exception {
        Scene s = scene();
        mail.stop();
        long id;
        try {
            long visit =
                    Fixtures.created(
                            admin.post(
                                    "/api/visits",
                                    fixtures.visitBody(
                                            s.campaign(),
                                            s.school(),
                                            Fixtures.future(8, 13),
                                            60,
                                            s.lead())));
            JsonNode dead =
                    awaitOutbox(
                            "visitId=" + visit + "&recipient=" + s.leadEmail(),
                            m -> m.get("state").asText().equals("dead"));
            assertEquals(4, dead.get("attempts").asInt());
            assertNotNull(dead.get("lastError").asText());
            id = dead.get("id").asLong();
        } finally {
            Mailbox.restart(mail);
        }
        assertEquals(200, admin.post("/api/outbox/" + id + "/retry", null).status());
        awaitOutbox(
                "recipient=" + s.leadEmail(),
                m -> m.get("id").asLong() == id && m.get("state").asText().equals("sent"));
        assertEquals(1, Mailbox.to(mail, s.leadEmail()).size());
    }

    /** A bug: two requests with the same one-time link at once could both use it. */
    @Test
    void aOneTimeLinkWorksOnceUnderTwoConcurrentRequests() throws Exception {
        Scene s = scene();
        Fixtures.created(
                admin.post(
                        "/api/visits",
                        fixtures.visitBody(
                                s.campaign(), s.school(), Fixtures.future(8, 9), 60, s.lead())));
        String text =
                Mailbox.part(
                        Mailbox.await(mail, s.contact(), 1, calendar("REQUEST"), WAIT).get(0),
                        "text/plain");
        Matcher link = Pattern.compile("(http://\\S+/links/\\S+)").matcher(text);
        assertTrue(link.find(), text);
        URI confirm = URI.create(link.group(1));
        HttpClient client = HttpClient.newHttpClient();
        HttpRequest post =
                HttpRequest.newBuilder(confirm).POST(HttpRequest.BodyPublishers.noBody()).build();
        var first = client.sendAsync(post, HttpResponse.BodyHandlers.ofString());
        var second = client.sendAsync(post, HttpResponse.BodyHandlers.ofString());
        List<Integer> statuses =
                new ArrayList<>(List.of(first.get().statusCode(), second.get().statusCode()));
        Collections.sort(statuses);
        assertEquals(
                List.of(200, 410), statuses, "one request used the link, the other found it used");
    }

    @Test
    void theSchoolConfirmsThroughItsLinkOnce() throws Exception {
        Scene s = scene();
        long visit =
                Fixtures.created(
                        admin.post(
                                "/api/visits",
                                fixtures.visitBody(
                                        s.campaign(),
                                        s.school(),
                                        Fixtures.future(7, 9),
                                        60,
                                        s.lead())));
        String text =
                Mailbox.part(
                        Mailbox.await(mail, s.contact(), 1, calendar("REQUEST"), WAIT).get(0),
                        "text/plain");
        Matcher link = Pattern.compile("(http://\\S+/links/\\S+)").matcher(text);
        assertTrue(link.find(), text);
        URI confirm = URI.create(link.group(1));
        HttpClient client = HttpClient.newHttpClient();
        HttpResponse<String> page =
                client.send(
                        HttpRequest.newBuilder(confirm).build(),
                        HttpResponse.BodyHandlers.ofString());
        assertEquals(200, page.statusCode());
        assertEquals("no-referrer", page.headers().firstValue("Referrer-Policy").orElse(""));
        assertTrue(page.body().contains("dir=\"rtl\""), page::body);
        assertEquals(
                "planned",
                admin.get("/api/visits/" + visit).json().get("status").asText(),
                "a GET changes nothing");

        HttpResponse<String> done =
                client.send(
                        HttpRequest.newBuilder(confirm)
                                .POST(HttpRequest.BodyPublishers.noBody())
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertEquals(200, done.statusCode(), done::body);
        assertEquals("confirmed", admin.get("/api/visits/" + visit).json().get("status").asText());
        HttpResponse<String> again =
                client.send(
                        HttpRequest.newBuilder(confirm)
                                .POST(HttpRequest.BodyPublishers.noBody())
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertEquals(410, again.statusCode());
        HttpResponse<String> unknown =
                client.send(
                        HttpRequest.newBuilder(
                                        root().resolve(
                                                        "/links/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertEquals(404, unknown.statusCode());
    }

    @Test
    void digestsCarryAOneClickUnsubscribeThatWorks() throws Exception {
        String organiser = fixtures.organiser();
        Scene s = scene();
        Fixtures.created(
                admin.post(
                        "/api/visits",
                        fixtures.visitBody(
                                s.campaign(), s.school(), Fixtures.future(2, 9), 60, s.lead())));
        assertEquals(200, admin.post("/api/outbox/digests", null).status());
        MimeMessage digest =
                Mailbox.await(mail, organiser, 1, m -> true, WAIT).stream()
                        .filter(
                                m -> {
                                    try {
                                        return m.getHeader("List-Unsubscribe") != null;
                                    } catch (MessagingException e) {
                                        return false;
                                    }
                                })
                        .findFirst()
                        .orElseThrow();
        assertEquals("List-Unsubscribe=One-Click", digest.getHeader("List-Unsubscribe-Post")[0]);
        String url = digest.getHeader("List-Unsubscribe")[0].replaceAll("[<>]", "");
        assertEquals(
                1,
                Mailbox.await(mail, s.leadEmail(), 1, Mailbox.subjectContains("الأسبوع"), WAIT)
                        .size(),
                "the lead's weekly list");

        HttpClient client = HttpClient.newHttpClient();
        assertEquals(
                200,
                client.send(
                                HttpRequest.newBuilder(URI.create(url)).build(),
                                HttpResponse.BodyHandlers.ofString())
                        .statusCode());
        HttpResponse<String> unsubscribed =
                client.send(
                        HttpRequest.newBuilder(URI.create(url))
                                .header("Content-Type", "application/x-www-form-urlencoded")
                                .POST(
                                        HttpRequest.BodyPublishers.ofString(
                                                "List-Unsubscribe=One-Click"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertEquals(200, unsubscribed.statusCode(), unsubscribed::body);
        HttpResponse<String> forged =
                client.send(
                        HttpRequest.newBuilder(
                                        URI.create(url.replaceAll("sig=[^&]+", "sig=forged")))
                                .POST(HttpRequest.BodyPublishers.noBody())
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertEquals(404, forged.statusCode());

        int before = admin.get("/api/outbox?recipient=" + organiser).json().get("total").asInt();
        Fixtures.created(admin.post("/api/campaigns", fixtures.campaignBody(fixtures.forum())));
        assertEquals(200, admin.post("/api/outbox/digests", null).status());
        JsonNode queued = admin.get("/api/outbox?recipient=" + organiser).json();
        assertEquals(
                before,
                queued.get("total").asInt(),
                "no digest of the new campaign after unsubscribing: " + queued);
    }

    @Test
    void pausedSendingHoldsMessagesUntilResumed() throws Exception {
        Scene s = scene();
        assertEquals(200, admin.post("/api/outbox/pause", null).status());
        long visit;
        try {
            visit =
                    Fixtures.created(
                            admin.post(
                                    "/api/visits",
                                    fixtures.visitBody(
                                            s.campaign(),
                                            s.school(),
                                            Fixtures.future(5, 9),
                                            60,
                                            s.lead())));
            // Longer than two outbox polls (OUTBOX_POLL_SECONDS=2): had the pause been ignored, a
            // message would be out.
            Mailbox.stillHas(
                    mail, s.contact(), 0, Duration.ofSeconds(5), "nothing leaves while paused");
            assertEquals(
                    2,
                    admin.get("/api/outbox?state=pending&visitId=" + visit)
                            .json()
                            .get("total")
                            .asInt());
        } finally {
            assertEquals(200, admin.post("/api/outbox/resume", null).status());
        }
        assertEquals(1, Mailbox.await(mail, s.contact(), 1, calendar("REQUEST"), WAIT).size());
        awaitOutbox(
                "visitId=" + visit + "&recipient=" + s.leadEmail(),
                m -> m.get("state").asText().equals("sent"));
    }

    @Test
    void eachVolunteerHasAPrivateCalendarFeedOfTheirVisits() throws Exception {
        Fixtures.Login volunteer = fixtures.volunteerLogin();
        long campaign = fixtures.campaign();
        long visit =
                Fixtures.created(
                        admin.post(
                                "/api/visits",
                                fixtures.visitBody(
                                        campaign,
                                        fixtures.school(),
                                        Fixtures.future(6, 9),
                                        60,
                                        volunteer.volunteerId())));
        Api.Reply feed =
                api.as(volunteer.email(), Fixtures.VOLUNTEER_PASSWORD)
                        .get("/api/volunteers/" + volunteer.volunteerId() + "/feed");
        assertEquals(200, feed.status(), feed::toString);
        URI url = URI.create(feed.json().get("url").asText());
        HttpResponse<String> calendar =
                HttpClient.newHttpClient()
                        .send(
                                HttpRequest.newBuilder(url).build(),
                                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, calendar.statusCode());
        assertTrue(
                calendar.headers()
                        .firstValue("Content-Type")
                        .orElse("")
                        .startsWith("text/calendar"));
        assertTrue(
                calendar.body().contains("METHOD:PUBLISH")
                        && calendar.body().contains("UID:visit-" + visit + "@it.example"),
                calendar::body);
        String tag = calendar.headers().firstValue("ETag").orElseThrow();
        assertEquals(
                calendar.body(),
                ifNoneMatch(url, "\"another\"").body(),
                "the copy written for the same tag, its time stamps too");
        HttpResponse<String> same = ifNoneMatch(url, tag);
        assertEquals(304, same.statusCode(), "the calendar's copy is current");
        assertEquals("", same.body());
        assertEquals(200, admin.post("/api/visits/" + visit + "/cancel", null).status());
        HttpResponse<String> changed = ifNoneMatch(url, tag);
        assertEquals(200, changed.statusCode(), "a cancelled visit leaves the feed");
        assertTrue(!changed.body().contains("UID:visit-" + visit + "@"), changed::body);
        assertTrue(!tag.equals(changed.headers().firstValue("ETag").orElseThrow()));
        assertTrue(
                !ifNoneMatch(url, "\"another\"").body().contains("UID:visit-" + visit + "@"),
                "the copy written before the change is not served again");
        URI forged =
                URI.create(
                        url.toString()
                                .replaceAll(
                                        "/[A-Za-z0-9_-]+\\.ics$",
                                        "/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA.ics"));
        assertEquals(
                404,
                HttpClient.newHttpClient()
                        .send(
                                HttpRequest.newBuilder(forged).build(),
                                HttpResponse.BodyHandlers.ofString())
                        .statusCode());
        assertEquals(
                404,
                api.as(volunteer.email(), Fixtures.VOLUNTEER_PASSWORD)
                        .get("/api/volunteers/" + fixtures.volunteer() + "/feed")
                        .status(),
                "nobody else's feed, nor its existence");
    }

    /** The feed at {@code url} as a calendar holding the copy tagged {@code tag} asks for it. */
    private static HttpResponse<String> ifNoneMatch(URI url, String tag) throws Exception {
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(url).header("If-None-Match", tag).build(),
                        HttpResponse.BodyHandlers.ofString());
    }

    private JsonNode awaitOutbox(String query, Predicate<JsonNode> condition) {
        return await("a message of " + query + " in the expected state")
                .atMost(WAIT)
                .pollDelay(Duration.ZERO)
                .pollInterval(Duration.ofMillis(250))
                .until(
                        () ->
                                first(
                                        admin.get("/api/outbox?" + query).json().get("items"),
                                        condition),
                        Optional::isPresent)
                .orElseThrow();
    }

    private static Optional<JsonNode> first(JsonNode items, Predicate<JsonNode> condition) {
        for (JsonNode message : items) {
            if (condition.test(message)) {
                return Optional.of(message);
            }
        }
        return Optional.empty();
    }
}
