package iq.cpf.awareness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import iq.cpf.awareness.support.Api;
import iq.cpf.awareness.support.ApplicationTest;
import iq.cpf.awareness.support.Fixtures;
import iq.cpf.awareness.support.Mailbox;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The pages behind a school's emailed links tell what became of the visit: a confirm link sent
 * before a move gives the new date and confirms it; a used one says the visit is confirmed and
 * when; a link of a cancelled visit says so.
 */
class LinkPagesIT extends ApplicationTest {

    private static final Duration WAIT = Duration.ofSeconds(45);
    private static final Pattern LINK = Pattern.compile("(http://\\S+/links/[A-Za-z0-9_-]+)");
    private static final Pattern CURRENT = Pattern.compile("name=\"current\" value=\"([0-9]+)\"");
    private static final ZoneId BAGHDAD = ZoneId.of("Asia/Baghdad");

    /** LINK_UNKNOWN_DELAY_MILLIS as the tests' server has it: its default. */
    private static final Duration UNKNOWN_LINK_DELAY = Duration.ofMillis(1500);

    @RegisterExtension static GreenMailExtension mail = Mailbox.server();

    private final HttpClient client = HttpClient.newHttpClient();

    private record Scene(long campaign, long school, long volunteer, String contact) {}

    /** A campaign, a volunteer, and a school whose one contact reads {@code language}. */
    private Scene scene(String language) {
        long campaign = fixtures.campaign();
        ObjectNode school = fixtures.schoolBody();
        String contact = Api.unique("head") + "@school.example";
        school.putArray("contacts")
                .addObject()
                .put("name", "Sara Ahmed")
                .put("email", contact)
                .put("language", language);
        return new Scene(
                campaign,
                Fixtures.created(admin.post("/api/schools", school)),
                fixtures.volunteer(),
                contact);
    }

    private long schedule(Scene scene, OffsetDateTime start) {
        return Fixtures.created(
                admin.post(
                        "/api/visits",
                        fixtures.visitBody(
                                scene.campaign(), scene.school(), start, 60, scene.volunteer())));
    }

    /** The first link of the school's n-th email: its confirm link. */
    private URI confirmLink(Scene scene, int nth) {
        String text =
                Mailbox.part(
                        Mailbox.await(mail, scene.contact(), nth, m -> true, WAIT).get(nth - 1),
                        "text/plain");
        Matcher link = LINK.matcher(text);
        assertTrue(link.find(), text);
        return URI.create(link.group(1));
    }

