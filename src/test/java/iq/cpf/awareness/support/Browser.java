package iq.cpf.awareness.support;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.logging.Level;
import java.util.stream.Collectors;
import org.openqa.selenium.By;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven by Debian's chromedriver (packages chromium and
 * chromium-driver, which .ci/run installs): both paths are given, so Selenium never downloads a
 * browser or a driver of its own.
 */
public final class Browser implements AutoCloseable {

    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private final ChromeDriver driver;
    private final String base;

    private Browser(ChromeDriver driver, String base) {
        this.driver = driver;
        this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }

    public static Browser open(String base, String language) {
        return open(base, language, "Asia/Baghdad");
    }

    /** A browser whose clock is in {@code zone}, as a user travelling or a misset phone has. */
    public static Browser open(String base, String language, String zone) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("chromium.binary", "/usr/bin/chromium"));
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--window-size=1280,900",
                "--lang=" + language);
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", language));
        // The page's console is kept, so that a failure can tell what the page's scripts said.
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        try {
            options.addArguments("--user-data-dir=" + Files.createTempDirectory("chromium-it"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // By default the browser lives where the users do, so that a click on a calendar day means
        // that day in Baghdad.
        ChromeDriverService service =
                new ChromeDriverService.Builder()
                        .usingDriverExecutable(
                                new File(
                                        System.getProperty(
                                                "chromedriver.binary", "/usr/bin/chromedriver")))
                        .withEnvironment(Map.of("TZ", zone))
                        .build();
        return new Browser(new ChromeDriver(service, options), base);
    }

    public WebDriver driver() {
        return driver;
    }

    public Browser go(String path) {
        driver.get(base + path);
        return this;
    }

    public WebElement find(String css) {
        return new WebDriverWait(driver, Duration.ofSeconds(20))
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(css)));
    }

    public WebElement visible(String css) {
        return new WebDriverWait(driver, Duration.ofSeconds(20))
                .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
    }

    /**
     * Clicks an element that an Ajax update may be replacing: looked up again until the click
     * lands, within the deadline.
     */
    public void click(String css) {
        new WebDriverWait(driver, Duration.ofSeconds(20))
                .ignoring(StaleElementReferenceException.class)
                .ignoring(ElementClickInterceptedException.class)
                .until(
                        d -> {
                            d.findElement(By.cssSelector(css)).click();
                            return true;
                        });
    }

    /**
     * Waits, with a deadline, until the page's text holds {@code text}. While a page is being
     * replaced, Chromium may answer for the old body with a stale reference or with "Node with
     * given id does not belong to the document" (an unknown error, not a stale one): both mean
     * "look again". When the deadline passes, what the page showed is kept as a screenshot and told
     * in the failure.
     */
    public void waitForText(String text) {
        try {
            new WebDriverWait(driver, Duration.ofSeconds(20))
                    .ignoring(WebDriverException.class)
                    .until(d -> d.findElement(By.tagName("body")).getText().contains(text));
        } catch (TimeoutException e) {
            screenshot("timeout-" + text.replaceAll("[^A-Za-z0-9]+", "-"));
            throw new AssertionError(
                    "\""
                            + text
                            + "\" did not appear; the page showed: "
                            + text()
                            + "\nconsole: "
                            + console(),
                    e);
        }
    }

    /** What the page's scripts wrote to the console. */
    public String console() {
        try {
            return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                    .map(entry -> entry.getLevel() + " " + entry.getMessage())
                    .collect(Collectors.joining("\n"));
        } catch (WebDriverException e) {
            return "(not available: " + e.getMessage() + ")";
        }
    }

    public String text() {
        return driver.findElement(By.tagName("body")).getText();
    }

    public String dir() {
        return driver.findElement(By.tagName("html")).getAttribute("dir");
    }

    public void type(String css, String value) {
        WebElement field = visible(css);
        field.clear();
        field.sendKeys(value);
    }

    /**
     * Puts a day into the date picker {@code id} through its widget, without opening its panel: an
     * open panel hides itself when the page scrolls and hands the focus back to its own input,
     * which then receives what is typed next, and it does not always close on Escape.
     */
    public void date(String id, String day) {
        find("#" + id.replace(":", "\\:") + "_input");
        LocalDate date = LocalDate.parse(day);
        ((JavascriptExecutor) driver)
                .executeScript(
                        "PrimeFaces.getWidgetById(arguments[0])"
                                + ".setDate(new Date(arguments[1], arguments[2] - 1, arguments[3]));",
                        id,
                        date.getYear(),
                        date.getMonthValue(),
                        date.getDayOfMonth());
        new WebDriverWait(driver, Duration.ofSeconds(20))
                .until(
                        d ->
                                day.equals(
                                        find("#" + id.replace(":", "\\:") + "_input")
                                                .getAttribute("value")));
    }

    public void logIn(String email, String password) {
        go("/login.xhtml");
        type("#login\\:email", email);
        type("#login\\:password", password);
        find("#login\\:submit").click();
        new WebDriverWait(driver, Duration.ofSeconds(20))
                .until(d -> !d.getCurrentUrl().contains("login.xhtml"));
    }

    /** Saves what the browser shows as target/screenshots/{name}.png. */
    public void screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            File shot = driver.getScreenshotAs(OutputType.FILE);
            Files.copy(
                    shot.toPath(),
                    SCREENSHOTS.resolve(name + ".png"),
                    StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
