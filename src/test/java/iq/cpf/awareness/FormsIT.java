package iq.cpf.awareness;

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
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The forms an organiser keeps the campaign's people with, in a real browser: a school with its
 * contacts, a volunteer (in Arabic, on a phone) and, for administrators, the users with their role
 * and forums. Each form's result is read back through the API, so what the page saved is what the
 * API has; screenshots go to target/screenshots.
 */
@Tag("browser")
class FormsIT extends ApplicationTest {

    /** A phone's screen, as the issue measured it. */
    private static final int PHONE_WIDTH = 390;

    @Test
    void anOrganiserAddsASchoolWithTwoContactsThenEditsOneAndRemovesTheOther() {
        String organiser = fixtures.organiser("en");
        long forum = fixtures.home();
        String name = "ثانوية " + Api.unique("الأمل");
        String latin = Api.unique("Al-Amal Secondary");
        String head = Api.unique("head") + "@school.example";
        String counsellor = Api.unique("counsellor") + "@school.example";
        try (Browser browser = Browser.open(base.toString(), "en")) {
            browser.logIn(organiser, Fixtures.ORGANISER_PASSWORD);
            browser.find("#nav-schools").click();
            browser.click("#school\\:add");
            browser.type("#school\\:name", name);
            browser.type("#school\\:nameLatin", latin);
            assertEquals(
                    "Diyala",
                    browser.find("#school\\:governorate").getAttribute("value"),
                    "a new school is in the governorate of the organiser's forum");
            browser.type("#school\\:district_input", "Khan");
            browser.click("#school\\:district_panel li[data-item-value='Khanaqin']");
            new Select(browser.find("#school\\:level")).selectByValue("INTERMEDIATE");
            new Select(browser.find("#school\\:type")).selectByValue("GIRLS");
            browser.type("#school\\:students_input", "350");
            browser.type("#school\\:contacts\\:0\\:name", "Zainab Ali");
            browser.type("#school\\:contacts\\:0\\:email", head);
            new Select(browser.find("#school\\:contacts\\:0\\:language")).selectByValue("AR");
            browser.click("#school\\:add-contact");
            browser.type("#school\\:contacts\\:1\\:name", "Huda Hassan");
            browser.type("#school\\:contacts\\:1\\:email", "not an address");
            new Select(browser.find("#school\\:contacts\\:1\\:language")).selectByValue("CKB");
            browser.click("#school\\:save");
            assertTrue(
                    messageNextTo(browser, "#school\\:contacts\\:1\\:email")
                            .contains("must be an email address"),
                    "the API's refusal is shown next to the field it is about");
            browser.screenshot("forms-school-refused");

            browser.type("#school\\:contacts\\:1\\:email", counsellor);
            browser.click("#school\\:save");
            browser.waitForText("School \"" + name + "\" saved.");
        }
        JsonNode saved = onlySchool(latin);
        assertEquals(forum, saved.get("forumId").asLong(), saved::toString);
        assertEquals("Khanaqin", saved.get("district").asText());
        assertEquals("intermediate", saved.get("level").asText());
        assertEquals("girls", saved.get("type").asText());
        assertEquals(350, saved.get("students").asInt());
        assertEquals(List.of(head, counsellor), saved.get("contacts").findValuesAsText("email"));
        assertEquals("ckb", saved.get("contacts").get(1).get("language").asText());

        try (Browser browser = Browser.open(base.toString(), "en")) {
            browser.logIn(organiser, Fixtures.ORGANISER_PASSWORD);
            browser.go("/schools.xhtml");
            browser.type("#schools\\:query", latin);
            onlyRow(browser, "#schools\\:list", latin);
            browser.click("#schools\\:list\\:0\\:edit");
            browser.find("#school\\:contacts\\:1\\:name");
            assertEquals(List.of(), Axe.seriousViolations(browser), "the school form");
            browser.type("#school\\:contacts\\:1\\:name", "Huda Hassan Mahmoud");
            browser.type("#school\\:contacts\\:1\\:phone", "+964 770 123 4567");
            browser.click("#school\\:contacts\\:0\\:remove");
            assertTrue(
                    browser.visible("#school\\:confirm")
                            .getText()
                            .contains("Remove Zainab Ali from the contacts of this school?"),
                    "the confirmation names the contact");
            browser.screenshot("forms-school-confirm");
            browser.click("#school\\:confirm-yes");
            browser.waitForText("Contact Zainab Ali removed from the form");
            assertEquals(
                    "Huda Hassan Mahmoud",
                    browser.find("#school\\:contacts\\:0\\:name").getAttribute("value"),
                    "the edited contact is the one left, with what was typed before the removal");
            assertTrue(
                    browser.driver().findElements(By.id("school:contacts:1:name")).isEmpty(),
                    "one contact is left");
            onAPhone(browser);
            assertNothingWiderThanTheScreen(browser, "the school form");
            browser.screenshot("forms-school-phone");
            browser.click("#school\\:save");
            browser.waitForText("School \"" + name + "\" saved.");
        }
        JsonNode edited = onlySchool(latin);
        assertEquals(1, edited.get("contacts").size(), edited::toString);
        JsonNode left = edited.get("contacts").get(0);
        assertEquals("Huda Hassan Mahmoud", left.get("name").asText());
        assertEquals(counsellor, left.get("email").asText());
        assertEquals("+964 770 123 4567", left.get("phone").asText());
        assertEquals(saved.get("version").asInt() + 1, edited.get("version").asInt());
    }

