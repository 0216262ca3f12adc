package iq.cpf.awareness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import iq.cpf.awareness.support.Api;
import iq.cpf.awareness.support.ApplicationTest;
import iq.cpf.awareness.support.Axe;
import iq.cpf.awareness.support.Browser;
import iq.cpf.awareness.support.Fixtures;
import iq.cpf.awareness.support.Mailbox;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.support.ui.Select;

/**
 * The web UI in a real browser (Debian's headless Chromium): an organiser's dashboard and
 * campaigns, a volunteer's own visits, a school contact confirming from the emailed link, and
 * Arabic pages right-to-left. Screenshots of each page go to target/screenshots.
 */
@Tag("browser")
class BrowserIT extends ApplicationTest {

    @RegisterExtension static GreenMailExtension mail = Mailbox.server();

    @Test
    void anOrganiserOfOneForumSeesOnlyIt() {
        Fixtures other = new Fixtures(api);
        String mine = Api.unique("Our campaign");
        String theirs = Api.unique("Their campaign");
        Fixtures.created(
                admin.post(
                        "/api/campaigns",
                        fixtures.campaignBody(fixtures.home()).put("name", mine)));
        Fixtures.created(
                admin.post("/api/campaigns", other.campaignBody(other.home()).put("name", theirs)));
        String organiser = fixtures.organiser("en");
        try (Browser browser = Browser.open(base.toString(), "en")) {
            browser.logIn(organiser, Fixtures.ORGANISER_PASSWORD);
            browser.go("/campaigns.xhtml");
            browser.waitForText(mine);
            assertFalse(browser.text().contains(theirs), "another forum's campaign is not listed");
            browser.go("/planner.xhtml");
            browser.find("#planner\\:campaign-filter");
            assertFalse(
                    browser.driver().getPageSource().contains(theirs),
                    "nor offered in the planner");
        }
    }

    /**
     * The dashboard lists the forum's visits of the coming week and those not confirmed yet, read
     * without counting all of them: a planned visit in three days is in both.
     */
    @Test
    void theDashboardShowsTheWeeksAndTheUnconfirmedVisits() {
        long forum = fixtures.forum();
        String organiser = fixtures.organiser("en", forum);
        long campaign =
                Fixtures.created(admin.post("/api/campaigns", fixtures.campaignBody(forum)));
        ObjectNode school = fixtures.schoolBody();
        long schoolId = Fixtures.created(admin.post("/api/schools", school));
        Fixtures.created(
                admin.post(
                        "/api/visits",
                        fixtures.visitBody(
                                campaign,
                                schoolId,
                                Fixtures.future(3, 10),
                                60,
                                fixtures.volunteer())));
        try (Browser browser = Browser.open(base.toString(), "en")) {
            browser.logIn(organiser, Fixtures.ORGANISER_PASSWORD);
            assertEquals("Dashboard", browser.find("#title").getText());
            String dashboard = browser.driver().getPageSource();
            String name = school.get("name").asText();
            int first = dashboard.indexOf(name);
            assertTrue(first >= 0, "this week's visits");
            assertTrue(dashboard.indexOf(name, first + name.length()) > first, "unconfirmed");
            assertEquals("1", browser.find("#unconfirmed-count").getText());
        }
    }

