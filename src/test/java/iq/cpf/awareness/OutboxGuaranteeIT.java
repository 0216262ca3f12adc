package iq.cpf.awareness;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import iq.cpf.awareness.support.Api;
import iq.cpf.awareness.support.ClientTest;
import iq.cpf.awareness.support.Deployments;
import iq.cpf.awareness.support.Fixtures;
import iq.cpf.awareness.support.Mailbox;
import iq.cpf.awareness.support.OwnDeployment;
import iq.cpf.awareness.support.SilentSmtp;
import iq.cpf.awareness.support.outbox.OutboxProbe;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The outbox's guarantee, tested the way it can break: a mail server that never answers, a sender
 * that dies after the mail server took a message, a stale sender that comes back after its lease,
 * and a reminder that always fails. The tests run on a server with SMTP timeouts of 3 s, an 8 s
 * lease and reminders given up after 3 attempts (the failsafe settings in pom.xml).
 */
@ExtendWith({OwnDeployment.class, ArquillianExtension.class})
class OutboxGuaranteeIT extends ClientTest {

    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final int SMTP_PORT = 3025;

    @RegisterExtension static GreenMailExtension mail = Mailbox.server();

    @Deployment(testable = false)
    public static WebArchive deployment() {
        return Deployments.application().addPackage(OutboxProbe.class.getPackage());
    }

    record Scene(long campaign, long school, String contact, long lead, String leadEmail) {}

    private Scene scene(ObjectNode campaignBody) {
        long campaign = Fixtures.created(admin.post("/api/campaigns", campaignBody));
        ObjectNode school = fixtures.schoolBody();
        long schoolId = Fixtures.created(admin.post("/api/schools", school));
        ObjectNode lead = fixtures.volunteerBody().put("language", "en");
        long leadId = Fixtures.created(admin.post("/api/volunteers", lead));
        return new Scene(
                campaign,
                schoolId,
                school.get("contacts").get(0).get("email").asText(),
                leadId,
                lead.get("email").asText());
    }

    private Scene scene() {
        return scene(fixtures.campaignBody(fixtures.home()));
    }

    private long visit(Scene s, OffsetDateTime start, Long... volunteers) {
        return Fixtures.created(
                admin.post(
                        "/api/visits",
                        fixtures.visitBody(s.campaign(), s.school(), start, 60, volunteers)));
    }

    @Test
    void aMailServerThatNeverAnswersTimesOutAndTheMessageIsTriedAgain() {
        Scene s = scene();
        long visit;
        mail.stop();
        try (SilentSmtp mute = SilentSmtp.mute(SMTP_PORT)) {
            visit = visit(s, Fixtures.future(10, 9), s.lead());
            JsonNode failed =
                    awaitMessage(
                            "visitId=" + visit + "&recipient=" + s.contact(),
                            m ->
                                    m.get("attempts").asInt() >= 1
                                            && m.get("state").asText().equals("pending"));
            String error = failed.get("lastError").asText().toLowerCase(Locale.ROOT);
            assertTrue(error.contains("timed out") || error.contains("timeout"), error);
        } finally {
            Mailbox.restart(mail);
        }
        awaitMessage(
                "visitId=" + visit + "&recipient=" + s.contact(),
                m -> m.get("state").asText().equals("sent"));
        assertEquals(1, Mailbox.await(mail, s.contact(), 1, m -> true, WAIT).size());
    }

