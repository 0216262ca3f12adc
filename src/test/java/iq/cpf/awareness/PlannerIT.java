package iq.cpf.awareness;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import iq.cpf.awareness.support.Api;
import iq.cpf.awareness.support.ApplicationTest;
import iq.cpf.awareness.support.Browser;
import iq.cpf.awareness.support.Fixtures;
import iq.cpf.awareness.support.Mailbox;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The visit planner in a real browser: times in the campaign's zone whatever the browser's, status
 * shown by colour and strike-through, one dialog to plan, change and cancel a visit (cancelling
 * asks first), an ordered team, and a calendar that stays on the month being looked at.
 */
@Tag("browser")
class PlannerIT extends ApplicationTest {

    @RegisterExtension static GreenMailExtension mail = Mailbox.server();

    private static final ZoneId BAGHDAD = ZoneId.of("Asia/Baghdad");

    @Test
    void anOrganiserInNewYorkPlansAVisitInBaghdadTimeWithAnOrderedTeamAndMovesIt() {
        String organiser = fixtures.organiser("en");
        long campaign = fixtures.campaign();
        ObjectNode schoolBody = fixtures.schoolBody();
        String schoolName = schoolBody.get("name").asText();
        long school = Fixtures.created(admin.post("/api/schools", schoolBody));
        ObjectNode firstBody = fixtures.volunteerBody();
        ObjectNode secondBody = fixtures.volunteerBody();
        long first = Fixtures.created(admin.post("/api/volunteers", firstBody));
        long second = Fixtures.created(admin.post("/api/volunteers", secondBody));
        LocalDate day = LocalDate.now(BAGHDAD).plusDays(2);
        try (Browser browser = Browser.open(base.toString(), "en", "America/New_York")) {
            browser.logIn(organiser, Fixtures.ORGANISER_PASSWORD);
            browser.find("#nav-planner").click();
            assertTrue(
                    browser.find("#planner\\:zone").getText().contains("Asia/Baghdad"),
                    "the planner says which zone its times are in");
            openDay(browser, day);
            assertEquals(
                    DateTimeFormatter.ofPattern("dd/MM/yyyy").format(day) + " 09:00",
                    browser.find("#planner\\:start_input").getAttribute("value"),
                    "a click on a day proposes 09:00 there, not in New York");
            new Select(browser.find("#planner\\:campaign")).selectByValue(String.valueOf(campaign));
            new Select(browser.find("#planner\\:school")).selectByValue(String.valueOf(school));
            chooseVolunteer(browser, firstBody.get("name").asText());
            chooseVolunteer(browser, secondBody.get("name").asText());
            browser.click("#planner\\:team li.ui-orderlist-item[data-item-value='" + second + "']");
            browser.click("#planner\\:team .ui-orderlist-button-move-up");
            new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
                    .ignoring(StaleElementReferenceException.class)
                    .until(
                            d ->
                                    String.valueOf(second)
                                            .equals(
                                                    d.findElement(
                                                                    By.cssSelector(
                                                                            "#planner\\:team li.ui-orderlist-item"))
                                                            .getAttribute("data-item-value")));
            browser.screenshot("planner-dialog");
            browser.click("#planner\\:schedule-visit");
            browser.waitForText("Visit scheduled");
            browser.visible("td.fc-daygrid-day[data-date='" + day + "'] .fc-event.visit-planned");
            assertTrue(
                    browser.find("td.fc-daygrid-day[data-date='" + day + "'] .fc-event")
                            .getAttribute("textContent")
                            .contains("09:00"),
                    "the event shows the Baghdad time");
            browser.screenshot("planner");
        }
        JsonNode scheduled = admin.get("/api/visits?schoolId=" + school).json().get("items").get(0);
        var start =
                OffsetDateTime.parse(scheduled.get("start").asText()).atZoneSameInstant(BAGHDAD);
        assertEquals(day, start.toLocalDate());
        assertEquals(9, start.getHour());
        assertEquals(second, scheduled.get("leadVolunteerId").asLong(), "moved up, so leads");
        assertEquals(first, scheduled.get("volunteerIds").get(1).asLong());
        long visit = scheduled.get("id").asLong();

        LocalDate later = day.plusDays(1);
        try (Browser browser = Browser.open(base.toString(), "en", "America/New_York")) {
            browser.logIn(organiser, Fixtures.ORGANISER_PASSWORD);
            browser.go("/planner.xhtml");
            dragVisit(browser, schoolName, day, later);
            browser.waitForText("moved");
        }
        var moved = admin.get("/api/visits/" + visit).json();
        var movedStart =
                OffsetDateTime.parse(moved.get("start").asText()).atZoneSameInstant(BAGHDAD);
        assertEquals(later, movedStart.toLocalDate());
        assertEquals(9, movedStart.getHour(), "a drag keeps the time of day");
        assertEquals(1, moved.get("sequence").asInt(), "the move raised the invitation's SEQUENCE");
    }

