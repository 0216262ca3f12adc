package iq.cpf.awareness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import iq.cpf.awareness.support.ApplicationTest;
import iq.cpf.awareness.support.Axe;
import iq.cpf.awareness.support.Browser;
import iq.cpf.awareness.support.Fixtures;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.Select;

/**
 * A volunteer keeps their own availability on "My visits", in Arabic (right to left): what the page
 * saves is what the API then reads, and hours that end before they start are refused next to their
 * row, with nothing written.
 */
@Tag("browser")
class AvailabilityPageIT extends ApplicationTest {

    /** The Arabic of {@code availability.window.order}, the API's own message. */
    private static final String BACKWARDS = "يجب أن تنتهي بعد أن تبدأ";

    @Test
    void aVolunteerKeepsTheirHoursDatesAwayAndMostVisitsInArabic() {
        Fixtures.Login volunteer = fixtures.volunteerLogin("ar");
        String away = LocalDate.now(ZoneId.of("Asia/Baghdad")).plusDays(30).toString();
        try (Browser browser = open(volunteer)) {
            browser.click("#availability\\:add-window");
            new Select(browser.find("#availability\\:windows\\:0\\:day")).selectByValue("SUNDAY");
            time(browser, "availability:windows:0:start", "08:00");
            time(browser, "availability:windows:0:end", "12:00");
            browser.click("#availability\\:add-away");
            browser.date("availability:away:0:from", away);
            browser.date("availability:away:0:to", away);
            browser.type("#availability\\:maxVisitsPerWeek", "3");
            assertEquals(List.of(), Axe.seriousViolations(browser), "the availability form");
            browser.click("#availability\\:save");
            browser.waitForText("حُفظت أوقاتك المتاحة.");
            browser.screenshot("my-availability-ar");
        }
        JsonNode saved =
                admin.get("/api/volunteers/" + volunteer.volunteerId() + "/availability").json();
        assertEquals(3, saved.get("maxVisitsPerWeek").asInt(), saved::toString);
        assertEquals(1, saved.get("windows").size(), saved::toString);
        JsonNode window = saved.get("windows").get(0);
        assertEquals("sunday", window.get("day").asText());
        assertTrue(window.get("start").asText().startsWith("08:00"), saved::toString);
        assertTrue(window.get("end").asText().startsWith("12:00"), saved::toString);
        assertEquals(1, saved.get("away").size(), saved::toString);
        assertEquals(away, saved.get("away").get(0).get("from").asText());
        assertEquals(away, saved.get("away").get(0).get("to").asText());
    }

    @Test
    void hoursThatEndBeforeTheyStartAreRefusedNextToTheirRow() {
        Fixtures.Login volunteer = fixtures.volunteerLogin("ar");
        try (Browser browser = open(volunteer)) {
            browser.click("#availability\\:add-window");
            new Select(browser.find("#availability\\:windows\\:0\\:day")).selectByValue("MONDAY");
            time(browser, "availability:windows:0:start", "12:00");
            time(browser, "availability:windows:0:end", "08:00");
            browser.click("#availability\\:save");
            browser.waitForText(BACKWARDS);
            String row =
                    browser.driver()
                            .findElement(
                                    By.xpath(
                                            "//*[@id='availability:windows:0:end']"
                                                    + "/ancestor::fieldset"))
                            .getText();
            assertTrue(row.contains(BACKWARDS), () -> "told on the row itself: " + row);
            browser.screenshot("my-availability-refused-ar");
        }
        assertTrue(
                admin.get("/api/volunteers/" + volunteer.volunteerId() + "/availability")
                        .json()
                        .get("windows")
                        .isEmpty(),
                "nothing written");
    }

    private Browser open(Fixtures.Login volunteer) {
        Browser browser = Browser.open(base.toString(), "ar");
        try {
            browser.logIn(volunteer.email(), Fixtures.VOLUNTEER_PASSWORD);
            browser.go("/my-visits.xhtml");
            browser.waitForText("أوقاتي المتاحة");
            assertEquals("rtl", browser.dir());
            return browser;
        } catch (RuntimeException | AssertionError failed) {
            browser.close();
            throw failed;
        }
    }

    /** A time input is filled as its value: typing into one depends on the browser's locale. */
    private static void time(Browser browser, String id, String value) {
        ((JavascriptExecutor) browser.driver())
                .executeScript(
                        "arguments[0].value = arguments[1];",
                        browser.driver().findElement(By.id(id)),
                        value);
    }
}
