package iq.cpf.awareness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import iq.cpf.awareness.support.ApplicationTest;
import iq.cpf.awareness.support.Browser;
import iq.cpf.awareness.support.Fixtures;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * Which language a page is in: the browser's until the user picks one, then the user's, also on the
 * pages that are not Faces views (errors).
 */
@Tag("browser")
class LanguageIT extends ApplicationTest {

    @Test
    void anArabicBrowserGetsArabicUntilTheUserChoosesAnother() {
        String organiser = fixtures.organiser("en");
        try (Browser browser = Browser.open(base.toString(), "ar")) {
            browser.logIn(organiser, Fixtures.ORGANISER_PASSWORD);
            browser.waitForText("لوحة المتابعة");
            assertEquals(
                    "rtl",
                    browser.dir(),
                    "an account made in English does not override the browser's Arabic");
            browser.find("#language\\:en").click();
            browser.waitForText("Dashboard");
            assertEquals("ltr", browser.dir());
        }
        try (Browser again = Browser.open(base.toString(), "ar")) {
            again.logIn(organiser, Fixtures.ORGANISER_PASSWORD);
            again.waitForText("Dashboard");
            assertEquals("ltr", again.dir(), "once chosen, the user's choice follows them");
        }
    }

    @Test
    void theErrorPageIsInTheLanguageTheUserChose() {
        String organiser = fixtures.organiser("en");
        try (Browser browser = Browser.open(base.toString(), "en")) {
            browser.logIn(organiser, Fixtures.ORGANISER_PASSWORD);
            browser.find("#language\\:ar").click();
            browser.waitForText("لوحة المتابعة");
            browser.go("/no-such-page.xhtml");
            browser.waitForText("الصفحة غير موجودة");
            assertEquals(
                    "rtl", browser.driver().findElement(By.tagName("html")).getAttribute("dir"));
            assertFalse(browser.text().contains("Page not found"), browser.text());
        }
    }
}
