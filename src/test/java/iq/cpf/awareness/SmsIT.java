package iq.cpf.awareness;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import iq.cpf.awareness.demo.control.LocalSmsc;
import iq.cpf.awareness.outbox.control.SmsCodec;
import iq.cpf.awareness.support.Api;
import iq.cpf.awareness.support.ApplicationTest;
import iq.cpf.awareness.support.Fixtures;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 18: text messages through a real SMPP exchange. The test runs the local SMSC (jsmpp's
 * server side) on SMPP_PORT=2776, the server's SMSC in the failsafe settings, and reads back what
 * it received from the PDUs: data coding, concatenation headers, the text. Every test uses its own
 * numbers.
 */
class SmsIT extends ApplicationTest {

    private static final Duration WAIT = Duration.ofSeconds(40);

    private static LocalSmsc smsc;

    @BeforeAll
    static void startSmsc() throws Exception {
        smsc = new LocalSmsc(2776).start();
    }

    @AfterAll
    static void stopSmsc() {
        smsc.close();
    }

    /** A new Iraqi mobile number, as written locally, and its E.164 form. */
    private record Mobile(String local, String e164) {
        static Mobile next() {
            String subscriber =
                    String.format("%07d", ThreadLocalRandom.current().nextInt(10_000_000));
            return new Mobile(
                    "0770 " + subscriber.substring(0, 3) + " " + subscriber.substring(3),
                    "+964770" + subscriber);
        }
    }

    private ObjectNode schoolTexting(Mobile mobile, String language, String channel) {
        ObjectNode school = fixtures.schoolBody();
        ((ObjectNode) school.get("contacts").get(0))
                .put("mobile", mobile.local())
                .put("channel", channel)
                .put("language", language);
        return school;
    }

    private long visit(long school, int days) {
        long campaign = fixtures.campaign();
        long volunteer = fixtures.volunteer();
        return Fixtures.created(
                admin.post(
                        "/api/visits",
                        fixtures.visitBody(
                                campaign, school, Fixtures.future(days, 9), 60, volunteer)));
    }

    private JsonNode texts(long visit) {
        JsonNode items = admin.get("/api/outbox?visitId=" + visit + "&size=50").json().get("items");
        return items;
    }

    @Test
    void aContactWhoPrefersTextsGetsTheInvitationInArabicAsUcs2PartsAndNoEmail() throws Exception {
        Mobile mobile = Mobile.next();
        JsonNode school = admin.post("/api/schools", schoolTexting(mobile, "ar", "sms")).json();
        assertEquals(
                mobile.e164(),
                school.get("contacts").get(0).get("mobile").asText(),
                "kept in E.164: " + school);
        long visit = visit(school.get("id").asLong(), 11);

        LocalSmsc.Text text = smsc.await(t -> t.to().equals(mobile.e164()), WAIT);
        assertTrue(text.text().startsWith("زيارة توعية"), text.text());
        assertTrue(text.text().contains(school.get("name").asText()), text.text());
        assertTrue(text.text().matches("(?s).*/links/[A-Za-z0-9_-]{16}( .*|$)"), text.text());
        assertTrue(text.text().contains("أرسل 1 للتأكيد"), text.text());
        assertTrue(
                text.parts().size() > 1, "longer than one UCS-2 message: " + text.parts().size());
        for (LocalSmsc.Part part : text.parts()) {
            assertEquals(SmsCodec.UCS2, part.dataCoding());
            assertTrue(part.header(), "each part has its concatenation header");
            assertEquals(text.parts().size(), part.decoded().total());
            assertTrue(
                    part.bytes().length <= 140, "a part fits one message: " + part.bytes().length);
        }
        assertEquals("CPF", text.from());

        await().atMost(WAIT)
                .untilAsserted(
                        () -> {
                            JsonNode sms = only(texts(visit), mobile.e164());
                            assertEquals("sms", sms.get("channel").asText(), sms::toString);
                            assertEquals("sent", sms.get("state").asText(), sms::toString);
                            assertEquals("delivered", sms.get("delivery").asText(), sms::toString);
                        });
        String email = school.get("contacts").get(0).get("email").asText();
        for (JsonNode message : texts(visit)) {
            assertTrue(
                    !(message.get("recipient").asText().equals(email)
                            && message.get("channel").asText().equals("email")),
                    "no email to a contact who chose texts only: " + message);
        }
    }

