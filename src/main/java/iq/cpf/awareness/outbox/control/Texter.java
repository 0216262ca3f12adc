package iq.cpf.awareness.outbox.control;

import iq.cpf.awareness.outbox.entity.OutboxMessage;
import iq.cpf.awareness.platform.Settings;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;
import org.jsmpp.bean.AlertNotification;
import org.jsmpp.bean.BindType;
import org.jsmpp.bean.DataSm;
import org.jsmpp.bean.DeliverSm;
import org.jsmpp.bean.DeliveryReceipt;
import org.jsmpp.bean.GSMSpecificFeature;
import org.jsmpp.bean.MessageType;
import org.jsmpp.bean.NumberingPlanIndicator;
import org.jsmpp.bean.RegisteredDelivery;
import org.jsmpp.bean.SMSCDeliveryReceipt;
import org.jsmpp.bean.TypeOfNumber;
import org.jsmpp.extra.ProcessRequestException;
import org.jsmpp.extra.SessionState;
import org.jsmpp.session.BindParameter;
import org.jsmpp.session.DataSmResult;
import org.jsmpp.session.MessageReceiverListener;
import org.jsmpp.session.SMPPSession;
import org.jsmpp.session.Session;
import org.jsmpp.util.DeliveryReceiptState;
import org.jsmpp.util.InvalidDeliveryReceiptException;

/**
 * Sends the outbox's text messages to the SMSC over SMPP (jsmpp), bound as a transceiver so that
 * the same session brings back delivery receipts and the replies people send. The session is opened
 * when there is something to send and kept; a lost one is opened again at the next dispatch, so an
 * SMSC that was down gets the messages when it is back (they wait in the outbox meanwhile, with the
 * outbox's back-off). The SMSC's rate (SMPP_RATE a second) and window (SMPP_WINDOW submissions
 * waiting for an answer) are kept across the outbox's senders.
 */
@ApplicationScoped
public class Texter {

    private static final Logger LOG = Logger.getLogger(Texter.class);

    /** Someone sent us a text: the number (E.164) and what it said. */
    public record TextReceived(String phone, String text) {}

    @Inject Settings settings;
    @Inject Outbox outbox;
    @Inject Event<TextReceived> received;

    @Resource(lookup = "java:jboss/ee/concurrency/scheduler/default")
    ManagedScheduledExecutorService executor;

    private volatile SMPPSession session;
    private Semaphore window;
    private long nextSubmitNanos;

    /** Whether text messages are set up on this server (SMPP_HOST). */
    public boolean enabled() {
        return settings.smppHost().isPresent();
    }

    @PreDestroy
    void close() {
        SMPPSession open = session;
        session = null;
        if (open != null) {
            open.unbindAndClose();
        }
    }

    /**
     * Sends the texts in order, reporting each outcome at once, like the mailer; when the SMSC
     * cannot be reached, every text not yet tried fails with that error and waits for its retry.
     */
    public void send(List<OutboxMessage> messages, Mailer.Outcomes outcomes) {
        if (messages.isEmpty()) {
            return;
        }
        SMPPSession bound;
        try {
            bound = session();
        } catch (IOException | RuntimeException e) {
            String error = "Cannot reach the SMSC: " + e.getMessage();
            LOG.warn(error);
            messages.forEach(m -> outcomes.failed(m, error));
            return;
        }
        for (OutboxMessage message : messages) {
            if (!outcomes.mayGoOn()) {
                return;
            }
            List<String> ids = new ArrayList<>();
            try {
                SmsCodec.Encoded encoded =
                        SmsCodec.encode(
                                message.getBodyText(), ThreadLocalRandom.current().nextInt(256));
                for (SmsCodec.Part part : encoded.parts()) {
                    ids.add(submit(bound, message.getRecipientPhone(), encoded, part));
                }
            } catch (Exception e) {
                // Parts already accepted are sent again with the retry: a phone may show them
                // twice, which is better than a text with its middle missing.
                outcomes.failed(message, "The SMSC refused the text: " + describe(e));
                if (bound.getSessionState() == SessionState.CLOSED) {
                    return;
                }
                continue;
            }
            outbox.accepted(message.getId(), ids);
            if (!outcomes.sent(message)) {
                return;
            }
        }
    }