    @Test
    void anOrganiserAddsAndEditsAVolunteerInArabicOnAPhone() {
        String organiser = fixtures.organiser("ar");
        long forum = fixtures.home();
        String tag = Api.unique("ليلى");
        String email = Api.unique("laila") + "@cpf.example";
        try (Browser browser = Browser.open(base.toString(), "ar")) {
            browser.logIn(organiser, Fixtures.ORGANISER_PASSWORD);
            onAPhone(browser);
            browser.go("/volunteers.xhtml");
            browser.waitForText("المتطوعون");
            assertEquals("rtl", browser.dir());
            browser.click("#volunteer\\:add");
            browser.find("#volunteer\\:name");
            assertEquals(List.of(), Axe.seriousViolations(browser), "the volunteer form");
            browser.type("#volunteer\\:name", tag);
            browser.type("#volunteer\\:email", "laila-at-nowhere");
            browser.click("#volunteer\\:languages input[value='CKB']");
            browser.click("#volunteer\\:save");
            assertFalse(
                    messageNextTo(browser, "#volunteer\\:email").isBlank(),
                    "the refusal stands next to the email field");
            assertNothingWiderThanTheScreen(browser, "the volunteer form in Arabic");
            browser.screenshot("forms-volunteer-ar-refused");

            browser.type("#volunteer\\:email", email);
            browser.type("#volunteer\\:phone", "0770 555 1234");
            browser.click("#volunteer\\:save");
            browser.waitForText("حُفظ المتطوع «" + tag + "»");
            browser.screenshot("forms-volunteer-ar");
        }
        JsonNode added = onlyVolunteer(tag);
        assertEquals(email, added.get("email").asText(), added::toString);
        assertEquals(forum, added.get("forumId").asLong());
        assertEquals(List.of("ar", "ckb"), texts(added.get("languages")));
        assertFalse(added.get("policeOfficer").asBoolean());

        try (Browser browser = Browser.open(base.toString(), "ar")) {
            browser.logIn(organiser, Fixtures.ORGANISER_PASSWORD);
            onAPhone(browser);
            browser.go("/volunteers.xhtml");
            browser.type("#roster\\:query", tag);
            onlyRow(browser, "#roster\\:list", email);
            browser.click("#roster\\:list\\:0\\:edit");
            assertEquals("0770 555 1234", browser.find("#volunteer\\:phone").getAttribute("value"));
            browser.type("#volunteer\\:phone", "0750 444 9876");
            browser.click("#volunteer\\:policeOfficer");
            new Select(browser.find("#volunteer\\:language")).selectByValue("CKB");
            browser.click("#volunteer\\:save");
            browser.waitForText("حُفظ المتطوع «" + tag + "»");
            browser.waitForText("0750 444 9876");
            assertNothingWiderThanTheScreen(browser, "the volunteers page in Arabic");
        }
        JsonNode edited = onlyVolunteer(tag);
        assertEquals("0750 444 9876", edited.get("phone").asText(), edited::toString);
        assertTrue(edited.get("policeOfficer").asBoolean());
        assertEquals("ckb", edited.get("language").asText());
        assertEquals(added.get("version").asInt() + 1, edited.get("version").asInt());
    }

