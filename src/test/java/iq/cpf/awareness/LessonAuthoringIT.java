package iq.cpf.awareness;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import iq.cpf.awareness.support.Api;
import iq.cpf.awareness.support.ApplicationTest;
import iq.cpf.awareness.support.Axe;
import iq.cpf.awareness.support.Browser;
import iq.cpf.awareness.support.Fixtures;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * Writing a lesson in the web UI: Markdown in English and Arabic with a preview rendered and
 * sanitised by the server as schools will read it, submitted as a draft, approved after a
 * confirmation and then given out by the API and listed under its topic; a new version rejected;
 * the pages on a phone and right-to-left. Screenshots go to target/screenshots.
 */
@Tag("browser")
class LessonAuthoringIT extends ApplicationTest {

    private static final String ENGLISH =
            "# Staying safe online\n\n- Keep passwords secret\n- Tell an adult you trust\n\n"
                    + "<script>window.injected = true</script>\n";
    private static final String ARABIC =
            "## البقاء بأمان على الإنترنت\n\n- احفظ كلمات المرور سرًّا\n- أخبر شخصًا بالغًا تثق به\n";

    @Test
    void anOrganiserWritesALessonInTwoLanguagesSeesItsPreviewAndApprovesIt() {
        String organiser = fixtures.organiser("en");
        String title = Api.unique("Safe online");
        try (Browser browser = Browser.open(base.toString(), "en")) {
            browser.logIn(organiser, Fixtures.ORGANISER_PASSWORD);
            browser.go("/materials.xhtml");
            browser.click("#library\\:write");
            new Select(browser.find("#editor\\:topic")).selectByValue("internet-misuse");
            new Select(browser.find("#editor\\:age-band")).selectByValue("SECONDARY");

            browser.type("#editor\\:texts\\:title-en", title);
            browser.type("#editor\\:texts\\:body-en", ENGLISH);
            WebElement english = preview(browser, "en", p -> items(p) == 2);
            assertEquals("Staying safe online", english.findElement(By.tagName("h1")).getText());
            assertEquals(title, english.findElement(By.cssSelector(".lesson-title")).getText());
            String html = english.getAttribute("innerHTML");
            assertFalse(html.contains("<script") || html.contains("injected"), html);
            assertEquals("ltr", english.getAttribute("dir"));

            browser.click("#editor\\:texts\\:tab-ar_header");
            browser.type("#editor\\:texts\\:title-ar", "البقاء بأمان " + title);
            browser.type("#editor\\:texts\\:body-ar", ARABIC);
            WebElement arabic = preview(browser, "ar", p -> items(p) == 2);
            assertEquals(
                    "البقاء بأمان على الإنترنت", arabic.findElement(By.tagName("h2")).getText());
            assertEquals("rtl", arabic.getAttribute("dir"));
            assertEquals("rtl", browser.find("#editor\\:texts\\:body-ar").getAttribute("dir"));
            browser.screenshot("lesson-write");
            onAPhone(browser, "lesson-write-phone");
            assertTrue(
                    Axe.seriousViolations(browser).isEmpty(),
                    () -> "axe-core: " + Axe.seriousViolations(browser));

            browser.click("#editor\\:submit");
            browser.waitForText("Version 1 submitted");
            assertEquals(
                    "draft, awaiting approval",
                    browser.find("#library\\:detail td.state").getText());
            browser.click("#library\\:versions\\:0\\:approve");
            browser.visible("#library\\:confirm");
            browser.screenshot("lesson-approve-confirm");
            browser.click("#library\\:confirm-yes");
            browser.waitForText("Version approved");
        }

        Api volunteer = api.as(fixtures.volunteerLogin("en").email(), Fixtures.VOLUNTEER_PASSWORD);
        JsonNode found =
                volunteer
                        .get(
                                "/api/materials?topic=internet-misuse&state=approved&text="
                                        + URLEncoder.encode(title, StandardCharsets.UTF_8))
                        .json();
        assertEquals(1, found.get("total").asInt(), found::toString);
        JsonNode lesson = found.get("items").get(0);
        long id = lesson.get("id").asLong();
        assertEquals(1, lesson.get("approvedVersion").asInt(), lesson::toString);
        assertEquals("secondary", lesson.get("ageBand").asText());
        assertEquals(title, lesson.get("titles").get("en").asText());
        assertEquals("البقاء بأمان " + title, lesson.get("titles").get("ar").asText());
        JsonNode texts = volunteer.get("/api/materials/" + id + "/versions/1").json().get("texts");
        JsonNode englishText = text(texts, "en");
        assertTrue(englishText.get("html").asText().contains("<h1>Staying safe online</h1>"));
        assertFalse(englishText.get("html").asText().contains("script"), englishText::toString);
        assertEquals(ENGLISH, englishText.get("markdown").asText(), "kept as written");
        assertTrue(text(texts, "ar").get("html").asText().contains("<li>احفظ كلمات المرور سرًّا"));
        assertEquals(organiser, audit(organiser, "material.approve", id).get("actor").asText());

        try (Browser browser = Browser.open(base.toString(), "en")) {
            browser.logIn(organiser, Fixtures.ORGANISER_PASSWORD);
            browser.go("/materials.xhtml");
            Select topic = new Select(browser.find("#library\\:topic"));
            assertTrue(
                    topic.getOptions().stream()
                            .anyMatch(o -> o.getText().equals("Internet misuse")),
                    "topics are named, not listed by slug");
            topic.selectByValue("internet-misuse");
            browser.waitForText(title);
            WebElement row =
                    browser
                            .driver()
                            .findElements(By.cssSelector("#library\\:list tbody tr"))
                            .stream()
                            .filter(r -> r.getText().contains(title))
                            .findFirst()
                            .orElseThrow();
            assertTrue(row.getText().contains("Internet misuse"), row.getText());
            new Select(browser.find("#library\\:topic")).selectByValue("drugs");
            browser.waitForText("Medicines");
            assertFalse(browser.text().contains(title), "not under another topic");

            // The next version starts from the text of the one in use; rejected, it goes nowhere.
            browser.go("/materials.xhtml?lesson=" + id);
            browser.click("#library\\:write-version");
            assertEquals(title, browser.find("#editor\\:texts\\:title-en").getAttribute("value"));
            browser.type("#editor\\:texts\\:body-en", "# Staying safe online\n\nA second version.");
            browser.click("#editor\\:submit");
            browser.waitForText("Version 2 submitted");
            browser.click("#library\\:versions\\:1\\:reject");
            browser.waitForText("Version rejected");
        }
        JsonNode kept = admin.get("/api/materials/" + id).json();
        assertEquals(1, kept.get("approvedVersion").asInt(), kept::toString);
        assertEquals("retired", kept.get("versions").get(1).get("state").asText());
        assertEquals(organiser, kept.get("versions").get(1).get("createdBy").asText());
        audit(organiser, "material.retire", id);
    }