    private String submit(
            SMPPSession bound, String phone, SmsCodec.Encoded encoded, SmsCodec.Part part)
            throws Exception {
        pace();
        window.acquire();
        try {
            return bound.submitShortMessage(
                            "",
                            TypeOfNumber.ALPHANUMERIC,
                            NumberingPlanIndicator.UNKNOWN,
                            settings.smppSource(),
                            TypeOfNumber.INTERNATIONAL,
                            NumberingPlanIndicator.ISDN,
                            phone.startsWith("+") ? phone.substring(1) : phone,
                            part.esmClass(),
                            (byte) 0,
                            (byte) 1,
                            null,
                            null,
                            new RegisteredDelivery(SMSCDeliveryReceipt.SUCCESS_FAILURE),
                            (byte) 0,
                            encoded.coding(),
                            (byte) 0,
                            part.bytes())
                    .getMessageId();
        } finally {
            window.release();
        }
    }

    /** Waits for this submission's slot under the SMSC's rate. */
    private void pace() throws InterruptedException {
        long wait;
        synchronized (this) {
            long now = System.nanoTime();
            long slot = Math.max(now, nextSubmitNanos);
            nextSubmitNanos = slot + TimeUnit.SECONDS.toNanos(1) / settings.smppRate();
            wait = slot - now;
        }
        if (wait > 0) {
            TimeUnit.NANOSECONDS.sleep(wait);
        }
    }

    private synchronized SMPPSession session() throws IOException {
        SMPPSession open = session;
        if (open != null && open.getSessionState().isBound()) {
            return open;
        }
        if (open != null) {
            open.unbindAndClose();
        }
        String host =
                settings.smppHost().orElseThrow(() -> new IOException("SMPP_HOST is not set"));
        window = new Semaphore(settings.smppWindow());
        SMPPSession fresh = new SMPPSession();
        fresh.setTransactionTimer(settings.smppTimeout().toMillis());
        fresh.setEnquireLinkTimer(30_000);
        fresh.setMessageReceiverListener(new Listener());
        fresh.connectAndBind(
                host,
                settings.smppPort(),
                new BindParameter(
                        BindType.BIND_TRX,
                        settings.smppSystemId(),
                        settings.smppPassword(),
                        "",
                        TypeOfNumber.UNKNOWN,
                        NumberingPlanIndicator.UNKNOWN,
                        null),
                settings.smppTimeout().toMillis());
        session = fresh;
        return fresh;
    }

    private static String describe(Exception e) {
        return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
    }

    /**
     * A receipt for a part that is not recorded yet (its receipt overtook our commit): looked for
     * again a few times.
     */
    private void receipt(String smscId, boolean delivered, String detail, int attempt) {
        Optional<OutboxMessage> message = Optional.empty();
        try {
            message = outbox.receipt(smscId, delivered, detail);
        } catch (RuntimeException e) {
            LOG.warnf("Recording the receipt of %s failed: %s", smscId, e.getMessage());
        }
        if (message.isEmpty() && attempt < 5 && executor != null) {
            executor.schedule(
                    () -> receipt(smscId, delivered, detail, attempt + 1), 1, TimeUnit.SECONDS);
        }
    }

    /** What the SMSC sends us: receipts, and texts from people. */
    private final class Listener implements MessageReceiverListener {

        @Override
        public void onAcceptDeliverSm(DeliverSm deliverSm) throws ProcessRequestException {
            if (MessageType.SMSC_DEL_RECEIPT.containedIn(deliverSm.getEsmClass())) {
                try {
                    DeliveryReceipt dr = deliverSm.getShortMessageAsDeliveryReceipt();
                    boolean delivered = dr.getFinalStatus() == DeliveryReceiptState.DELIVRD;
                    String detail =
                            delivered
                                    ? null
                                    : dr.getFinalStatus() + " (error " + dr.getError() + ")";
                    executor.execute(() -> receipt(dr.getId(), delivered, detail, 0));
                } catch (InvalidDeliveryReceiptException e) {
                    LOG.warnf("An unreadable receipt: %s", e.getMessage());
                }
                return;
            }
            SmsCodec.Decoded text =
                    SmsCodec.decode(
                            deliverSm.getShortMessage(),
                            deliverSm.getDataCoding(),
                            GSMSpecificFeature.UDHI.containedIn(deliverSm.getEsmClass()));
            String phone = "+" + deliverSm.getSourceAddr().replaceFirst("^\\+", "");
            executor.execute(() -> received.fire(new TextReceived(phone, text.text())));
        }

        @Override
        public void onAcceptAlertNotification(AlertNotification alertNotification) {}

        @Override
        public DataSmResult onAcceptDataSm(DataSm dataSm, Session source)
                throws ProcessRequestException {
            throw new ProcessRequestException("data_sm is not supported", 0x00000003);
        }
    }
}
