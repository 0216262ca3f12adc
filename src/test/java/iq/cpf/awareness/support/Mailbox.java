package iq.cpf.awareness.support;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;

/** Reading what arrived at GreenMail, waiting with a deadline rather than sleeping a fixed time. */
public final class Mailbox {

    private Mailbox() {
    }

    /** The SMTP server of the tests: port 3025, any login, shared by the tests of a class. */
    public static GreenMailExtension server() {
        return new GreenMailExtension(com.icegreen.greenmail.util.ServerSetupTest.SMTP)
                .withConfiguration(com.icegreen.greenmail.configuration.GreenMailConfiguration.aConfig().withDisabledAuthentication())
                .withPerMethodLifecycle(false);
    }

    public static List<MimeMessage> to(GreenMailExtension mail, String recipient) {
        return Arrays.stream(mail.getReceivedMessages()).filter(m -> addressedTo(m, recipient)).toList();
    }

    /** Waits until {@code count} messages matching {@code filter} reached the recipient, then answers them. */
    public static List<MimeMessage> await(GreenMailExtension mail, String recipient, int count,
                                          Predicate<MimeMessage> filter, Duration within) {
        Instant deadline = Instant.now().plus(within);
        while (true) {
            List<MimeMessage> found = to(mail, recipient).stream().filter(filter).toList();
            if (found.size() >= count || Instant.now().isAfter(deadline)) {
                return found;
            }
            mail.waitForIncomingEmail(250, 1);
        }
    }

    /** A short wait between two polls that have a deadline; never a fixed wait for an outcome. */
    public static void pause(Duration duration) {
        try {
            new java.util.concurrent.CountDownLatch(1).await(duration.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
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

    public static String part(MimeMessage message, String type) {
        try {
            MimeMultipart multipart = (MimeMultipart) message.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart part = multipart.getBodyPart(i);
                if (part.getContentType().toLowerCase().startsWith(type)) {
                    return GreenMailUtil.getBody(part).isEmpty() ? "" : new String(part.getInputStream().readAllBytes(),
                            java.nio.charset.StandardCharsets.UTF_8);
                }
            }
            return null;
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String contentType(MimeMessage message, String type) {
        try {
            MimeMultipart multipart = (MimeMultipart) message.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                if (multipart.getBodyPart(i).getContentType().toLowerCase().startsWith(type)) {
                    return multipart.getBodyPart(i).getContentType();
                }
            }
            return null;
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException(e);
        }
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
