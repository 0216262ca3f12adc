package iq.cpf.awareness.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.internet.InternetAddress;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SettingsTest {

    @Test
    void aNamedSenderGivesTheDomainOfItsAddress() {
        MailIdentity identity =
                Settings.of(Map.of("MAIL_FROM", "Awareness team <campaigns@cpf.example.iq>"))
                        .mailIdentity();
        assertEquals("campaigns@cpf.example.iq", identity.address());
        assertEquals("Awareness team", identity.name());
        assertEquals("cpf.example.iq", identity.domain());
        assertEquals("Awareness team <campaigns@cpf.example.iq>", identity.sender(null).toString());
    }

    @Test
    void aMessageShowsItsOwnNameInFrontOfTheOneAddress() throws Exception {
        MailIdentity identity =
                Settings.of(Map.of("MAIL_FROM", "Awareness team <campaigns@cpf.example.iq>"))
                        .mailIdentity();
        InternetAddress forum = identity.sender("منتدى الشرطة المجتمعية في خانقين");
        assertEquals("campaigns@cpf.example.iq", forum.getAddress());
        assertEquals("منتدى الشرطة المجتمعية في خانقين", forum.getPersonal());
        assertTrue(forum.toString().startsWith("=?UTF-8?"), forum.toString());
        assertEquals(
                "منتدى الشرطة المجتمعية في خانقين",
                new InternetAddress(forum.toString()).getPersonal(),
                "the encoded header reads back as the name");
        InternetAddress injected = identity.sender("Khanaqin\r\nBcc: x@evil.example");
        assertEquals("Khanaqin  Bcc: x@evil.example", injected.getPersonal());
        assertFalse(
                injected.toString().contains("\n") || injected.toString().contains("\r"),
                "a line break cannot start another header: " + injected);
        assertEquals(
                "campaigns@cpf.example.iq",
                Settings.of(Map.of("MAIL_FROM", "campaigns@cpf.example.iq"))
                        .mailIdentity()
                        .sender(" ")
                        .toString(),
                "no name of its own and none configured: the bare address");
    }

    @Test
    void aBareSenderHasNoName() {
        MailIdentity identity =
                Settings.of(Map.of("MAIL_FROM", " awareness@it.example ")).mailIdentity();
        assertEquals("awareness@it.example", identity.address());
        assertEquals(null, identity.name());
        assertEquals("it.example", identity.domain());
    }

    @Test
    void defaultsWhenNothingIsSet() {
        Settings settings = Settings.of(Map.of());
        assertEquals("http://localhost:8080", settings.baseUrl());
        assertEquals(ZoneId.of("Asia/Baghdad"), settings.timeZone());
        assertEquals("localhost", settings.mailIdentity().domain());
        assertEquals(Duration.ofSeconds(30), settings.outboxRetryBase());
        assertEquals(8, settings.outboxMaxAttempts());
    }

    @Test
    void aValueThatDoesNotParseFallsBackToTheDefault() {
        Settings settings =
                Settings.of(
                        Map.of(
                                "OUTBOX_MAX_ATTEMPTS",
                                "eight",
                                "APP_TIMEZONE",
                                "Mars/Olympus",
                                "UPLOAD_MAX_BYTES",
                                "-3",
                                "APP_BASE_URL",
                                "https://cpf.example.iq/",
                                "OUTBOX_SENDERS",
                                "0"));
        assertEquals(8, settings.outboxMaxAttempts());
        assertEquals(ZoneId.of("Asia/Baghdad"), settings.timeZone());
        assertEquals(50L * 1024 * 1024, settings.uploadMaxBytes());
        assertEquals("https://cpf.example.iq", settings.baseUrl());
        assertEquals(1, settings.outboxSenders());
    }

    @Test
    void theMailServerHasTimeoutsOfTensOfSecondsUnlessSet() {
        Settings defaults = Settings.of(Map.of());
        assertEquals(Duration.ofSeconds(20), defaults.smtpConnectTimeout());
        assertEquals(Duration.ofSeconds(60), defaults.smtpTimeout());
        assertEquals(Duration.ofSeconds(60), defaults.smtpWriteTimeout());
        assertEquals(Duration.ofSeconds(60), defaults.outboxLease());
        Settings set =
                Settings.of(
                        Map.of(
                                "SMTP_CONNECT_TIMEOUT", "1500",
                                "SMTP_TIMEOUT", "2500",
                                "SMTP_WRITE_TIMEOUT", "0",
                                "OUTBOX_LEASE_SECONDS", "1"));
        assertEquals(Duration.ofMillis(1500), set.smtpConnectTimeout());
        assertEquals(Duration.ofMillis(2500), set.smtpTimeout());
        assertEquals(
                Duration.ofMillis(100),
                set.smtpWriteTimeout(),
                "zero would mean no timeout to Jakarta Mail");
        assertEquals(Duration.ofSeconds(4), set.outboxLease(), "renewed every quarter");
    }

    @Test
    void aFailingReminderBacksOffAndEndsByDefault() {
        Settings settings = Settings.of(Map.of());
        assertEquals(8, settings.reminderMaxAttempts());
        assertEquals(Duration.ofSeconds(60), settings.reminderRetryBase());
    }
}