    @Test
    void anEnglishContactOnBothChannelsGetsAGsmTextAndTheEmail() throws Exception {
        Mobile mobile = Mobile.next();
        ObjectNode body = schoolTexting(mobile, "en", "both");
        body.put("name", body.get("nameLatin").asText());
        long school = Fixtures.created(admin.post("/api/schools", body));
        long visit = visit(school, 12);

        LocalSmsc.Text text = smsc.await(t -> t.to().equals(mobile.e164()), WAIT);
        assertTrue(text.text().startsWith("Awareness visit: "), text.text());
        assertEquals(SmsCodec.GSM, text.parts().get(0).dataCoding());
        await().atMost(WAIT)
                .untilAsserted(
                        () -> {
                            long emails = 0;
                            for (JsonNode m : texts(visit)) {
                                if (m.get("channel").asText().equals("email")
                                        && m.get("language").asText().equals("en")) {
                                    emails++;
                                }
                            }
                            assertEquals(1, emails, () -> texts(visit).toString());
                        });
    }

    @Test
    void aNumberTheSmscCannotReachIsUndeliveredWithTheReason() throws Exception {
        Mobile mobile = Mobile.next();
        smsc.undeliverable(mobile.e164());
        long school =
                Fixtures.created(admin.post("/api/schools", schoolTexting(mobile, "ckb", "sms")));
        long visit = visit(school, 13);
        await().atMost(WAIT)
                .untilAsserted(
                        () -> {
                            JsonNode sms = only(texts(visit), mobile.e164());
                            assertEquals(
                                    "undelivered", sms.get("delivery").asText(), sms::toString);
                            assertTrue(
                                    sms.get("deliveryDetail").asText().contains("UNDELIV"),
                                    sms::toString);
                        });
    }

    @Test
    void repliesInThreeScriptsConfirmStopAndStartAndUnknownOnesGetHelp() throws Exception {
        Mobile mobile = Mobile.next();
        long school =
                Fixtures.created(admin.post("/api/schools", schoolTexting(mobile, "ar", "sms")));
        long visit = visit(school, 14);
        smsc.await(t -> t.to().equals(mobile.e164()), WAIT);

        smsc.reply(mobile.e164(), "CPF", " ١ ");
        LocalSmsc.Text confirmed =
                smsc.await(
                        t -> t.to().equals(mobile.e164()) && t.text().startsWith("شكراً: تم تأكيد"),
                        WAIT);
        assertTrue(confirmed.text().contains("يوم"), confirmed.text());
        await().atMost(WAIT)
                .untilAsserted(
                        () ->
                                assertEquals(
                                        "confirmed",
                                        admin.get("/api/visits/" + visit)
                                                .json()
                                                .get("status")
                                                .asText()));

        smsc.reply(mobile.e164(), "CPF", "وەستان");
        smsc.await(t -> t.to().equals(mobile.e164()) && t.text().startsWith("لن تصلك رسائل"), WAIT);
        smsc.reply(mobile.e164(), "CPF", "Start");
        smsc.await(t -> t.to().equals(mobile.e164()) && t.text().equals("استؤنفت الرسائل."), WAIT);
        smsc.reply(mobile.e164(), "CPF", "what is this?");
        smsc.await(t -> t.to().equals(mobile.e164()) && t.text().startsWith("أرسل 1 لتأكيد"), WAIT);
    }

    @Test
    void anSmscThatWasDownGetsTheTextOnceWhenItIsBack() throws Exception {
        Mobile mobile = Mobile.next();
        smsc.stop();
        long visit;
        try {
            long school =
                    Fixtures.created(
                            admin.post("/api/schools", schoolTexting(mobile, "en", "sms")));
            visit = visit(school, 15);
            await().atMost(WAIT)
                    .untilAsserted(
                            () -> {
                                JsonNode sms = only(texts(visit), mobile.e164());
                                assertTrue(sms.get("attempts").asInt() >= 1, sms::toString);
                                assertTrue(
                                        sms.get("lastError").asText().contains("SMSC"),
                                        sms::toString);
                            });
        } finally {
            smsc.start();
        }
        smsc.await(t -> t.to().equals(mobile.e164()), WAIT);
        await().atMost(WAIT)
                .untilAsserted(
                        () ->
                                assertEquals(
                                        "delivered",
                                        only(texts(visit), mobile.e164())
                                                .get("delivery")
                                                .asText()));
        List<LocalSmsc.Text> received =
                smsc.texts().stream().filter(t -> t.to().equals(mobile.e164())).toList();
        assertEquals(1, received.size(), "sent once: " + received);
    }