    @Test
    void eachMessageIsRecordedAsSoonAsTheMailServerTookIt() {
        Scene s = scene();
        ObjectNode second = fixtures.volunteerBody();
        long other = Fixtures.created(admin.post("/api/volunteers", second));
        ObjectNode third = fixtures.volunteerBody();
        long another = Fixtures.created(admin.post("/api/volunteers", third));
        List<String> recipients =
                List.of(
                        s.contact(),
                        s.leadEmail(),
                        second.get("email").asText(),
                        third.get("email").asText());
        long visit;
        mail.stop();
        try (SilentSmtp server = SilentSmtp.acceptingFirst(SMTP_PORT, 1)) {
            visit = visit(s, Fixtures.future(10, 13), s.lead(), other, another);
            long v = visit;
            // While the senders wait for the server's answer to a later message, the one it took
            // is already recorded (before, nothing was until the whole batch was done).
            List<String> states =
                    await("one message recorded sent while others are still being sent")
                            .atMost(WAIT)
                            .pollInterval(Duration.ofMillis(100))
                            .until(
                                    () -> states(v),
                                    st -> st.contains("sent") && st.contains("sending"));
            assertEquals(1, states.stream().filter("sent"::equals).count(), states::toString);
            assertEquals(1, server.accepted());
            awaitMessage(
                    "visitId=" + visit,
                    m ->
                            m.get("state").asText().equals("pending")
                                    && m.get("lastError")
                                            .asText()
                                            .toLowerCase(Locale.ROOT)
                                            .contains("timed out"));
        } finally {
            Mailbox.restart(mail);
        }
        await("every message sent once the mail server answers again")
                .atMost(WAIT)
                .pollInterval(Duration.ofMillis(250))
                .until(() -> states(visit), st -> st.stream().allMatch("sent"::equals));
        assertEquals(
                3,
                recipients.stream().mapToInt(r -> Mailbox.to(mail, r).size()).sum(),
                "the three the silent server did not take, once each");
    }

    @Test
    void aStaleSenderChangesNothing() {
        Scene s = scene();
        pause(true);
        try {
            long visit = visit(s, Fixtures.future(10, 16), s.lead());
            long id = message(visit, s.contact()).get("id").asLong();
            String stale = Api.unique("stale");
            String taker = Api.unique("taker");
            assertEquals(1, probe("claim/" + stale + "/" + id));
            assertEquals(1, probe("expire/" + stale));
            assertEquals(1, probe("claim/" + taker + "/" + id), "an expired lease is taken over");
            assertEquals(
                    0, probe("claim/" + Api.unique("third") + "/" + id), "a live lease is not");

            assertEquals(0, probe("sent/" + stale + "/" + id));
            assertEquals(0, probe("failed/" + stale + "/" + id));
            assertEquals(0, probe("release/" + stale + "/" + id));
            assertEquals(0, probe("renew/" + stale));
            JsonNode held = message(visit, s.contact());
            assertEquals("sending", held.get("state").asText(), held::toString);
            assertEquals(0, held.get("attempts").asInt(), held::toString);
            assertTrue(held.get("lastError").isNull(), held::toString);

            assertEquals(1, probe("renew/" + taker));
            assertEquals(1, probe("sent/" + taker + "/" + id));
            assertEquals("sent", message(visit, s.contact()).get("state").asText());
            assertEquals(0, probe("failed/" + taker + "/" + id), "a recorded outcome is final");
        } finally {
            pause(false);
        }
    }

    @Test
    void aMessageWhoseSenderDiedIsSentAgainWithTheSameMessageId() throws Exception {
        Scene s = scene();
        long visit;
        long id;
        String dead = Api.unique("dead");
        pause(true);
        try {
            visit = visit(s, Fixtures.future(11, 9), s.lead());
            id = message(visit, s.contact()).get("id").asLong();
            assertEquals(1, probe("die-sending/" + dead + "/" + id));
            assertEquals(1, Mailbox.await(mail, s.contact(), 1, m -> true, WAIT).size());
            assertEquals(1, probe("expire/" + dead));
        } finally {
            pause(false);
        }
        JsonNode sent =
                awaitMessage(
                        "visitId=" + visit + "&recipient=" + s.contact(),
                        m -> m.get("state").asText().equals("sent"));
        List<MimeMessage> copies = Mailbox.await(mail, s.contact(), 2, m -> true, WAIT);
        assertEquals(2, copies.size(), "the one the dead sender handed over, and one more");
        String messageId = sent.get("messageId").asText();
        assertNotNull(messageId);
        for (MimeMessage copy : copies) {
            assertEquals(messageId, copy.getMessageID());
        }
        assertEquals(0, probe("sent/" + dead + "/" + id), "the dead sender, back, changes nothing");
        Mailbox.stillHas(mail, s.contact(), 2, Duration.ofSeconds(6), "no third copy");
        assertEquals(1, Mailbox.to(mail, s.leadEmail()).size(), "the lead's, never touched, once");
    }