    @Test
    void anOrganiserCreatesACampaignWithItsReminderRules() {
        String organiser = fixtures.organiser("en");
        long forum = fixtures.home();
        String name = Api.unique("Campaign from the browser");
        // The districts offered are those of the forum's schools.
        Fixtures.created(
                admin.post("/api/schools", fixtures.schoolBody().put("district", "Baquba")));
        try (Browser browser = Browser.open(base.toString(), "en")) {
            browser.logIn(organiser, Fixtures.ORGANISER_PASSWORD);
            assertEquals("Dashboard", browser.find("#title").getText());
            assertEquals("ltr", browser.dir());
            browser.screenshot("dashboard");

            browser.find("#nav-campaigns").click();
            browser.type("#campaigns\\:name", name);
            new Select(browser.find("#campaigns\\:topic")).selectByValue("drugs");
            new Select(browser.find("#campaigns\\:forum")).selectByValue(String.valueOf(forum));
            browser.type("#campaigns\\:governorate", "Diyala");
            browser.click("input[name='campaigns:districts'][value='Khanaqin']");
            browser.click("input[name='campaigns:districts'][value='Baquba']");
            setDate(browser, "#campaigns\\:start", LocalDate.now().plusDays(1));
            setDate(browser, "#campaigns\\:end", LocalDate.now().plusDays(60));
            browser.find("#campaigns\\:add-reminder").click();
            browser.type("#campaigns\\:rules\\:3\\:amount", "2");
            new Select(browser.find("#campaigns\\:rules\\:3\\:unit")).selectByValue("HOURS");
            browser.find("#campaigns\\:save").click();
            browser.waitForText(name);
            browser.screenshot("campaigns");
        }
        var saved = admin.get("/api/campaigns?topic=drugs&size=200").json().get("items");
        var campaign =
                StreamSupport.stream(saved.spliterator(), false)
                        .filter(c -> c.get("name").asText().equals(name))
                        .findFirst()
                        .orElseThrow();
        assertEquals(4, campaign.get("reminders").size(), campaign::toString);
        assertEquals("PT2H", campaign.get("reminders").get(3).get("before").asText());
        assertEquals(
                "P7D",
                campaign.get("reminders").get(0).get("before").asText(),
                "the default rules go back to the API as they came");
        assertEquals(2, campaign.get("districts").size());
    }

    @Test
    void anOrganiserImportsSchoolsBrowsesTheLibraryAndWatchesTheOutbox() throws Exception {
        String organiser = fixtures.organiser("en");
        String tag = Api.unique("csv");
        Path csv = Files.createTempFile("schools", ".csv");
        Files.writeString(
                csv,
                "name,governorate,district,level,type,contactName,contactEmail,contactLanguage\n"
                        + "ابتدائية النور "
                        + tag
                        + ",Diyala,Mandali,primary,mixed,زينب علي,"
                        + Api.unique("head")
                        + "@school.example,ar\n"
                        + "متوسطة الفرات "
                        + tag
                        + ",Diyala,Jalawla,intermediate,girls,هدى حسن,"
                        + Api.unique("head")
                        + "@school.example,ar\n");
        ObjectNode invited = fixtures.schoolBody();
        String contact = invited.get("contacts").get(0).get("email").asText();
        Fixtures.created(
                admin.post(
                        "/api/visits",
                        fixtures.visitBody(
                                fixtures.campaign(),
                                Fixtures.created(admin.post("/api/schools", invited)),
                                Fixtures.future(22, 10),
                                60,
                                fixtures.volunteer())));
        try (Browser browser = Browser.open(base.toString(), "en")) {
            browser.logIn(organiser, Fixtures.ORGANISER_PASSWORD);
            browser.find("#nav-schools").click();
            browser.find("#schools\\:upload input[type=file]")
                    .sendKeys(csv.toAbsolutePath().toString());
            browser.waitForText("2 schools imported");
            browser.type("#schools\\:query", tag);
            browser.waitForText("ابتدائية النور " + tag);
            browser.screenshot("schools");

            browser.find("#nav-materials").click();
            new Select(browser.find("#library\\:topic")).selectByValue("drugs");
            browser.waitForText("Medicines");
            browser.click("#library\\:list\\:0\\:open");
            browser.find("section.lesson h2");
            browser.screenshot("materials");

            browser.find("#nav-outbox").click();
            browser.find("#outbox\\:list");
            // The page reads only the page it shows: the school's invitation is found by its
            // recipient among every message of the forum.
            browser.type("#outbox\\:recipient", contact);
            browser.find("#outbox\\:recipient").sendKeys(Keys.TAB);
            browser.waitForText(contact);
            assertEquals(
                    1,
                    browser.driver().findElements(By.cssSelector("#outbox\\:list_data tr")).size(),
                    "one invitation to the school's contact");
            browser.screenshot("outbox");

            browser.find("#nav-volunteers").click();
            browser.find("#roster\\:list");
            browser.screenshot("volunteers");

            browser.find("#nav-reports").click();
            assertTrue(
                    browser.find("#reports\\:sentence")
                            .getText()
                            .matches("\\d+ sessions? in \\d+ schools? reached .*"),
                    "the reports page opens with the sentence");
            assertTrue(
                    browser.find("#reports\\:pdf")
                            .getAttribute("href")
                            .contains("format=pdf&lang=en"));
            browser.screenshot("reports");

            browser.find("#nav-trainings").click();
            String workshop = Api.unique("Workshop for Khanaqin police");
            browser.type("#training\\:title", workshop);
            browser.type("#training\\:roles\\:0\\:women", "3");
            browser.type("#training\\:roles\\:0\\:men", "12");
            browser.type("#training\\:heldOn_input", "2026-11-20");
            browser.find("#training\\:heldOn_input").sendKeys(Keys.ESCAPE);
            new Select(browser.find("#training\\:forum")).selectByIndex(1);
            browser.click("#training\\:save");
            try {
                browser.waitForText("Recorded: " + workshop);
            } catch (TimeoutException e) {
                browser.screenshot("trainings-refused");
                throw new AssertionError(
                        "the workshop was not recorded; the page says: " + browser.text(), e);
            }
            browser.screenshot("trainings");
            assertTrue(
                    admin.get("/api/trainings?size=200")
                            .json()
                            .get("items")
                            .findValuesAsText("title")
                            .contains(workshop),
                    "the page recorded the workshop through the API");
        }
        assertEquals(
                2,
                admin.get("/api/schools?q=" + URLEncoder.encode(tag, StandardCharsets.UTF_8))
                        .json()
                        .get("total")
                        .asInt());
    }

