package iq.cpf.awareness.support;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;
import org.awaitility.Awaitility;

/**
 * Reading what arrived at GreenMail, waiting for it by condition with a deadline rather than for a
 * fixed time.
 */
public final class Mailbox {

    private static final Duration POLL = Duration.ofMillis(250);
    private static final Duration STARTUP = Duration.ofSeconds(30);

    private Mailbox() {}

    /**
     * The SMTP server of the tests: port 3025, any login, shared by the tests of a class. GreenMail
     * gives itself 2 s to start by default; on a two-core machine busy with WildFly that was once
     * not enough for a restart (CI, stop 23), so it gets 30.
     */
    public static GreenMailExtension server() {
        ServerSetup smtp = ServerSetupTest.SMTP.createCopy();
        smtp.setServerStartupTimeout(STARTUP.toMillis());
        return new GreenMailExtension(smtp)
                .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication())
                .withPerMethodLifecycle(false);
    }

    /**
     * Starts GreenMail again after a test put another server on its port, trying until it has the
     * port: a test's stand-in may still be letting go of it when its close() returned.
     */
    public static void restart(GreenMailExtension mail) {
        Awaitility.await("GreenMail listening again")
                .atMost(STARTUP.multipliedBy(2))
                .pollInterval(POLL)
                .ignoreExceptionsMatching(e -> e instanceof IllegalStateException)
                .until(
                        () -> {
                            mail.stop();
                            mail.start();
                            return true;
                        },
                        started -> started);
    }

    public static List<MimeMessage> to(GreenMailExtension mail, String recipient) {
        return Arrays.stream(mail.getReceivedMessages())
                .filter(m -> addressedTo(m, recipient))
                .toList();
    }

    /**
     * Waits until at least {@code count} messages matching {@code filter} reached the recipient,
     * then answers them; fails when they have not arrived within {@code within}. The outbox sends
     * every couple of seconds (OUTBOX_POLL_SECONDS), so a quarter of a second between looks is
     * plenty.
     */
    public static List<MimeMessage> await(
            GreenMailExtension mail,
            String recipient,
            int count,
            Predicate<MimeMessage> filter,
            Duration within) {
        return Awaitility.await(count + " message(s) to " + recipient)
                .atMost(within)
                .pollInterval(POLL)
                .until(
                        () -> to(mail, recipient).stream().filter(filter).toList(),
                        found -> found.size() >= count);
    }

    /**
     * Checks that the recipient has exactly {@code count} messages and still has after {@code
     * during}: the only way to see that something is not sent is to watch for longer than the
     * senders take to run.
     */
    public static void stillHas(
            GreenMailExtension mail, String recipient, int count, Duration during, String why) {
        Awaitility.await(why)
                .during(during)
                .atMost(during.plusSeconds(2))
                .pollInterval(POLL)
                .until(() -> to(mail, recipient).size(), found -> found == count);
    }

    public static Predicate<MimeMessage> subjectContains(String text) {
        return m -> {
            try {
                return m.getSubject() != null && m.getSubject().contains(text);
            } catch (MessagingException e) {
                return false;
            }
        };
    }

    /**
     * The text of the message's first part of this type, looked for inside nested multiparts too:
     * an invitation with the parents' letter is a mixed multipart around the alternative one.
     */
    public static String part(MimeMessage message, String type) {
        try {
            BodyPart part = find(message.getContent(), type);
            if (part == null) {
                return null;
            }
            return GreenMailUtil.getBody(part).isEmpty()
                    ? ""
                    : new String(part.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String contentType(MimeMessage message, String type) {
        try {
            BodyPart part = find(message.getContent(), type);
            return part == null ? null : part.getContentType();
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A file attached to the message: its name and bytes, if it has one of this type. */
    public record Attachment(String fileName, byte[] content) {}

    public static Attachment attachment(MimeMessage message, String type) {
        try {
            BodyPart part = find(message.getContent(), type);
            return part == null
                    ? null
                    : new Attachment(part.getFileName(), part.getInputStream().readAllBytes());
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static BodyPart find(Object content, String type)
            throws MessagingException, IOException {
        if (!(content instanceof MimeMultipart multipart)) {
            return null;
        }
        for (int i = 0; i < multipart.getCount(); i++) {
            BodyPart part = multipart.getBodyPart(i);
            if (part.getContentType().toLowerCase().startsWith(type)) {
                return part;
            }
            if (part.getContentType().toLowerCase().startsWith("multipart/")) {
                BodyPart inside = find(part.getContent(), type);
                if (inside != null) {
                    return inside;
                }
            }
        }
        return null;
    }

    private static boolean addressedTo(MimeMessage message, String recipient) {
        try {
            return Arrays.stream(message.getRecipients(Message.RecipientType.TO))
                    .anyMatch(a -> a.toString().toLowerCase().contains(recipient.toLowerCase()));
        } catch (MessagingException e) {
            return false;
        }
    }
}