    @Test
    void theDialogShowsTheTimeChangesTheLessonsAndCancellingAsksFirst() throws Exception {
        String organiser = fixtures.organiser("en");
        long campaign = fixtures.campaign();
        ObjectNode schoolBody = fixtures.schoolBody();
        String schoolName = schoolBody.get("name").asText();
        long school = Fixtures.created(admin.post("/api/schools", schoolBody));
        LocalDate day = LocalDate.now(BAGHDAD).plusDays(3);
        OffsetDateTime nine = day.atTime(9, 0).atZone(BAGHDAD).toOffsetDateTime();
        long visit =
                Fixtures.created(
                        admin.post(
                                "/api/visits",
                                fixtures.visitBody(
                                        campaign, school, nine, 90, fixtures.volunteer())));
        String event = "td.fc-daygrid-day[data-date='" + day + "'] .fc-event";
        try (Browser browser = Browser.open(base.toString(), "en", "UTC")) {
            browser.logIn(organiser, Fixtures.ORGANISER_PASSWORD);
            browser.go("/planner.xhtml");
            browser.visible(event + ".visit-planned");
            assertTrue(
                    browser.find(event).getAttribute("textContent").contains("09:00"),
                    "09:00 in Baghdad is shown as 09:00 in a UTC browser too");
            browser.click(event);
            browser.visible("#planner\\:dialog");
            assertTrue(browser.find("#selected-status").getText().contains("planned"));
            assertEquals(
                    DateTimeFormatter.ofPattern("dd/MM/yyyy").format(day) + " 09:00",
                    browser.find("#planner\\:start_input").getAttribute("value"));
            new Select(browser.find("#planner\\:materials")).selectByIndex(0);
            browser.click("#planner\\:save-visit");
            browser.waitForText("saved");
            await("the lesson is stored")
                    .atMost(Duration.ofSeconds(10))
                    .until(
                            () ->
                                    admin.get("/api/visits/" + visit)
                                            .json()
                                            .get("materialIds")
                                            .size(),
                            lessons -> lessons == 1);
            new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
                    .until(
                            ExpectedConditions.invisibilityOfElementLocated(
                                    By.cssSelector("#planner\\:dialog")));

            browser.go("/planner.xhtml");
            browser.click(event);
            browser.visible("#planner\\:dialog");
            // Set as the page would have it after typing: Chromium's typing into a field below the
            // fold of
            // the dialog's scrolled content does not always land in it.
            WebElement reason = browser.visible("#planner\\:reason");
            ((JavascriptExecutor) browser.driver())
                    .executeScript(
                            "arguments[0].value = arguments[1];"
                                    + " arguments[0].dispatchEvent(new Event('change', {bubbles: true}));",
                            reason,
                            "The school is closed for exams that week.");
            browser.click("#planner\\:cancel-visit");
            browser.visible("#planner\\:cancel-confirm");
            browser.click("#planner\\:confirm-no");
            browser.visible("#planner\\:cancel-visit");
            assertEquals(
                    "planned",
                    admin.get("/api/visits/" + visit).json().get("status").asText(),
                    "nothing is cancelled until the organiser confirms");
            browser.click("#planner\\:cancel-visit");
            browser.visible("#planner\\:cancel-confirm");
            browser.click("#planner\\:confirm-yes");
            browser.waitForText("Visit cancelled");
            WebElement cancelled = browser.visible(event + ".visit-cancelled");
            assertFalse(
                    cancelled.getAttribute("class").contains("fc-event-draggable"),
                    "a cancelled visit cannot be dragged");
            assertTrue(
                    browser.find(".legend").getText().contains("cancelled"),
                    "the legend explains the colours");
            browser.screenshot("planner-cancelled");
            browser.click("#planner\\:show-cancelled");
            new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
                    .until(ExpectedConditions.numberOfElementsToBe(By.cssSelector(event), 0));
            assertTrue(
                    browser.driver().getCurrentUrl().contains("planner"),
                    "filtering stays on the planner");
        }
        var cancelled = admin.get("/api/visits/" + visit).json();
        assertEquals("cancelled", cancelled.get("status").asText());
        assertEquals(
                "The school is closed for exams that week.",
                cancelled.get("cancellationReason").asText());
        String contact = schoolBody.get("contacts").get(0).get("email").asText();
        List<MimeMessage> cancellations =
                Mailbox.await(
                        mail,
                        contact,
                        1,
                        m ->
                                String.valueOf(Mailbox.contentType(m, "text/calendar"))
                                        .contains("CANCEL"),
                        Duration.ofSeconds(30));
        assertEquals(1, cancellations.size(), "one cancellation, sent after the confirmation");
        assertTrue(
                Mailbox.part(cancellations.get(0), "text/plain").contains("closed for exams"),
                "the reason reaches the school at " + schoolName);
    }