    @Test
    void aReminderThatAlwaysFailsBacksOffAndEndsFailedInTheAuditLog() {
        ObjectNode campaign = fixtures.campaignBody(fixtures.home());
        campaign.putArray("reminders")
                .addObject()
                .put("audience", "school")
                .put("before", "PT59M50S");
        Scene s = scene(campaign);
        assertEquals(200, admin.post("/api/test-reminders/fail/true", null).status());
        long visit;
        try {
            OffsetDateTime start =
                    OffsetDateTime.now().plusHours(1).truncatedTo(ChronoUnit.SECONDS);
            visit = visit(s, start, s.lead());
            JsonNode entry =
                    await("the reminder given up, in the audit log")
                            .atMost(WAIT)
                            .pollInterval(Duration.ofMillis(500))
                            .until(() -> auditEntry("reminder.failed", visit), e -> e != null);
            assertTrue(entry.get("detail").asText().contains("after 3 attempts"), entry::toString);
            assertTrue(entry.get("detail").asText().contains("always fails"), entry::toString);
        } finally {
            assertEquals(200, admin.post("/api/test-reminders/fail/false", null).status());
        }
        // Given up means given up: with reminders working again it is not sent.
        await("no reminder for the visit")
                .during(Duration.ofSeconds(6))
                .atMost(Duration.ofSeconds(10))
                .pollInterval(Duration.ofMillis(500))
                .until(
                        () ->
                                admin.get("/api/outbox?event=reminder&visitId=" + visit)
                                        .json()
                                        .get("total")
                                        .asInt(),
                        n -> n == 0);
    }

    private int probe(String path) {
        Api.Reply reply = admin.post("/api/test-outbox/" + path, null);
        assertEquals(200, reply.status(), reply::toString);
        return Integer.parseInt(reply.text().trim());
    }

    private void pause(boolean paused) {
        assertEquals(
                200, admin.post("/api/outbox/" + (paused ? "pause" : "resume"), null).status());
    }

    private JsonNode message(long visit, String recipient) {
        JsonNode items =
                admin.get("/api/outbox?visitId=" + visit + "&recipient=" + recipient)
                        .json()
                        .get("items");
        assertEquals(1, items.size(), items::toString);
        return items.get(0);
    }

    private List<String> states(long visit) {
        List<String> states = new ArrayList<>();
        admin.get("/api/outbox?visitId=" + visit)
                .json()
                .get("items")
                .forEach(m -> states.add(m.get("state").asText()));
        return states;
    }

    private JsonNode awaitMessage(String query, Predicate<JsonNode> condition) {
        return await("a message of " + query + " in the expected state")
                .atMost(WAIT)
                .pollInterval(Duration.ofMillis(250))
                .until(
                        () -> {
                            for (JsonNode m :
                                    admin.get("/api/outbox?" + query).json().get("items")) {
                                if (condition.test(m)) {
                                    return m;
                                }
                            }
                            return null;
                        },
                        m -> m != null);
    }

    private JsonNode auditEntry(String action, long visit) {
        for (JsonNode e : admin.get("/api/audit?size=200&action=" + action).json().get("items")) {
            if (String.valueOf(visit).equals(e.path("targetId").asText())) {
                return e;
            }
        }
        return null;
    }
}
