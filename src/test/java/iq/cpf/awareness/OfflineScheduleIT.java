package iq.cpf.awareness;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import iq.cpf.awareness.support.Browser;
import iq.cpf.awareness.support.Fixtures;
import iq.cpf.awareness.support.MovableClockTest;
import iq.cpf.awareness.support.Outage;
import java.time.Duration;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Issue 18, part 5: the volunteer's schedule on a phone that loses its signal. The browser reaches
 * the server through a line the test cuts ({@link Outage}), so the service worker is offline for
 * real; the server's clock is moved on so that one visit has started and waits for its report.
 */
@Tag("browser")
class OfflineScheduleIT extends MovableClockTest {

    private static final String CACHE = "awareness-schedule-v1";

    private record Scene(Fixtures.Login volunteer, long toReport, String laterSchool) {}

    /** A visit that starts in two days (reported once the clock moved three) and a later one. */
    private Scene scene() {
        Fixtures.Login volunteer = fixtures.volunteerLogin("en");
        long campaign = fixtures.campaign();
        long school = fixtures.school();
        JsonNode laterSchool =
                Fixtures.createdJson(admin.post("/api/schools", fixtures.schoolBody()));
        long toReport =
                Fixtures.created(
                        admin.post(
                                "/api/visits",
                                fixtures.visitBody(
                                        campaign,
                                        school,
                                        Fixtures.future(2, 9),
                                        60,
                                        volunteer.volunteerId())));
        Fixtures.created(
                admin.post(
                        "/api/visits",
                        fixtures.visitBody(
                                campaign,
                                laterSchool.get("id").asLong(),
                                Fixtures.future(12, 10),
                                60,
                                volunteer.volunteerId())));
        moveClock("P3D");
        return new Scene(volunteer, toReport, laterSchool.get("name").asText());
    }

    @Test
    void theScheduleReadsOfflineAndAReportFiledOfflineIsRecordedOnceBackOnline() {
        Scene s = scene();
        try (Outage line = Outage.to(base);
                Browser browser = Browser.open(line.base(), "en")) {
            browser.logIn(s.volunteer().email(), Fixtures.VOLUNTEER_PASSWORD);
            browser.go("/schedule.xhtml");
            browser.waitForText("Updated");
            browser.waitForText(s.laterSchool());
            awaitCached(browser);

            line.cut();
            browser.go("/schedule.xhtml");
            browser.waitForText("Offline: the schedule as it was.");
            browser.waitForText(s.laterSchool());
            String form = "#report-" + s.toReport();
            browser.type(form + "-girls", "21");
            browser.type(form + "-boys", "19");
            browser.type(form + "-teachers", "2");
            browser.click(form + "-send");
            browser.waitForText("Kept on this phone");
            assertEquals(
                    404,
                    admin.get("/api/visits/" + s.toReport() + "/participation").status(),
                    "nothing reached the server while offline");

            line.restore();
            browser.go("/schedule.xhtml");
            browser.waitForText("Report received");
            browser.go("/schedule.xhtml");
            browser.waitForText("Updated");

            JsonNode report = admin.get("/api/visits/" + s.toReport() + "/participation").json();
            assertEquals(21, report.get("girls").asInt(), report::toString);
            assertEquals(19, report.get("boys").asInt(), report::toString);
            assertEquals(
                    1,
                    admin.get("/api/visits/" + s.toReport() + "/participation/history")
                            .json()
                            .size(),
                    "recorded once");

            browser.click("#logout\\:submit");
            new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
                    .until(d -> d.getCurrentUrl().contains("login.xhtml"));
            Object left =
                    ((JavascriptExecutor) browser.driver())
                            .executeAsyncScript(
                                    "var done = arguments[arguments.length - 1];"
                                            + "caches.keys().then(function (k) {"
                                            + " navigator.serviceWorker.getRegistrations().then(function (r) {"
                                            + "  done(k.length + r.length + (localStorage.length || 0)); }); });");
            assertEquals(0L, left, "logging out leaves nothing of the schedule on a shared phone");
        }
    }

    /** Waits until the page, its schedule and its scripts are in the phone's cache. */
    private static void awaitCached(Browser browser) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(30))
                .until(
                        d -> {
                            Object keys =
                                    ((JavascriptExecutor) d)
                                            .executeAsyncScript(
                                                    "var done = arguments[arguments.length - 1];"
                                                            + "caches.open('"
                                                            + CACHE
                                                            + "').then(function (c) { return c.keys(); })"
                                                            + ".then(function (k) { done(k.map(function (r) { return r.url; }).join(' ')); });");
                            String cached = String.valueOf(keys);
                            boolean controlled =
                                    Boolean.TRUE.equals(
                                            ((JavascriptExecutor) d)
                                                    .executeScript(
                                                            "return navigator.serviceWorker.controller !== null;"));
                            return controlled
                                    && cached.contains("/schedule.xhtml")
                                    && cached.contains("/api/me/schedule")
                                    && cached.contains("schedule.js");
                        });
    }
}