    @Test
    void theLibraryAndTheEditorAreRightToLeftInSoraniAndFitAPhone() {
        String organiser = fixtures.organiser("ckb");
        try (Browser browser = Browser.open(base.toString(), "ckb")) {
            browser.logIn(organiser, Fixtures.ORGANISER_PASSWORD);
            browser.go("/materials.xhtml");
            browser.waitForText("کتێبخانەی کەرەستەکان");
            assertEquals("rtl", browser.dir());
            assertTrue(browser.text().contains("مەترسییەکانی ماددە هۆشبەرەکان"), "topic in Sorani");
            onAPhone(browser, "materials-ckb-phone");
            browser.click("#library\\:write");
            browser.waitForText("وانەی نوێ");
            assertEquals("rtl", browser.dir());
            assertEquals(
                    "true",
                    browser.find("#editor\\:texts\\:tab-ckb_header").getAttribute("aria-selected"),
                    "the tab of the page's language is open");
            onAPhone(browser, "lesson-ckb-phone");
        }
    }

    @Test
    void aVolunteerCannotWriteLessons() {
        Fixtures.Login volunteer = fixtures.volunteerLogin("en");
        try (Browser browser = Browser.open(base.toString(), "en")) {
            browser.logIn(volunteer.email(), Fixtures.VOLUNTEER_PASSWORD);
            browser.go("/lesson.xhtml");
            browser.waitForText("Not allowed");
        }
    }

    /** The preview of a language once the server has rendered what was typed. */
    private static WebElement preview(Browser browser, String language, Predicate<WebElement> ok) {
        String css = "#editor\\:texts\\:preview-" + language;
        return await("the " + language + " preview")
                .atMost(Duration.ofSeconds(20))
                .pollInSameThread()
                .ignoreExceptions()
                .until(() -> browser.find(css), ok);
    }

    private static int items(WebElement preview) {
        return preview.findElements(By.tagName("li")).size();
    }

    /** At 390 px wide the page fits: nothing to scroll sideways. */
    private static void onAPhone(Browser browser, String screenshot) {
        browser.driver().manage().window().setSize(new Dimension(390, 844));
        try {
            Object overflow =
                    ((JavascriptExecutor) browser.driver())
                            .executeScript(
                                    "return document.documentElement.scrollWidth"
                                            + " - document.documentElement.clientWidth");
            browser.screenshot(screenshot);
            assertEquals(0L, overflow, "the page scrolls sideways on a phone");
        } finally {
            browser.driver().manage().window().setSize(new Dimension(1280, 900));
        }
    }

    private static JsonNode text(JsonNode texts, String language) {
        return StreamSupport.stream(texts.spliterator(), false)
                .filter(t -> t.get("language").asText().equals(language))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + language + " text in " + texts));
    }

    /** The audit entry of the action on the lesson, written once its transaction committed. */
    private JsonNode audit(String actor, String action, long lesson) {
        return await(action + " of lesson " + lesson + " in the audit log")
                .atMost(Duration.ofSeconds(10))
                .pollInterval(Duration.ofMillis(200))
                .until(
                        () ->
                                first(
                                        admin.get(
                                                        "/api/audit?size=200&actor="
                                                                + URLEncoder.encode(
                                                                        actor,
                                                                        StandardCharsets.UTF_8)
                                                                + "&action="
                                                                + action)
                                                .json()
                                                .get("items"),
                                        lesson),
                        Optional::isPresent)
                .orElseThrow();
    }

    private static Optional<JsonNode> first(JsonNode items, long lesson) {
        return StreamSupport.stream(items.spliterator(), false)
                .filter(e -> e.get("targetId").asText().equals(String.valueOf(lesson)))
                .findFirst();
    }
}
