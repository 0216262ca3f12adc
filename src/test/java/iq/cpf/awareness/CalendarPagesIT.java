package iq.cpf.awareness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import iq.cpf.awareness.support.Api;
import iq.cpf.awareness.support.ApplicationTest;
import iq.cpf.awareness.support.Axe;
import iq.cpf.awareness.support.Browser;
import iq.cpf.awareness.support.Fixtures;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.Select;

/**
 * The calendars page in a real browser: an administrator keeps a governorate's calendar (in Arabic,
 * right to left), an organiser gives a school its shift and is refused hours that end before they
 * start, next to the field. What the page saved is read back through the API.
 */
@Tag("browser")
class CalendarPagesIT extends ApplicationTest {

    @Test
    void anAdministratorKeepsAGovernoratesCalendarInArabic() {
        String governorate = Api.unique("Dohuk");
        try (Browser browser = Browser.open(base.toString(), "ar")) {
            browser.logIn(Api.ADMIN_EMAIL, Api.ADMIN_PASSWORD);
            browser.go("/calendars.xhtml");
            browser.waitForText("التقاويم المدرسية");
            assertEquals("rtl", browser.dir());
            browser.type("#governorate-calendar\\:governorate_input", governorate + Keys.TAB);
            browser.find("#governorate-calendar\\:add-period");
            assertTrue(
                    checkedDays(browser).containsAll(List.of("FRIDAY", "SATURDAY")),
                    "a new calendar has Friday and Saturday off");
            browser.click("#governorate-calendar\\:add-period");
            new Select(browser.find("#governorate-calendar\\:periods\\:0\\:kind"))
                    .selectByValue("HOLIDAY");
            browser.type("#governorate-calendar\\:periods\\:0\\:name", "عيد الفطر");
            browser.date("governorate-calendar:periods:0:from", "2027-03-09");
            browser.date("governorate-calendar:periods:0:to", "2027-03-12");
            assertEquals(List.of(), Axe.seriousViolations(browser), "the calendars page");
            browser.click("#governorate-calendar\\:save");
            browser.waitForText("حُفظ تقويم " + governorate);
            browser.screenshot("calendars-governorate-ar");
        }
        JsonNode calendar = admin.get("/api/calendars/" + governorate).json();
        assertEquals(List.of("friday", "saturday"), texts(calendar.get("daysOff")));
        JsonNode period = calendar.get("periods").get(0);
        assertEquals("holiday", period.get("kind").asText());
        assertEquals("عيد الفطر", period.get("name").asText());
        assertEquals("2027-03-09", period.get("from").asText());
        assertEquals("2027-03-12", period.get("to").asText());
    }

    @Test
    void anOrganiserGivesASchoolItsShiftAndIsToldWhenItsHoursAreBackwards() {
        String organiser = fixtures.organiser("en");
        String latin = Api.unique("Shift school");
        long school =
                Fixtures.created(
                        admin.post(
                                "/api/schools",
                                fixtures.schoolBody().put("name", latin).put("nameLatin", latin)));
        try (Browser browser = Browser.open(base.toString(), "en")) {
            browser.logIn(organiser, Fixtures.ORGANISER_PASSWORD);
            browser.find("#nav-calendars").click();
            new Select(browser.find("#school-calendar\\:school"))
                    .selectByValue(String.valueOf(school));
            browser.find("#school-calendar\\:shift");
            new Select(browser.find("#school-calendar\\:shift")).selectByValue("AFTERNOON");
            time(browser, "school-calendar:shiftStart", "17:00");
            time(browser, "school-calendar:shiftEnd", "12:30");
            browser.click("#school-calendar\\:save");
            browser.waitForText("the shift's hours are given both or neither");
            time(browser, "school-calendar:shiftStart", "12:30");
            time(browser, "school-calendar:shiftEnd", "17:00");
            browser.click("#school-calendar\\:save");
            browser.waitForText("Calendar of " + latin + " saved.");
        }
        JsonNode calendar = admin.get("/api/schools/" + school + "/calendar").json();
        assertEquals("afternoon", calendar.get("shift").asText(), calendar::toString);
        assertTrue(calendar.get("shiftStart").asText().startsWith("12:30"), calendar::toString);
        assertTrue(calendar.get("shiftEnd").asText().startsWith("17:00"), calendar::toString);
    }

    /** A time input is filled as its value: typing into one depends on the browser's locale. */
    private static void time(Browser browser, String id, String value) {
        ((JavascriptExecutor) browser.driver())
                .executeScript(
                        "arguments[0].value = arguments[1];",
                        browser.driver().findElement(By.id(id)),
                        value);
    }

    private static List<String> checkedDays(Browser browser) {
        return browser
                .driver()
                .findElements(By.cssSelector("#governorate-calendar\\:daysOff input:checked"))
                .stream()
                .map(e -> e.getAttribute("value"))
                .toList();
    }

    private static List<String> texts(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).map(JsonNode::asText).toList();
    }
}
