package iq.cpf.awareness;

import static org.junit.jupiter.api.Assertions.assertTrue;

import iq.cpf.awareness.support.ApplicationTest;
import iq.cpf.awareness.support.Browser;
import iq.cpf.awareness.support.Fixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;

/**
 * Every main page in English and Arabic, on a desktop and on a 390 px phone: nothing wider than the
 * screen, table headers aligned with their cells, and a screenshot of each kept in
 * docs/screenshots, so that the manual shows the pages as they are.
 */
@Tag("browser")
class ScreensIT extends ApplicationTest {

    private static final Path DOCS = Path.of("docs", "screenshots");

    private static final List<String> ORGANISER_PAGES =
            List.of(
                    "index",
                    "planner",
                    "campaigns",
                    "schools",
                    "volunteers",
                    "materials",
                    "reports",
                    "outbox",
                    "trainings");

    /**
     * Wider than the viewport, by element: each element whose right edge passes the screen's, or
     * whose left edge is left of it, named by its id or classes.
     */
    private static final String OVERFLOW =
            """
            const width = document.documentElement.clientWidth;
            const out = [];
            if (document.documentElement.scrollWidth > width + 1) {
              for (const e of document.querySelectorAll('body *')) {
                const r = e.getBoundingClientRect();
                if (r.width > 0 && (r.right > width + 1 || r.left < -1)
                    && getComputedStyle(e).position !== 'fixed'
                    && !e.closest('.ui-dialog, .ui-overlaypanel, .ui-growl, [aria-hidden=true]')) {
                  out.push((e.id || e.tagName.toLowerCase() + '.' + e.className) + ' ' + Math.round(r.left)
                      + '..' + Math.round(r.right));
                }
              }
            }
            return out.slice(0, 5).join('; ');
            """;

    /**
     * Each table column whose header is aligned otherwise than its first cell; the calendar's grid
     * is not a table of data.
     */
    private static final String MISALIGNED =
            """
            const out = [];
            for (const table of document.querySelectorAll('table')) {
              if (table.closest('.fc')) continue; // a calendar's day names are centred over their days
              const heads = table.querySelectorAll('thead th');
              const row = table.querySelector('tbody tr:not(.ui-datatable-empty-message)');
              if (!row || heads.length === 0) continue;
              const cells = row.querySelectorAll('td');
              heads.forEach((th, i) => {
                if (th.getClientRects().length === 0) return; // a reflowed table hides its headers on a phone
                const td = cells[i];
                if (!td || td.colSpan > 1) return;
                const side = e => {
                  const a = getComputedStyle(e).textAlign;
                  const rtl = getComputedStyle(e).direction === 'rtl';
                  return a === 'start' ? (rtl ? 'right' : 'left') : a === 'end' ? (rtl ? 'left' : 'right') : a;
                };
                if (side(th) !== side(td)) out.push((table.id || 'table') + ' column ' + (i + 1)
                    + ': header ' + side(th) + ', cells ' + side(td));
              });
            }
            return out.join('; ');
            """;

    @Test
    void everyMainPageFitsAPhoneAndItsHeadersAlignInEnglishAndArabic() throws IOException {
        String organiser = fixtures.organiser("en");
        Fixtures.Login volunteer = fixtures.volunteerLogin("en");
        Fixtures.created(
                admin.post(
                        "/api/visits",
                        fixtures.visitBody(
                                fixtures.campaign(),
                                fixtures.school(),
                                Fixtures.future(2, 9),
                                60,
                                volunteer.volunteerId())));
        Map<String, String> wide = new TreeMap<>();
        Map<String, String> misaligned = new TreeMap<>();
        List<String> shots = new ArrayList<>();
        for (String language : List.of("en", "ar")) {
            try (Browser browser = Browser.open(base.toString(), language)) {
                browser.logIn(organiser, Fixtures.ORGANISER_PASSWORD);
                for (String page : ORGANISER_PAGES) {
                    look(browser, page, language, wide, misaligned, shots);
                }
            }
            try (Browser browser = Browser.open(base.toString(), language)) {
                browser.logIn(volunteer.email(), Fixtures.VOLUNTEER_PASSWORD);
                look(browser, "my-visits", language, wide, misaligned, shots);
            }
        }
        assertTrue(wide.isEmpty(), () -> "wider than the screen: " + wide);
        assertTrue(misaligned.isEmpty(), () -> "headers not over their cells: " + misaligned);
        assertTrue(
                shots.size() == 40, () -> "a screenshot of each page, language and size: " + shots);
    }

    private static void look(
            Browser browser,
            String page,
            String language,
            Map<String, String> wide,
            Map<String, String> misaligned,
            List<String> shots)
            throws IOException {
        for (String device : List.of("desktop", "phone")) {
            browser.driver()
                    .manage()
                    .window()
                    .setSize(
                            "phone".equals(device)
                                    ? new Dimension(390, 844)
                                    : new Dimension(1280, 900));
            browser.go("/" + page + ".xhtml");
            browser.find("h1");
            browser.find("footer, main");
            String name = page + "-" + language + "-" + device;
            String overflow = script(browser, OVERFLOW);
            if (!overflow.isEmpty()) {
                wide.put(name, overflow);
            }
            String columns = script(browser, MISALIGNED);
            if (!columns.isEmpty()) {
                misaligned.put(name, columns);
            }
            browser.screenshot(name);
            Files.createDirectories(DOCS);
            Files.copy(
                    Path.of("target", "screenshots", name + ".png"),
                    DOCS.resolve(name + ".png"),
                    StandardCopyOption.REPLACE_EXISTING);
            shots.add(name);
        }
    }

    private static String script(Browser browser, String source) {
        return String.valueOf(((JavascriptExecutor) browser.driver()).executeScript(source));
    }
}