    @Test
    void aNumberThatIsNotAMobileIsRefusedNamingItsFieldAndNothingIsStored() {
        ObjectNode school = fixtures.schoolBody();
        ((ObjectNode) school.get("contacts").get(0)).put("mobile", "01 718 1234");
        var refused = admin.post("/api/schools", school);
        assertEquals(400, refused.status(), refused::toString);
        assertTrue(
                refused.violations().keySet().stream().anyMatch(f -> f.endsWith("mobile")),
                refused::toString);
        assertEquals(
                0,
                admin.get(
                                "/api/schools?q="
                                        + URLEncoder.encode(
                                                school.get("nameLatin").asText(),
                                                StandardCharsets.UTF_8))
                        .json()
                        .get("total")
                        .asInt());

        ObjectNode volunteer =
                fixtures.volunteerBody().put("mobile", "٠٧٧٠ ١٢٣ ٤٥٦٧").put("channel", "both");
        JsonNode saved = Fixtures.createdJson(admin.post("/api/volunteers", volunteer));
        assertEquals("+9647701234567", saved.get("mobile").asText(), saved::toString);
        assertEquals("both", saved.get("channel").asText(), saved::toString);
        var wrongChannel =
                admin.post("/api/volunteers", fixtures.volunteerBody().put("channel", "pigeon"));
        assertEquals(400, wrongChannel.status(), wrongChannel::toString);
    }

    /**
     * A head teacher known only by a mobile number: entered without an email address, texted even
     * though their channel said email, never emailed; the text's short link opens; erasing them
     * leaves no message that names their number. A contact with neither is refused, saying why.
     */
    @Test
    void aContactKnownOnlyByAMobileIsTextedAndErasedByTheirNumber() throws Exception {
        Mobile mobile = Mobile.next();
        ObjectNode body = schoolTexting(mobile, "ckb", "email");
        ((ObjectNode) body.get("contacts").get(0)).remove("email");
        ((ArrayNode) body.get("contacts"))
                .addObject()
                .put("name", "Deputy head")
                .put("email", Api.unique("deputy") + "@school.example")
                .put("language", "ar");
        JsonNode school = Fixtures.createdJson(admin.post("/api/schools", body));
        JsonNode contact = school.get("contacts").get(0);
        assertTrue(contact.path("email").isNull(), contact::toString);
        assertEquals("sms", contact.get("channel").asText(), contact::toString);

        long visit = visit(school.get("id").asLong(), 12);
        LocalSmsc.Text text = smsc.await(t -> t.to().equals(mobile.e164()), WAIT);
        Matcher link = Pattern.compile("(/links/[A-Za-z0-9_-]{16})").matcher(text.text());
        assertTrue(link.find(), text.text());
        var page = api.get(link.group(1));
        assertEquals(200, page.status(), page::toString);
        await().atMost(WAIT)
                .untilAsserted(
                        () -> {
                            JsonNode sms = only(texts(visit), mobile.e164());
                            assertEquals(
                                    mobile.e164(), sms.get("recipient").asText(), sms::toString);
                            assertEquals("sent", sms.get("state").asText(), sms::toString);
                        });
        for (JsonNode message : texts(visit)) {
            assertTrue(
                    !message.get("channel").asText().equals("email")
                            || !message.get("recipient").asText().equals(mobile.e164()),
                    "no email to a number: " + message);
        }

        var erased = admin.send("DELETE", "/api/schools/" + school.get("id") + "/contacts/0", null);
        assertEquals(204, erased.status(), erased::toString);
        for (JsonNode message : texts(visit)) {
            assertTrue(
                    !message.toString().contains(mobile.e164().substring(1)),
                    "nothing names the erased number: " + message);
        }

        ObjectNode unreachable = fixtures.schoolBody();
        ((ObjectNode) unreachable.get("contacts").get(0)).remove("email");
        var refused = admin.post("/api/schools", unreachable);
        assertEquals(400, refused.status(), refused::toString);
        assertTrue(
                refused.violations().keySet().stream().anyMatch(f -> f.endsWith("reachable")),
                refused::toString);
    }

    private static JsonNode only(JsonNode messages, String phone) {
        JsonNode found = null;
        for (JsonNode m : messages) {
            if (phone.equals(m.path("phone").asText())) {
                assertTrue(found == null, "one text to " + phone + ": " + messages);
                found = m;
            }
        }
        assertTrue(found != null, "a text to " + phone + ": " + messages);
        return found;
    }
}
