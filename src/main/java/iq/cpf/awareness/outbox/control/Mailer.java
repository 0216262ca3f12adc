package iq.cpf.awareness.outbox.control;

import iq.cpf.awareness.outbox.entity.OutboxMessage;
import iq.cpf.awareness.platform.Settings;
import jakarta.activation.DataHandler;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.jboss.logging.Logger;

/**
 * Sends outbox messages through the WildFly mail session (configured from the SMTP settings), over
 * one SMTP connection per batch: opening a connection costs about as much as sending a message.
 */
@ApplicationScoped
public class Mailer {

    private static final Logger LOG = Logger.getLogger(Mailer.class);

    @Resource(lookup = "java:jboss/mail/Awareness")
    Session configured;

    @jakarta.inject.Inject Settings settings;

    private Session session;

    /**
     * The WildFly session's settings (host, port, STARTTLS, sender) with one addition that its
     * configuration cannot express: a socket factory object that turns Nagle's algorithm off.
     */
    @jakarta.annotation.PostConstruct
    void configure() {
        Properties properties = new Properties();
        properties.putAll(configured.getProperties());
        properties.put("mail.smtp.socketFactory", new NoDelaySocketFactory());
        properties.put("mail.smtp.socketFactory.fallback", "false");
        session = Session.getInstance(properties);
    }

    /** Sends each message; the answer maps each id to null (sent) or the error. */
    public Map<Long, String> send(List<OutboxMessage> messages) {
        Map<Long, String> outcomes = new LinkedHashMap<>();
        if (messages.isEmpty()) {
            return outcomes;
        }
        Transport transport = null;
        try {
            transport = session.getTransport("smtp");
            connect(transport);
            for (OutboxMessage message : messages) {
                if (!transport.isConnected()) {
                    connect(transport);
                }
                try {
                    MimeMessage mime = mime(message);
                    transport.sendMessage(mime, mime.getAllRecipients());
                    outcomes.put(message.getId(), null);
                } catch (MessagingException | UnsupportedEncodingException | RuntimeException e) {
                    outcomes.put(message.getId(), describe(e));
                }
            }
        } catch (MessagingException e) {
            String error = describe(e);
            LOG.warnf("Cannot reach the mail server: %s", error);
            messages.stream()
                    .filter(m -> !outcomes.containsKey(m.getId()))
                    .forEach(m -> outcomes.put(m.getId(), error));
        } finally {
            if (transport != null) {
                try {
                    transport.close();
                } catch (MessagingException e) {
                    LOG.debug("Closing the SMTP connection failed", e);
                }
            }
        }
        return outcomes;
    }

    /**
     * Host, port and STARTTLS come from the mail session (configure-mail.cli); a login, when
     * SMTP_USER is set, is given here, because an empty one in the session would switch
     * authentication on for every server.
     */
    private void connect(Transport transport) throws MessagingException {
        var user = settings.smtpUser();
        if (user.isPresent()) {
            transport.connect(user.get(), settings.smtpPassword());
        } else {
            transport.connect();
        }
    }

    /**
     * Multipart text and HTML, plus the calendar part (text/calendar with its METHOD) when there is
     * one.
     */
    MimeMessage mime(OutboxMessage message)
            throws MessagingException, UnsupportedEncodingException {
        MimeMessage mime = new StableIdMessage(session, message.getMessageId());
        mime.setFrom(settings.mailIdentity().sender(message.getSenderName()));
        mime.setRecipient(
                Message.RecipientType.TO,
                new InternetAddress(
                        message.getRecipientEmail(), message.getRecipientName(), "UTF-8"));
        mime.setSubject(message.getSubject(), "UTF-8");
        mime.setSentDate(new Date());
        mime.setHeader("Content-Language", message.getLanguage().code());
        mime.setHeader("Auto-Submitted", "auto-generated");
        if (message.getUnsubscribeUrl() != null) {
            mime.setHeader("List-Unsubscribe", "<" + message.getUnsubscribeUrl() + ">");
            mime.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        }
        MimeMultipart alternative = new MimeMultipart("alternative");
        // Base64 said outright: Arabic and Sorani text in quoted-printable triples in size, and
        // leaving the
        // choice to Jakarta Mail costs a scan of every body.
        MimeBodyPart text = new MimeBodyPart();
        text.setText(message.getBodyText(), "UTF-8", "plain");
        text.setHeader("Content-Transfer-Encoding", "base64");
        alternative.addBodyPart(text);
        MimeBodyPart html = new MimeBodyPart();
        html.setText(message.getBodyHtml(), "UTF-8", "html");
        html.setHeader("Content-Transfer-Encoding", "base64");
        alternative.addBodyPart(html);
        if (message.getIcs() != null) {
            MimeBodyPart calendar = new MimeBodyPart();
            calendar.setDataHandler(
                    new DataHandler(
                            new ByteArrayDataSource(
                                    message.getIcs().getBytes(StandardCharsets.UTF_8),
                                    "text/calendar; charset=UTF-8; method="
                                            + message.getIcsMethod())));
            calendar.setHeader(
                    "Content-Type",
                    "text/calendar; charset=UTF-8; method=" + message.getIcsMethod());
            calendar.setHeader("Content-Transfer-Encoding", "base64");
            alternative.addBodyPart(calendar);
        }
        mime.setContent(alternative);
        mime.saveChanges();
        return mime;
    }

    private static String describe(Exception e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return root == e
                ? message
                : message + " (" + root.getClass().getSimpleName() + ": " + root.getMessage() + ")";
    }

    /**
     * Keeps the outbox row's Message-ID, so a message sent again after a crash is recognisably the
     * same.
     */
    static class StableIdMessage extends MimeMessage {

        private final String messageId;

        StableIdMessage(Session session, String messageId) {
            super(session);
            this.messageId = messageId;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", messageId);
        }
    }
}
