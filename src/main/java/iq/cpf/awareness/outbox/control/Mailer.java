package iq.cpf.awareness.outbox.control;

import iq.cpf.awareness.outbox.entity.OutboxMessage;
import iq.cpf.awareness.platform.Settings;
import jakarta.activation.DataHandler;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Part;
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
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import org.jboss.logging.Logger;

/**
 * Sends outbox messages through the WildFly mail session (configured from the SMTP settings), over
 * one SMTP connection per batch: opening a connection costs about as much as sending a message.
 * Every wait on the mail server is bounded by the SMTP timeouts.
 */
@ApplicationScoped
public class Mailer {

    private static final Logger LOG = Logger.getLogger(Mailer.class);

    @Resource(lookup = "java:jboss/mail/Awareness")
    Session configured;

    @jakarta.inject.Inject Settings settings;
    @jakarta.inject.Inject Outbox outbox;

    private Session session;

    /**
     * The WildFly session's settings (host, port, STARTTLS, sender) with what its configuration
     * cannot express: the timeouts (without them Jakarta Mail waits for ever on a mail server that
     * accepts a connection and never answers), and a socket factory object that turns Nagle's
     * algorithm off.
     */
    @jakarta.annotation.PostConstruct
    void configure() {
        Properties properties = new Properties();
        properties.putAll(configured.getProperties());
        properties.put(
                "mail.smtp.connectiontimeout",
                String.valueOf(settings.smtpConnectTimeout().toMillis()));
        properties.put("mail.smtp.timeout", String.valueOf(settings.smtpTimeout().toMillis()));
        properties.put(
                "mail.smtp.writetimeout", String.valueOf(settings.smtpWriteTimeout().toMillis()));
        properties.put("mail.smtp.socketFactory", new NoDelaySocketFactory());
        properties.put("mail.smtp.socketFactory.fallback", "false");
        session = Session.getInstance(properties);
    }

    /**
     * Told of each message's outcome as soon as the mail server has answered for it, so that it is
     * recorded before the next message goes.
     */
    public interface Outcomes {

        /** Whether the next message may go: false once the sender may have lost its claim. */
        boolean mayGoOn();

        /** Records the message as sent; false stops the batch (the outcome could not be kept). */
        boolean sent(OutboxMessage message);

        void failed(OutboxMessage message, String error);
    }

    /**
     * Sends the messages in order over one connection, reporting each outcome at once, until they
     * are all done or {@link Outcomes#mayGoOn} or {@link Outcomes#sent} says stop. When the mail
     * server cannot be reached, every message not yet tried fails with that error.
     */
    public void send(List<OutboxMessage> messages, Outcomes outcomes) {
        if (messages.isEmpty()) {
            return;
        }
        Transport transport = null;
        int done = 0;
        try {
            transport = session.getTransport("smtp");
            connect(transport);
            for (OutboxMessage message : messages) {
                if (!outcomes.mayGoOn()) {
                    return;
                }
                if (!transport.isConnected()) {
                    connect(transport);
                }
                String error = null;
                try {
                    MimeMessage mime = mime(message);
                    transport.sendMessage(mime, mime.getAllRecipients());
                } catch (MessagingException | UnsupportedEncodingException | RuntimeException e) {
                    error = describe(e);
                }
                done++;
                if (error != null) {
                    outcomes.failed(message, error);
                } else if (!outcomes.sent(message)) {
                    return;
                }
            }
        } catch (MessagingException e) {
            String error = describe(e);
            LOG.warnf("Cannot reach the mail server: %s", error);
            messages.subList(done, messages.size()).forEach(m -> outcomes.failed(m, error));
        } finally {
            if (transport != null) {
                try {
                    transport.close();
                } catch (MessagingException e) {
                    LOG.debug("Closing the SMTP connection failed", e);
                }
            }
        }
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
     * one; with a file attached, that and the file side by side in a mixed multipart.
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
        Optional<byte[]> attached =
                message.getAttachmentName() == null
                        ? Optional.empty()
                        : outbox.attachment(message.getId());
        if (attached.isEmpty()) {
            mime.setContent(alternative);
        } else {
            MimeMultipart mixed = new MimeMultipart("mixed");
            MimeBodyPart body = new MimeBodyPart();
            body.setContent(alternative);
            mixed.addBodyPart(body);
            MimeBodyPart file = new MimeBodyPart();
            file.setDataHandler(
                    new DataHandler(
                            new ByteArrayDataSource(attached.get(), message.getAttachmentType())));
            file.setFileName(message.getAttachmentName());
            file.setDisposition(Part.ATTACHMENT);
            mixed.addBodyPart(file);
            mime.setContent(mixed);
        }
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