    @Test
    void theMainPagesHaveNoSeriousAccessibilityViolationsInEnglishOrArabic() {
        String organiser = fixtures.organiser("en");
        Fixtures.Login volunteer = fixtures.volunteerLogin("en");
        Fixtures.created(
                admin.post(
                        "/api/visits",
                        fixtures.visitBody(
                                fixtures.campaign(),
                                fixtures.school(),
                                Fixtures.future(22, 9),
                                60,
                                volunteer.volunteerId())));
        Map<String, List<String>> found = new TreeMap<>();
        for (String language : List.of("en", "ar")) {
            try (Browser browser = Browser.open(base.toString(), language)) {
                browser.go("/login.xhtml");
                browser.find("#login\\:email");
                found.put(language + " login", Axe.seriousViolations(browser));
                browser.logIn(organiser, Fixtures.ORGANISER_PASSWORD);
                if (!"en".equals(language)) {
                    // The browser's language, as the user has not chosen another.
                    browser.waitForText("لوحة المتابعة");
                }
                for (String page :
                        List.of(
                                "/index.xhtml",
                                "/planner.xhtml",
                                "/campaigns.xhtml",
                                "/schools.xhtml",
                                "/calendars.xhtml",
                                "/materials.xhtml",
                                "/outbox.xhtml",
                                "/volunteers.xhtml",
                                "/reports.xhtml",
                                "/trainings.xhtml")) {
                    browser.go(page);
                    browser.find("h1");
                    found.put(language + " " + page, Axe.seriousViolations(browser));
                }
            }
            try (Browser browser = Browser.open(base.toString(), language)) {
                browser.logIn(volunteer.email(), Fixtures.VOLUNTEER_PASSWORD);
                if (!"en".equals(language)) {
                    browser.waitForText("زياراتي");
                }
                browser.go("/my-visits.xhtml");
                browser.find("h1");
                found.put(language + " /my-visits.xhtml", Axe.seriousViolations(browser));
            }
        }
        found.values().removeIf(List::isEmpty);
        assertTrue(found.isEmpty(), () -> "serious or critical axe-core violations: " + found);
    }