    @Test
    void anAdministratorCreatesAnOrganiserOfOneForumWhoThenSeesOnlyIt() {
        Fixtures other = new Fixtures(api);
        long forum = fixtures.home();
        String forumName = admin.get("/api/forums/" + forum).json().get("name").asText();
        String mine = Api.unique("Campaign of the new organiser's forum");
        String theirs = Api.unique("Campaign of another forum");
        Fixtures.created(
                admin.post("/api/campaigns", fixtures.campaignBody(forum).put("name", mine)));
        Fixtures.created(
                admin.post("/api/campaigns", other.campaignBody(other.home()).put("name", theirs)));
        String email = Api.unique("new-organiser") + "@cpf.example";
        String password = "a long organiser secret";
        try (Browser browser = Browser.open(base.toString(), "en")) {
            browser.logIn(Api.ADMIN_EMAIL, Api.ADMIN_PASSWORD);
            browser.find("#nav-users").click();
            browser.click("#user\\:add");
            browser.type("#user\\:email", email);
            browser.type("#user\\:name", "Shirin Kareem");
            browser.type("#user\\:password", "short");
            new Select(browser.find("#user\\:role")).selectByValue("ORGANISER");
            chooseForum(browser, forumName, forum);
            assertEquals(List.of(), Axe.seriousViolations(browser), "the user form");
            browser.click("#user\\:save");
            assertTrue(
                    messageNextTo(browser, "#user\\:password").contains("between 12 and 128"),
                    "the password rules are the API's, told next to the field");

            browser.type("#user\\:password", password);
            browser.click("#user\\:save");
            browser.waitForText("User " + email + " saved.");
            browser.type("#users\\:query", email);
            onlyRow(browser, "#users\\:list", email);
            assertTrue(browser.find("#users\\:list").getText().contains(forumName));
            browser.screenshot("forms-users");
        }
        JsonNode user = userByEmail(email);
        assertEquals("organiser", user.get("role").asText(), user::toString);
        assertEquals(List.of(forum), longs(user.get("forumIds")));
        assertTrue(user.get("enabled").asBoolean());

        try (Browser browser = Browser.open(base.toString(), "en")) {
            browser.logIn(email, password);
            browser.go("/campaigns.xhtml");
            browser.waitForText(mine);
            assertFalse(browser.text().contains(theirs), "another forum's campaign is not listed");
            assertTrue(
                    browser.driver().findElements(By.id("nav-users")).isEmpty(),
                    "no users page in an organiser's menu");
            browser.go("/users.xhtml");
            browser.waitForText("Not allowed");
        }

        try (Browser browser = Browser.open(base.toString(), "en")) {
            browser.logIn(Api.ADMIN_EMAIL, Api.ADMIN_PASSWORD);
            browser.go("/users.xhtml");
            browser.type("#users\\:query", email);
            onlyRow(browser, "#users\\:list", email);
            browser.click("#users\\:list\\:0\\:toggle");
            browser.visible("#users\\:confirm");
            browser.click("#users\\:confirm-yes");
            browser.waitForText("Login " + email + " disabled.");
        }
        assertFalse(userByEmail(email).get("enabled").asBoolean());
        assertEquals(
                401,
                api.as(email, password).get("/api/users/me").status(),
                "a disabled login is refused");
    }

