package iq.cpf.awareness.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.eclipse.microprofile.config.Config;

/**
 * The settings of the integration contract, each named once, here, with its default. They come
 * through MicroProfile Config, so an environment variable sets one and a system property of the
 * same name wins (which is what {@code -D} on the command line uses). A value that does not parse
 * falls back to the default rather than stopping the server: a typo in a poll interval must not
 * take the schedule of every school down.
 */
@ApplicationScoped
public class Settings {

    @Inject Config config;

    private Function<String, Optional<String>> fixed;

    /** Settings from a map, for tests that run without a container. */
    public static Settings of(Map<String, String> values) {
        Settings settings = new Settings();
        settings.fixed =
                name ->
                        Optional.ofNullable(values.get(name))
                                .map(String::trim)
                                .filter(v -> !v.isEmpty());
        return settings;
    }

    // The web address and the clock of the forums.

    public String baseUrl() {
        String url = text("APP_BASE_URL").orElse("http://localhost:8080");
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    public ZoneId timeZone() {
        try {
            return ZoneId.of(text("APP_TIMEZONE").orElse("Asia/Baghdad"));
        } catch (DateTimeException e) {
            return ZoneId.of("Asia/Baghdad");
        }
    }

    // Start-up.

    public Optional<String> adminEmail() {
        return text("ADMIN_EMAIL");
    }

    public Optional<String> adminPassword() {
        return text("ADMIN_PASSWORD");
    }

    public boolean demoData() {
        return text("DEMO_DATA").map(Boolean::parseBoolean).orElse(false);
    }

    /** A folder that replaces the lesson library packed in the WAR. */
    public Optional<Path> contentDir() {
        return text("CONTENT_DIR").map(Path::of);
    }

    // Mail.

    public MailIdentity mailIdentity() {
        return MailIdentity.of(text("MAIL_FROM").orElse("awareness@localhost"));
    }

    public Optional<String> smtpUser() {
        return text("SMTP_USER");
    }

    public String smtpPassword() {
        return text("SMTP_PASSWORD").orElse("");
    }

    /**
     * How long opening a connection to the mail server may take; Jakarta Mail waits for ever
     * without it, and a mail server that hangs would hold the dispatcher for ever.
     */
    public Duration smtpConnectTimeout() {
        return millis("SMTP_CONNECT_TIMEOUT", 20_000);
    }

    /** How long the mail server may take to answer one command (the message's final dot too). */
    public Duration smtpTimeout() {
        return millis("SMTP_TIMEOUT", 60_000);
    }

    /** How long writing to the mail server may block. */
    public Duration smtpWriteTimeout() {
        return millis("SMTP_WRITE_TIMEOUT", 60_000);
    }

    /**
     * How long a sender's claim on its batch lasts without being renewed. A working sender renews
     * it every quarter of this; a node that dies holds its messages this long at most, and then
     * another sender takes them.
     */
    public Duration outboxLease() {
        return Duration.ofSeconds(Math.max(4, integer("OUTBOX_LEASE_SECONDS", 60)));
    }

    /**
     * The SMSC text messages go to over SMPP; none set, text messages are off and everyone hears by
     * email.
     */
    public Optional<String> smppHost() {
        return text("SMPP_HOST");
    }

    public int smppPort() {
        return integer("SMPP_PORT", 2775);
    }

    public String smppSystemId() {
        return text("SMPP_SYSTEM_ID").orElse("awareness");
    }

    public String smppPassword() {
        return text("SMPP_PASSWORD").orElse("");
    }

    /** The sender shown on the phone: a short code, a number, or up to 11 letters. */
    public String smppSource() {
        return text("SMPP_SOURCE").orElse("CPF");
    }

    /** How many text messages a second the SMSC takes from us (its contract's throughput). */
    public int smppRate() {
        return Math.max(1, integer("SMPP_RATE", 10));
    }

    /** How many submissions may wait for the SMSC's answer at once (its window). */
    public int smppWindow() {
        return Math.max(1, integer("SMPP_WINDOW", 10));
    }

    public Duration smppTimeout() {
        return millis("SMPP_TIMEOUT", 10_000);
    }

    public Duration outboxPoll() {
        return Duration.ofSeconds(Math.max(1, integer("OUTBOX_POLL_SECONDS", 10)));
    }

    public int outboxMaxAttempts() {
        return Math.max(1, integer("OUTBOX_MAX_ATTEMPTS", 8));
    }

    public Duration outboxRetryBase() {
        return Duration.ofSeconds(Math.max(1, integer("OUTBOX_RETRY_BASE_SECONDS", 30)));
    }

    public Duration outboxKeep() {
        return Duration.ofDays(Math.max(1, integer("OUTBOX_KEEP_DAYS", 30)));
    }

    public int outboxSenders() {
        return Math.max(1, integer("OUTBOX_SENDERS", 2));
    }

    public int outboxBatchSize() {
        return Math.max(1, integer("OUTBOX_BATCH_SIZE", 200));
    }

    public Duration reminderPoll() {
        return Duration.ofSeconds(Math.max(1, integer("REMINDER_POLL_SECONDS", 15)));
    }

    /** Attempts of a reminder that fails before it is given up (visibly: failed, in the audit). */
    public int reminderMaxAttempts() {
        return Math.max(1, integer("REMINDER_MAX_ATTEMPTS", 8));
    }

    public Duration reminderRetryBase() {
        return Duration.ofSeconds(Math.max(1, integer("REMINDER_RETRY_BASE_SECONDS", 60)));
    }

    /** Quartz cron expression of the weekly digest, in the forums' time zone. */
    public String digestCron() {
        return text("DIGEST_CRON").orElse("0 0 7 ? * SUN");
    }

    /** How long after a visit its emailed links still work. */
    public Duration linkValidAfterVisit() {
        return Duration.ofDays(Math.max(0, integer("LINK_VALID_DAYS_AFTER_VISIT", 30)));
    }

    /**
     * How long after its request an unknown link is answered. Every unknown token, short or long,
     * is answered at the same moment, so timing tells nothing, and each guess costs the guesser
     * this long; the wait holds no worker thread (LINK_UNKNOWN_DELAY_MILLIS, at least 100 ms).
     */
    public Duration linkUnknownDelay() {
        return millis("LINK_UNKNOWN_DELAY_MILLIS", 1500);
    }

    // Lesson files.

    public long uploadMaxBytes() {
        try {
            return text("UPLOAD_MAX_BYTES")
                    .map(Long::parseLong)
                    .filter(n -> n > 0)
                    .orElse(50L * 1024 * 1024);
        } catch (NumberFormatException e) {
            return 50L * 1024 * 1024;
        }
    }

    /** Where uploaded lesson files live: the setting, or the server's data folder. */
    public Path materialsDir() {
        return text("MATERIALS_DIR")
                .map(Path::of)
                .orElseGet(
                        () ->
                                Path.of(
                                        System.getProperty("jboss.server.data.dir", "."),
                                        "materials"));
    }

    // Logins.

    /**
     * Password verifications at once; by default half the cores, so logins never starve the other
     * requests.
     */
    public int loginVerifications() {
        return Math.max(
                1,
                integer(
                        "LOGIN_VERIFICATIONS",
                        Math.max(1, Runtime.getRuntime().availableProcessors() / 2)));
    }

    public int loginFreeFailuresPerAccount() {
        return Math.max(1, integer("LOGIN_FREE_FAILURES_PER_ACCOUNT", 5));
    }

    public int loginFreeFailuresPerAddress() {
        return Math.max(1, integer("LOGIN_FREE_FAILURES_PER_ADDRESS", 20));
    }

    // The scheduler.

    public int quartzThreads() {
        return Math.max(1, integer("QUARTZ_THREADS", 4));
    }

    public int quartzCheckinMillis() {
        return Math.max(1000, integer("QUARTZ_CHECKIN_MILLIS", 15_000));
    }

    public int quartzMisfireMillis() {
        return Math.max(1000, integer("QUARTZ_MISFIRE_MILLIS", 60_000));
    }

    private Duration millis(String name, int fallback) {
        return Duration.ofMillis(Math.max(100, integer(name, fallback)));
    }

    private int integer(String name, int fallback) {
        try {
            return text(name).map(Integer::parseInt).orElse(fallback);
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    private Optional<String> text(String name) {
        if (fixed != null) {
            return fixed.apply(name);
        }
        // MicroProfile Config already treats an empty value as none; a value of blanks is none here
        // too.
        return config.getOptionalValue(name, String.class)
                .map(String::trim)
                .filter(v -> !v.isEmpty());
    }
}