    /**
     * Issue 17, part 5: the organiser asks for a proposal in the planner, sees it as drafts, drags
     * one to another day (which locks it there) and commits: the visits are scheduled where the
     * drafts were left.
     */
    @Test
    void aProposalIsDraftsThatAreDraggedAndCommittedFromThePlanner() {
        long forum = fixtures.forum();
        long campaign =
                Fixtures.created(admin.post("/api/campaigns", fixtures.campaignBody(forum)));
        String district = Api.unique("Jalawla");
        List<String> schools = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            ObjectNode body = fixtures.schoolBody().put("forumId", forum).put("district", district);
            schools.add(body.get("name").asText());
            Fixtures.created(admin.post("/api/schools", body));
        }
        for (int i = 0; i < 2; i++) {
            Fixtures.created(
                    admin.post("/api/volunteers", fixtures.volunteerBody().put("forumId", forum)));
        }
        // Three days from tomorrow: always within the month grid on show, whatever today is.
        LocalDate first = LocalDate.now(BAGHDAD).plusDays(1);
        LocalDate last = first.plusDays(2);
        String organiser = fixtures.organiser("en", forum);
        try (Browser browser = Browser.open(base.toString(), "en")) {
            browser.logIn(organiser, Fixtures.ORGANISER_PASSWORD);
            browser.go("/planner.xhtml");
            browser.click("#planner\\:plan-panel .ui-fieldset-legend");
            new Select(browser.visible("#planner\\:plan-campaign"))
                    .selectByValue(String.valueOf(campaign));
            new Select(browser.find("#planner\\:district")).selectByValue(district);
            browser.date("planner:from", first.toString());
            browser.date("planner:to", last.toString());
            browser.type("#planner\\:secondsLimit", "3");
            browser.click("#planner\\:propose");
            browser.waitForText("visits placed");
            Matcher number =
                    Pattern.compile("Proposal (\\d+)")
                            .matcher(browser.find("#plan-status").getText());
            assertTrue(number.find(), browser.find("#plan-status").getText());
            long plan = Long.parseLong(number.group(1));
            browser.visible(".fc-event.visit-draft");
            browser.screenshot("planner-proposal");

            String moving = schools.get(0);
            LocalDate was = draftDay(browser, moving);
            LocalDate free = draftDay(browser, schools.get(1));
            LocalDate to = first;
            while (to.equals(was) || to.equals(free)) {
                to = to.plusDays(1);
            }
            dragVisit(browser, moving, was, to);
            browser.waitForText("moved and locked");
            JsonNode moved = draftOf(admin.get("/api/plans/" + plan).json(), moving);
            assertEquals(
                    to,
                    OffsetDateTime.parse(moved.get("start").asText())
                            .atZoneSameInstant(BAGHDAD)
                            .toLocalDate());
            assertTrue(moved.get("locked").asBoolean(), "a dragged draft is locked: " + moved);
            browser.visible(".fc-event.visit-draft.visit-locked");

            browser.click("#planner\\:commit-plan");
            browser.waitForText("2 visits scheduled");
            JsonNode visits = admin.get("/api/visits?campaignId=" + campaign).json();
            assertEquals(2, visits.get("total").asInt(), visits::toString);
            LocalDate committed = to;
            assertTrue(
                    visits.get("items").findValues("start").stream()
                            .anyMatch(
                                    start ->
                                            OffsetDateTime.parse(start.asText())
                                                    .atZoneSameInstant(BAGHDAD)
                                                    .toLocalDate()
                                                    .equals(committed)),
                    "the visit is where the draft was left: " + visits);
            browser.visible("td.fc-daygrid-day[data-date='" + to + "'] .fc-event.visit-planned");
        }
    }

    private static LocalDate draftDay(Browser browser, String school) {
        return await("the draft at " + school)
                .atMost(Duration.ofSeconds(20))
                .ignoreExceptionsInstanceOf(StaleElementReferenceException.class)
                .until(
                        () ->
                                browser
                                        .driver()
                                        .findElements(By.cssSelector("td.fc-daygrid-day"))
                                        .stream()
                                        .filter(
                                                day ->
                                                        day
                                                                .findElements(
                                                                        By.cssSelector(
                                                                                ".fc-event.visit-draft"))
                                                                .stream()
                                                                .anyMatch(
                                                                        e ->
                                                                                String.valueOf(
                                                                                                e
                                                                                                        .getAttribute(
                                                                                                                "textContent"))
                                                                                        .contains(
                                                                                                school)))
                                        .map(day -> LocalDate.parse(day.getAttribute("data-date")))
                                        .findFirst()
                                        .orElse(null),
                        day -> day != null);
    }

    private static JsonNode draftOf(JsonNode plan, String school) {
        for (JsonNode visit : plan.get("visits")) {
            if (visit.get("schoolName").asText().equals(school)) {
                return visit;
            }
        }
        throw new AssertionError("no draft at " + school + " in " + plan);
    }

    @Test
    void theCalendarStaysOnTheMonthBeingLookedAt() {
        String organiser = fixtures.organiser("en");
        long campaign = fixtures.campaign();
        long school = fixtures.school();
        ObjectNode volunteer = fixtures.volunteerBody();
        Fixtures.created(admin.post("/api/volunteers", volunteer));
        LocalDate nextMonth = LocalDate.now(BAGHDAD).plusMonths(1).withDayOfMonth(15);
        try (Browser browser = Browser.open(base.toString(), "en", "UTC")) {
            browser.logIn(organiser, Fixtures.ORGANISER_PASSWORD);
            browser.go("/planner.xhtml");
            browser.click(".fc-next-button");
            String title = browser.visible(".fc-toolbar-title").getText();
            openDay(browser, nextMonth);
            new Select(browser.find("#planner\\:campaign")).selectByValue(String.valueOf(campaign));
            new Select(browser.find("#planner\\:school")).selectByValue(String.valueOf(school));
            chooseVolunteer(browser, volunteer.get("name").asText());
            browser.click("#planner\\:schedule-visit");
            browser.waitForText("Visit scheduled");
            browser.visible("td.fc-daygrid-day[data-date='" + nextMonth + "'] .fc-event");
            assertEquals(
                    title,
                    browser.find(".fc-toolbar-title").getText(),
                    "scheduling does not jump back to the current month");
        }
    }

    @Test
    void arabicPlannerIsRightToLeftWithOneDigitStyle() {
        String organiser = fixtures.organiser("ar");
        long campaign = fixtures.campaign();
        long school = fixtures.school();
        LocalDate day = LocalDate.now(BAGHDAD).plusDays(4);
        Fixtures.created(
                admin.post(
                        "/api/visits",
                        fixtures.visitBody(
                                campaign,
                                school,
                                day.atTime(9, 0).atZone(BAGHDAD).toOffsetDateTime(),
                                90,
                                fixtures.volunteer())));
        try (Browser browser = Browser.open(base.toString(), "ar", "UTC")) {
            browser.logIn(organiser, Fixtures.ORGANISER_PASSWORD);
            browser.go("/planner.xhtml");
            String text =
                    browser.visible("td.fc-daygrid-day[data-date='" + day + "'] .fc-event")
                            .getAttribute("textContent");
            assertTrue(
                    text.contains("09:00"), "Western digits, as on the rest of the page: " + text);
            assertTrue(
                    browser.find(".fc").getAttribute("class").contains("fc-direction-rtl"),
                    "the calendar runs right to left");
            assertFalse(
                    browser.find(".fc-toolbar-title").getText().matches(".*[\u0660-\u0669].*"),
                    "no Arabic-Indic digits beside Western ones");
            browser.screenshot("planner-ar");
        }
    }

    /**
     * Types part of a volunteer's name into the team picker and picks them from the suggestions.
     */
    private static void chooseVolunteer(Browser browser, String name) {
        browser.type("#planner\\:volunteers_input", name);
        browser.click("li.ui-autocomplete-item[data-item-label='" + name + "']");
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
                .ignoring(StaleElementReferenceException.class)
                .until(
                        d ->
                                d.findElement(By.cssSelector("#planner\\:team"))
                                        .getText()
                                        .contains(name));
    }

    private static void openDay(Browser browser, LocalDate day) {
        await("the dialog of " + day + " opens")
                .atMost(Duration.ofSeconds(25))
                .pollDelay(Duration.ZERO)
                .pollInterval(Duration.ofMillis(200))
                // The browser is driven from the test's thread only, also when the deadline cuts an
                // attempt short.
                .pollInSameThread()
                .ignoreExceptionsInstanceOf(TimeoutException.class)
                .until(
                        () -> {
                            browser.click(
                                    "td.fc-daygrid-day[data-date='"
                                            + day
                                            + "'] .fc-daygrid-day-frame");
                            return new WebDriverWait(browser.driver(), Duration.ofSeconds(7))
                                            .until(
                                                    ExpectedConditions.visibilityOfElementLocated(
                                                            By.cssSelector("#planner\\:dialog")))
                                    != null;
                        });
    }

    /**
     * Drags the school's visit from one day to another. FullCalendar may draw its events once more
     * after they first appear (the lazy model's events arrive by Ajax), and a drag that starts on
     * the element being replaced does nothing: so the drag is repeated, each given a few seconds to
     * land, until the visit shows on the new day.
     */
    private static void dragVisit(Browser browser, String school, LocalDate from, LocalDate to) {
        String onTarget = "td.fc-daygrid-day[data-date='" + to + "'] .fc-event";
        await("the visit at " + school + " dragged to " + to)
                .atMost(Duration.ofSeconds(25))
                .pollDelay(Duration.ZERO)
                .pollInterval(Duration.ofMillis(200))
                .pollInSameThread()
                .ignoreExceptionsInstanceOf(StaleElementReferenceException.class)
                .ignoreExceptionsInstanceOf(TimeoutException.class)
                .until(
                        () -> {
                            var event =
                                    browser.visible(
                                            "td.fc-daygrid-day[data-date='"
                                                    + from
                                                    + "'] .fc-event");
                            var ours =
                                    browser
                                            .driver()
                                            .findElements(
                                                    By.cssSelector(
                                                            "td.fc-daygrid-day[data-date='"
                                                                    + from
                                                                    + "'] .fc-event"))
                                            .stream()
                                            .filter(
                                                    e ->
                                                            String.valueOf(
                                                                            e.getAttribute(
                                                                                    "textContent"))
                                                                    .contains(school))
                                            .findFirst()
                                            .orElse(event);
                            var target =
                                    browser.find(
                                            "td.fc-daygrid-day[data-date='"
                                                    + to
                                                    + "'] .fc-daygrid-day-frame");
                            // The auto-plan panel may push the calendar below the window.
                            ((JavascriptExecutor) browser.driver())
                                    .executeScript(
                                            "arguments[0].scrollIntoView({block: 'center'});",
                                            ours);
                            new Actions(browser.driver())
                                    .clickAndHold(ours)
                                    .moveByOffset(5, 5)
                                    .moveToElement(target)
                                    .moveByOffset(2, 2)
                                    .release()
                                    .perform();
                            return new WebDriverWait(browser.driver(), Duration.ofSeconds(5))
                                    .ignoring(WebDriverException.class)
                                    .until(
                                            d ->
                                                    d
                                                            .findElements(By.cssSelector(onTarget))
                                                            .stream()
                                                            .anyMatch(
                                                                    e ->
                                                                            String.valueOf(
                                                                                            e
                                                                                                    .getAttribute(
                                                                                                            "textContent"))
                                                                                    .contains(
                                                                                            school)));
                        });
    }
}