    @Test
    void arabicPagesAreRightToLeftAndTheChoiceIsRemembered() {
        String organiser = fixtures.organiser("en");
        try (Browser browser = Browser.open(base.toString(), "en")) {
            browser.logIn(organiser, Fixtures.ORGANISER_PASSWORD);
            browser.find("#language\\:ar").click();
            browser.waitForText("لوحة المتابعة");
            assertEquals("rtl", browser.dir());
            assertEquals(
                    "ar", browser.driver().findElement(By.tagName("html")).getAttribute("lang"));
            browser.screenshot("dashboard-ar");
        }
        try (Browser again = Browser.open(base.toString(), "en")) {
            again.logIn(organiser, Fixtures.ORGANISER_PASSWORD);
            again.waitForText("لوحة المتابعة");
            assertEquals("rtl", again.dir(), "the language follows the user to a new session");
        }
    }

    @Test
    void aVolunteerSeesOnlyTheirOwnVisits() {
        Fixtures.Login volunteer = fixtures.volunteerLogin("en");
        long campaign = fixtures.campaign();
        ObjectNode mineSchool = fixtures.schoolBody();
        ObjectNode otherSchool = fixtures.schoolBody();
        long mine = Fixtures.created(admin.post("/api/schools", mineSchool));
        long other = Fixtures.created(admin.post("/api/schools", otherSchool));
        Fixtures.created(
                admin.post(
                        "/api/visits",
                        fixtures.visitBody(
                                campaign,
                                mine,
                                Fixtures.future(20, 9),
                                60,
                                volunteer.volunteerId())));
        Fixtures.created(
                admin.post(
                        "/api/visits",
                        fixtures.visitBody(
                                campaign,
                                other,
                                Fixtures.future(20, 9),
                                60,
                                fixtures.volunteer())));
        try (Browser browser = Browser.open(base.toString(), "en")) {
            browser.logIn(volunteer.email(), Fixtures.VOLUNTEER_PASSWORD);
            browser.waitForText("My visits");
            String page = browser.text();
            assertTrue(page.contains(mineSchool.get("name").asText()), page);
            assertFalse(page.contains(otherSchool.get("name").asText()), page);
            assertTrue(
                    browser.find("#feed").getText().contains("/feeds/"),
                    "the private calendar feed is offered");
            assertTrue(
                    browser.driver().findElements(By.id("nav-campaigns")).isEmpty(),
                    "no organiser menu");
            browser.screenshot("my-visits");

            browser.go("/campaigns.xhtml");
            browser.waitForText("Not allowed");

            long openCampaign =
                    Fixtures.created(
                            admin.post(
                                    "/api/campaigns",
                                    fixtures.campaignBody(fixtures.home())
                                            .put("openSignUp", true)));
            ObjectNode openSchool = fixtures.schoolBody();
            long openVisit =
                    Fixtures.created(
                            admin.post(
                                    "/api/visits",
                                    fixtures.visitBody(
                                            openCampaign,
                                            Fixtures.created(
                                                    admin.post("/api/schools", openSchool)),
                                            Fixtures.future(24, 11),
                                            60,
                                            fixtures.volunteer())));
            browser.go("/my-visits.xhtml");
            browser.waitForText(openSchool.get("name").asText());
            browser.screenshot("my-visits-open");
            var join =
                    browser.driver().findElements(By.cssSelector("article.visit")).stream()
                            .filter(a -> a.getText().contains(openSchool.get("name").asText()))
                            .findFirst()
                            .orElseThrow()
                            .findElement(By.cssSelector("button"));
            join.click();
            browser.waitForText("You are on the team");
            assertTrue(
                    admin.get("/api/visits/" + openVisit)
                            .json()
                            .get("volunteerIds")
                            .toString()
                            .contains(String.valueOf(volunteer.volunteerId())));

            // A visit of theirs that is over and unreported: the page sends them to the
            // participation form.
            ObjectNode heldSchool = fixtures.schoolBody();
            long held =
                    Fixtures.created(
                            admin.post(
                                    "/api/visits/held",
                                    fixtures.visitBody(
                                            campaign,
                                            Fixtures.created(
                                                    admin.post("/api/schools", heldSchool)),
                                            OffsetDateTime.now().minusDays(2),
                                            60,
                                            volunteer.volunteerId())));
            browser.go("/my-visits.xhtml");
            browser.waitForText("Visits awaiting your report");
            browser.driver().findElements(By.cssSelector("#report article.visit")).stream()
                    .filter(a -> a.getText().contains(heldSchool.get("name").asText()))
                    .findFirst()
                    .orElseThrow()
                    .findElement(By.cssSelector("button"))
                    .click();
            browser.find("#girls").sendKeys("14");
            browser.find("#boys").sendKeys("11");
            browser.find("#teachers").sendKeys("1");
            browser.screenshot("my-visits-report");
            browser.find("#report").click();
            browser.waitForText("the attendance is recorded");
            JsonNode report = admin.get("/api/visits/" + held + "/participation").json();
            assertEquals(
                    25, report.get("girls").asInt() + report.get("boys").asInt(), report::toString);
            assertEquals(volunteer.email(), report.get("reportedBy").asText(), report::toString);
            browser.go("/my-visits.xhtml");
            browser.waitForText("My visits");
            assertFalse(
                    browser.text().contains(heldSchool.get("name").asText()),
                    "reported, so no longer awaiting");
        }
    }