    /**
     * Opens the forums of the role's scope, finds the forum by its name with the picker's filter
     * and ticks it.
     */
    private static void chooseForum(Browser browser, String forumName, long forum) {
        browser.click("#user\\:forumIds .ui-selectcheckboxmenu-trigger");
        browser.type("#user\\:forumIds_panel input.ui-selectcheckboxmenu-filter", forumName);
        browser.click("#user\\:forumIds_panel li[data-item-value='" + forum + "'] .ui-chkbox-box");
        browser.click("#user\\:forumIds_panel .ui-selectcheckboxmenu-close");
    }

    /**
     * Waits until a table filtered by a search shows one row, the one with {@code text}: a click on
     * the first row before then could land on a row of the list as it was.
     */
    private static void onlyRow(Browser browser, String table, String text) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
                .ignoring(WebDriverException.class)
                .until(
                        d -> {
                            List<WebElement> rows =
                                    d.findElements(By.cssSelector(table + " tbody tr"));
                            return rows.size() == 1 && rows.get(0).getText().contains(text);
                        });
    }

    /**
     * The text of the message that stands next to a field (in the field's cell), once it is there:
     * looked up again on each try, since the answer replaces the form.
     */
    private static String messageNextTo(Browser browser, String field) {
        return new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
                .ignoring(WebDriverException.class)
                .until(
                        d -> {
                            List<WebElement> errors =
                                    d.findElement(By.cssSelector(field))
                                            .findElement(
                                                    By.xpath(
                                                            "ancestor::div[contains(@class, 'field')][1]"))
                                            .findElements(By.cssSelector(".ui-message-error"));
                            return errors.isEmpty() || errors.get(0).getText().isBlank()
                                    ? null
                                    : errors.get(0).getText();
                        });
    }

    /** The page as a 390 px wide phone shows it, touch and all. */
    private static void onAPhone(Browser browser) {
        ((ChromeDriver) browser.driver())
                .executeCdpCommand(
                        "Emulation.setDeviceMetricsOverride",
                        Map.of(
                                "width",
                                PHONE_WIDTH,
                                "height",
                                844,
                                "deviceScaleFactor",
                                3,
                                "mobile",
                                true));
    }

    private static void assertNothingWiderThanTheScreen(Browser browser, String what) {
        JavascriptExecutor js = (JavascriptExecutor) browser.driver();
        long width =
                ((Number) js.executeScript("return document.documentElement.scrollWidth"))
                        .longValue();
        long screen = ((Number) js.executeScript("return window.innerWidth")).longValue();
        assertTrue(
                width <= screen,
                () ->
                        what
                                + " is "
                                + width
                                + " px wide on a "
                                + screen
                                + " px screen; widest: "
                                + js.executeScript(
                                        "return [...document.querySelectorAll('body *')]"
                                                + ".filter(e => e.getBoundingClientRect().right > window.innerWidth + 1"
                                                + " || e.getBoundingClientRect().left < -1)"
                                                + ".slice(0, 5).map(e => e.tagName + '#' + e.id + '.' + e.className)"));
    }

    private JsonNode onlySchool(String latin) {
        return only("/api/schools", latin);
    }

    private JsonNode onlyVolunteer(String name) {
        return only("/api/volunteers", name);
    }

    private JsonNode userByEmail(String email) {
        return only("/api/users", email);
    }

    /** The one item of an API list that its search ({@code q}) finds. */
    private JsonNode only(String list, String query) {
        JsonNode found =
                admin.get(list + "?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8)).json();
        assertEquals(1, found.get("total").asInt(), found::toString);
        return found.get("items").get(0);
    }

    private static List<String> texts(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).map(JsonNode::asText).toList();
    }

    private static List<Long> longs(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).map(JsonNode::asLong).toList();
    }
}