    private HttpResponse<String> get(URI uri) throws IOException, InterruptedException {
        return client.send(
                HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(URI uri, String form)
            throws IOException, InterruptedException {
        return client.send(
                HttpRequest.newBuilder(uri)
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private String status(long visit) {
        return admin.get("/api/visits/" + visit).json().get("status").asText();
    }

    private static String day(OffsetDateTime at, Locale locale) {
        return DateTimeFormatter.ofPattern("EEEE d MMMM yyyy, HH:mm", locale)
                .format(at.atZoneSameInstant(BAGHDAD));
    }

    /**
     * A guessed link, short or long, a file under one, or a POST to one, is answered alike, and no
     * sooner than the unknown-link delay after it was sent. A flood of guesses, more than the
     * server has worker threads (Undertow's 16 per core), waits without holding them: a real link
     * asked for meanwhile is answered before any guess is.
     */
    @Test
    void guessedLinksAreAnsweredAlikeAndLateWithoutHoldingTheServer() throws Exception {
        Scene scene = scene("en");
        schedule(scene, Fixtures.future(3, 10));
        URI real = confirmLink(scene, 1);
        List<URI> guesses =
                List.of(
                        root().resolve("/links/" + "A".repeat(16)),
                        root().resolve("/links/" + "B".repeat(43)),
                        root().resolve("/links/" + "C".repeat(16) + "/files/1"));
        String page = null;
        for (int i = 0; i <= guesses.size(); i++) {
            long sent = System.nanoTime();
            HttpResponse<String> answer =
                    i < guesses.size() ? get(guesses.get(i)) : post(guesses.get(0), "");
            Duration took = Duration.ofNanos(System.nanoTime() - sent);
            assertEquals(404, answer.statusCode(), answer::body);
            assertTrue(
                    took.compareTo(UNKNOWN_LINK_DELAY) >= 0,
                    "answered after " + took.toMillis() + " ms, before the delay");
            if (page == null) {
                page = answer.body();
            } else {
                assertEquals(page, answer.body(), "every guess gets the same page");
            }
        }

        List<CompletableFuture<HttpResponse<String>>> flood = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            flood.add(
                    client.sendAsync(
                            HttpRequest.newBuilder(
                                            root().resolve(
                                                            "/links/"
                                                                    + Api.unique("guess")
                                                                            .replaceAll(
                                                                                    "[^A-Za-z0-9]",
                                                                                    "x")))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString()));
        }
        HttpResponse<String> answer = get(real);
        long guessesAnswered = flood.stream().filter(CompletableFuture::isDone).count();
        assertEquals(200, answer.statusCode(), answer::body);
        assertEquals(0, guessesAnswered, "the real link waited for guesses");
        for (CompletableFuture<HttpResponse<String>> guess : flood) {
            assertEquals(404, guess.get(1, TimeUnit.MINUTES).statusCode());
        }
    }

    @Test
    void aConfirmLinkSentBeforeAMoveGivesTheNewDateAndConfirmsIt() throws Exception {
        Scene scene = scene("en");
        OffsetDateTime start = Fixtures.future(13, 9);
        long visit = schedule(scene, start);
        URI old = confirmLink(scene, 1);

        OffsetDateTime moved = start.plusDays(1).withHour(11);
        assertEquals(
                200,
                admin.put(
                                "/api/visits/" + visit,
                                fixtures.visitBody(
                                        scene.campaign(),
                                        scene.school(),
                                        moved,
                                        60,
                                        scene.volunteer()))
                        .status());

        HttpResponse<String> page = get(old);
        assertEquals(410, page.statusCode(), "the old link itself is gone");
        assertEquals("no-referrer", page.headers().firstValue("Referrer-Policy").orElse(""));
        String body = page.body();
        assertTrue(body.contains("This visit has moved"), body);
        assertTrue(
                body.contains(
                        "It now takes place on " + day(moved, Locale.ENGLISH) + " (Asia/Baghdad)"),
                "the new date, day first, in the campaign's zone: " + body);
        assertFalse(body.contains("can no longer be used"), body);
        Matcher current = CURRENT.matcher(body);
        assertTrue(current.find(), "the page offers to confirm the new date: " + body);
        assertEquals("planned", status(visit), "a GET changes nothing");

        HttpResponse<String> stale = post(old, "current=" + start.toEpochSecond());
        assertEquals(410, stale.statusCode(), "a date the school has not seen is not confirmed");
        assertEquals("planned", status(visit));

        HttpResponse<String> confirmed = post(old, "current=" + current.group(1));
        assertEquals(200, confirmed.statusCode(), confirmed::body);
        assertTrue(confirmed.body().contains("the visit is confirmed"), confirmed::body);
        assertEquals("confirmed", status(visit));

        String after = get(old).body();
        assertTrue(
                after.contains("This visit has moved") && after.contains("was confirmed on"),
                "the moved visit's page now says it is confirmed: " + after);
        assertFalse(after.contains("name=\"current\""), "nothing is left to confirm: " + after);
        assertEquals(
                410, post(old, "current=" + current.group(1)).statusCode(), "works once, as ever");

        // The update's own confirm link finds the visit confirmed too.
        String fresh = get(confirmLink(scene, 2)).body();
        assertTrue(fresh.contains("The visit is confirmed"), fresh);
    }

    @Test
    void aUsedConfirmLinkSaysTheVisitIsConfirmedAndWhen() throws Exception {
        Scene scene = scene("en");
        long visit = schedule(scene, Fixtures.future(14, 9));
        URI link = confirmLink(scene, 1);
        OffsetDateTime before = OffsetDateTime.now(BAGHDAD);
        assertEquals(200, post(link, "").statusCode());
        OffsetDateTime after = OffsetDateTime.now(BAGHDAD);
        assertEquals("confirmed", status(visit));

        HttpResponse<String> page = get(link);
        assertEquals(410, page.statusCode());
        String body = page.body();
        assertTrue(body.contains("The visit is confirmed"), body);
        assertFalse(body.contains("expired or was used"), body);
        DateTimeFormatter minute =
                DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", Locale.ENGLISH);
        assertTrue(
                body.contains("was confirmed on")
                        && (body.contains(minute.format(before))
                                || body.contains(minute.format(after))),
                "says when, to the minute, in the campaign's zone: " + body);
        assertFalse(body.contains("id=\"confirm\""), "no button to confirm again: " + body);

        HttpResponse<String> again = post(link, "");
        assertEquals(410, again.statusCode());
        assertTrue(again.body().contains("The visit is confirmed"), again::body);
    }

    @Test
    void linkPagesSayItInTheContactsLanguageRightToLeft() throws Exception {
        Scene scene = scene("ar");
        OffsetDateTime start = Fixtures.future(15, 9);
        long visit = schedule(scene, start);
        URI old = confirmLink(scene, 1);
        OffsetDateTime moved = start.plusDays(2);
        admin.put(
                "/api/visits/" + visit,
                fixtures.visitBody(scene.campaign(), scene.school(), moved, 60, scene.volunteer()));

        String body = get(old).body();
        assertTrue(body.contains("lang=\"ar\" dir=\"rtl\""), body);
        assertTrue(
                body.contains("تغيّر موعد هذه الزيارة")
                        && body.contains(day(moved, Locale.forLanguageTag("ar-IQ-u-nu-latn"))),
                body);
        assertTrue(body.contains("تأكيد الموعد الجديد"), body);

        admin.post("/api/visits/" + visit + "/cancel", null);
        String cancelled = get(old).body();
        assertTrue(cancelled.contains("أُلغيت هذه الزيارة"), cancelled);
        assertFalse(cancelled.contains("name=\"current\""), cancelled);
    }
}