    @Test
    void aSchoolContactConfirmsFromTheLinkInTheEmail() throws Exception {
        ObjectNode school = fixtures.schoolBody();
        String contact = school.get("contacts").get(0).get("email").asText();
        long schoolId = Fixtures.created(admin.post("/api/schools", school));
        Fixtures.created(
                admin.post(
                        "/api/visits",
                        fixtures.visitBody(
                                fixtures.campaign(),
                                schoolId,
                                Fixtures.future(21, 10),
                                60,
                                fixtures.volunteer())));
        List<MimeMessage> invitations =
                Mailbox.await(mail, contact, 1, m -> true, Duration.ofSeconds(30));
        assertEquals(1, invitations.size());
        Matcher confirm =
                Pattern.compile("https?://[^\\s\"<>]+/links/[A-Za-z0-9_-]+")
                        .matcher(Mailbox.part(invitations.get(0), "text/plain"));
        assertTrue(confirm.find());
        String path = URI.create(confirm.group()).getPath();
        try (Browser browser = Browser.open(base.toString(), "ar")) {
            browser.go(path);
            assertEquals("rtl", browser.dir(), "the contact reads Sorani, right-to-left");
            browser.screenshot("link-confirm");
            browser.find("#confirm").click();
            browser.find("#message");
            browser.screenshot("link-confirmed");
        }
        assertEquals(
                "confirmed",
                admin.get("/api/visits?schoolId=" + schoolId)
                        .json()
                        .get("items")
                        .get(0)
                        .get("status")
                        .asText());
    }

    @Test
    void anUnknownPageIsAFriendlyPageNotAStackTrace() {
        String organiser = fixtures.organiser("en");
        try (Browser browser = Browser.open(base.toString(), "en")) {
            browser.logIn(organiser, Fixtures.ORGANISER_PASSWORD);
            browser.go("/no-such-page.xhtml");
            browser.waitForText("Page not found");
            assertFalse(browser.text().contains("Exception"), browser.text());
        }
    }

    /**
     * Clicks a day of the calendar until its dialog opens: a click on a day being drawn again does
     * nothing, so the click is repeated, each given a few seconds to open the dialog, until the
     * dialog shows or the deadline passes.
     */
    /**
     * Date inputs take keyboard input in the browser's own order; setting the value is the same for
     * every locale.
     */
    private static void setDate(Browser browser, String css, LocalDate date) {
        ((JavascriptExecutor) browser.driver())
                .executeScript(
                        "arguments[0].value = arguments[1];", browser.find(css), date.toString());
    }
}
