package iq.cpf.awareness;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import iq.cpf.awareness.support.Api;
import iq.cpf.awareness.support.ClientTest;
import iq.cpf.awareness.support.Deployments;
import iq.cpf.awareness.support.Fixtures;
import iq.cpf.awareness.support.Mailbox;
import iq.cpf.awareness.support.OwnDeployment;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.as.arquillian.container.ManagementClient;
import org.jboss.dmr.ModelNode;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Reminders survive the server going away: the application is taken down (the server reloaded in
 * admin-only mode, which stops every deployment and Quartz with it) while one reminder falls due
 * and another is still ahead, then brought back. Each reminder arrives exactly once.
 */
@ExtendWith({OwnDeployment.class, ArquillianExtension.class})
class RestartIT extends ClientTest {

    @RegisterExtension static GreenMailExtension mail = Mailbox.server();

    @ArquillianResource ManagementClient management;

    /**
     * Its own deployment: the reload must bring back an application deployed as a server keeps it.
     */
    @Deployment(testable = false)
    public static WebArchive deployment() {
        return Deployments.application();
    }

    @Test
    void remindersThatFellDueWhileDownAndThoseStillAheadAreEachSentOnce() throws Exception {
        ObjectNode campaign = fixtures.campaignBody(fixtures.forum());
        var rules = campaign.putArray("reminders");
        rules.addObject().put("audience", "school").put("before", "PT70S");
        rules.addObject().put("audience", "volunteers").put("before", "PT25S");
        long campaignId = Fixtures.created(admin.post("/api/campaigns", campaign));
        ObjectNode school = fixtures.schoolBody();
        String contact = school.get("contacts").get(0).get("email").asText();
        long schoolId = Fixtures.created(admin.post("/api/schools", school));
        ObjectNode volunteer = fixtures.volunteerBody();
        String volunteerEmail = volunteer.get("email").asText();
        long volunteerId = Fixtures.created(admin.post("/api/volunteers", volunteer));
        OffsetDateTime start =
                OffsetDateTime.now().plusSeconds(100).truncatedTo(ChronoUnit.SECONDS);
        Instant schoolReminderDue = start.minusSeconds(70).toInstant();
        long visit =
                Fixtures.created(
                        admin.post(
                                "/api/visits",
                                fixtures.visitBody(campaignId, schoolId, start, 30, volunteerId)));

        reload("admin-only");
        // The application is down, so nothing of it can say the reminder fell due: only the wall
        // clock can. The
        // clock cannot be moved instead, as a reload starts the application afresh with its real
        // clock.
        await("the school's reminder falls due while the application is down")
                .atMost(Duration.ofSeconds(120))
                .pollInterval(Duration.ofMillis(500))
                .until(() -> Instant.now().isAfter(schoolReminderDue.plusSeconds(3)));
        assertTrue(
                Mailbox.to(mail, contact).stream().noneMatch(Mailbox.subjectContains("بیرخستنەوە")),
                "nothing was sent while the application was down");
        reload("normal");

        assertEquals(
                1,
                Mailbox.await(
                                mail,
                                contact,
                                1,
                                Mailbox.subjectContains("بیرخستنەوە"),
                                Duration.ofSeconds(60))
                        .size(),
                "the reminder that fell due while the server was down arrived after it came back");
        assertEquals(
                1,
                Mailbox.await(
                                mail,
                                volunteerEmail,
                                1,
                                Mailbox.subjectContains("تذكير"),
                                Duration.ofSeconds(90))
                        .size(),
                "the reminder still ahead at the restart arrived on time");
        awaitNothingPending(admin, visit);
        assertEquals(
                1,
                Mailbox.to(mail, contact).stream()
                        .filter(Mailbox.subjectContains("بیرخستنەوە"))
                        .count());
        assertEquals(
                1,
                Mailbox.to(mail, volunteerEmail).stream()
                        .filter(Mailbox.subjectContains("تذكير"))
                        .count());
        assertEquals(
                2,
                admin.get("/api/outbox?event=reminder&visitId=" + visit)
                        .json()
                        .get("total")
                        .asInt());
    }

    private void reload(String mode) throws IOException {
        ModelNode reload = new ModelNode();
        reload.get("operation").set("reload");
        reload.get("address").setEmptyList();
        reload.get("start-mode").set(mode);
        try {
            management.getControllerClient().execute(reload);
        } catch (IOException connectionClosedByTheReload) {
            // The reload closes the management connection before it answers; the state poll below
            // decides.
        }
        ModelNode state = new ModelNode();
        state.get("operation").set("read-attribute");
        state.get("address").setEmptyList();
        state.get("name").set("server-state");
        // While it reloads the server refuses connections or answers "starting"; both mean "look
        // again".
        await("the server back from its reload into " + mode)
                .atMost(Duration.ofSeconds(120))
                .pollInterval(Duration.ofMillis(500))
                .ignoreExceptionsInstanceOf(IOException.class)
                .until(
                        () ->
                                "running"
                                        .equals(
                                                management
                                                        .getControllerClient()
                                                        .execute(state)
                                                        .get("result")
                                                        .asString()));
    }

    private static void awaitNothingPending(Api admin, long visit) {
        await("no message of visit " + visit + " pending")
                .atMost(Duration.ofSeconds(30))
                .pollDelay(Duration.ZERO)
                .pollInterval(Duration.ofMillis(300))
                .until(
                        () ->
                                admin.get("/api/outbox?visitId=" + visit + "&state=pending")
                                                .json()
                                                .get("total")
                                                .asInt()
                                        == 0);
    }
}
