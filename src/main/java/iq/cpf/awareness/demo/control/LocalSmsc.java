package iq.cpf.awareness.demo.control;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import iq.cpf.awareness.outbox.control.SmsCodec;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.jsmpp.bean.BroadcastSm;
import org.jsmpp.bean.CancelBroadcastSm;
import org.jsmpp.bean.CancelSm;
import org.jsmpp.bean.DataSm;
import org.jsmpp.bean.DeliveryReceipt;
import org.jsmpp.bean.ESMClass;
import org.jsmpp.bean.GSMSpecificFeature;
import org.jsmpp.bean.GeneralDataCoding;
import org.jsmpp.bean.MessageMode;
import org.jsmpp.bean.MessageType;
import org.jsmpp.bean.NumberingPlanIndicator;
import org.jsmpp.bean.QueryBroadcastSm;
import org.jsmpp.bean.QuerySm;
import org.jsmpp.bean.RegisteredDelivery;
import org.jsmpp.bean.ReplaceSm;
import org.jsmpp.bean.SMSCDeliveryReceipt;
import org.jsmpp.bean.SubmitMulti;
import org.jsmpp.bean.SubmitSm;
import org.jsmpp.bean.TypeOfNumber;
import org.jsmpp.extra.ProcessRequestException;
import org.jsmpp.session.BindRequest;
import org.jsmpp.session.BroadcastSmResult;
import org.jsmpp.session.DataSmResult;
import org.jsmpp.session.QueryBroadcastSmResult;
import org.jsmpp.session.QuerySmResult;
import org.jsmpp.session.SMPPServerSession;
import org.jsmpp.session.SMPPServerSessionListener;
import org.jsmpp.session.ServerMessageReceiverListener;
import org.jsmpp.session.Session;
import org.jsmpp.session.SubmitMultiResult;
import org.jsmpp.session.SubmitSmResult;
import org.jsmpp.util.DeliveryReceiptState;
import org.jsmpp.util.MessageId;
import org.jsmpp.util.RandomMessageIDGenerator;

/**
 * A small SMSC for the demo and the tests, built on jsmpp's server side: it accepts any bind, keeps
 * every text it is given (the parts as they came, and the whole once all parts are in), answers
 * each part with a delivery receipt (delivered, or undelivered for the numbers told so), and can
 * send a reply from a phone to the bound application. With {@code main} it also shows what it
 * received on a web page with a form to type a reply, beside the demo's mailbox.
 */
public final class LocalSmsc implements AutoCloseable {

    private static final int STAT_ESME_RINVCMDID = 0x00000003;

    /** One part as the SMSC received it. */
    public record Part(
            String id,
            String to,
            String from,
            byte dataCoding,
            boolean header,
            byte[] bytes,
            SmsCodec.Decoded decoded) {}

    /** A whole text, its parts put together. */
    public record Text(String to, String from, String text, List<Part> parts, Instant at) {}

    private final int port;
    private final ExecutorService workers = Executors.newCachedThreadPool(daemon("smsc"));
    private final ScheduledExecutorService receipts =
            Executors.newSingleThreadScheduledExecutor(daemon("smsc-receipts"));
    private final RandomMessageIDGenerator ids = new RandomMessageIDGenerator();
    private final List<Part> parts = new CopyOnWriteArrayList<>();
    private final List<Text> texts = new CopyOnWriteArrayList<>();
    private final List<SMPPServerSession> sessions = new CopyOnWriteArrayList<>();
    private final Set<String> undeliverable = ConcurrentHashMap.newKeySet();
    private final Map<String, List<Part>> pending = new ConcurrentHashMap<>();
    private volatile SMPPServerSessionListener listener;

    public LocalSmsc(int port) {
        this.port = port;
    }

    /** Listens for binds; again after {@link #stop}, as an SMSC that was down and is back. */
    public synchronized LocalSmsc start() throws IOException {
        if (listener != null) {
            return this;
        }
        SMPPServerSessionListener started = new SMPPServerSessionListener(port);
        started.setMessageReceiverListener(new Receiver());
        listener = started;
        workers.execute(() -> accept(started));
        return this;
    }

    /** Stops listening and drops every bound application, as an SMSC going down. */
    public synchronized void stop() {
        SMPPServerSessionListener open = listener;
        listener = null;
        if (open != null) {
            try {
                open.close();
            } catch (IOException e) {
                // Closing a listening socket that is already gone.
            }
        }
        sessions.forEach(SMPPServerSession::close);
        sessions.clear();
    }

    @Override
    public void close() {
        stop();
        workers.shutdownNow();
        receipts.shutdownNow();
    }

    private void accept(SMPPServerSessionListener from) {
        while (listener == from) {
            try {
                SMPPServerSession session = from.accept();
                workers.execute(() -> bind(session));
            } catch (IOException e) {
                return;
            }
        }
    }

    private void bind(SMPPServerSession session) {
        try {
            BindRequest request = session.waitForBind(5000);
            request.accept("LocalSmsc");
            sessions.add(session);
        } catch (Exception e) {
            session.close();
        }
    }

    /** The numbers whose texts are answered "undelivered". */
    public void undeliverable(String phone) {
        undeliverable.add(digits(phone));
    }

    public List<Text> texts() {
        return List.copyOf(texts);
    }

    public List<Part> parts() {
        return List.copyOf(parts);
    }

    /** Forgets what it received. */
    public void clear() {
        texts.clear();
        parts.clear();
        pending.clear();
    }

    /** Waits until a text matching the test arrived; answers it or fails after the deadline. */
    public Text await(Predicate<Text> test, Duration deadline) throws InterruptedException {
        Instant end = Instant.now().plus(deadline);
        while (Instant.now().isBefore(end)) {
            for (Text text : texts) {
                if (test.test(text)) {
                    return text;
                }
            }
            TimeUnit.MILLISECONDS.sleep(50);
        }
        throw new AssertionError("No such text within " + deadline + "; received: " + texts);
    }

    /** A text from a phone to the application, as a person's reply. */
    public void reply(String fromPhone, String to, String text) throws Exception {
        SmsCodec.Encoded encoded = SmsCodec.encode(text, 1);
        SMPPServerSession session =
                sessions.stream()
                        .filter(s -> s.getSessionState().isReceivable())
                        .findFirst()
                        .orElseThrow(() -> new IllegalStateException("No application is bound"));
        for (SmsCodec.Part part : encoded.parts()) {
            session.deliverShortMessage(
                    "",
                    TypeOfNumber.INTERNATIONAL,
                    NumberingPlanIndicator.ISDN,
                    digits(fromPhone),
                    TypeOfNumber.UNKNOWN,
                    NumberingPlanIndicator.UNKNOWN,
                    to,
                    part.esmClass(),
                    (byte) 0,
                    (byte) 0,
                    new RegisteredDelivery(0),
                    encoded.coding(),
                    part.bytes());
        }
    }

    private static String digits(String phone) {
        return phone.replaceFirst("^\\+", "");
    }

    private void received(Part part) {
        parts.add(part);
        SmsCodec.Decoded decoded = part.decoded();
        if (decoded.total() <= 1) {
            texts.add(
                    new Text(part.to(), part.from(), decoded.text(), List.of(part), Instant.now()));
            return;
        }
        String key = part.to() + "/" + decoded.reference();
        List<Part> sofar = pending.computeIfAbsent(key, k -> new CopyOnWriteArrayList<>());
        sofar.add(part);
        if (sofar.size() == decoded.total()) {
            pending.remove(key);
            List<Part> ordered = new ArrayList<>(sofar);
            ordered.sort((a, b) -> a.decoded().number() - b.decoded().number());
            StringBuilder whole = new StringBuilder();
            ordered.forEach(p -> whole.append(p.decoded().text()));
            texts.add(
                    new Text(
                            part.to(),
                            part.from(),
                            whole.toString(),
                            Collections.unmodifiableList(ordered),
                            Instant.now()));
        }
    }

    private void receipt(SMPPServerSession session, SubmitSm sm, String id) {
        boolean delivered = !undeliverable.contains(sm.getDestAddress());
        DeliveryReceipt receipt =
                new DeliveryReceipt(
                        id,
                        1,
                        delivered ? 1 : 0,
                        new Date(),
                        new Date(),
                        delivered ? DeliveryReceiptState.DELIVRD : DeliveryReceiptState.UNDELIV,
                        delivered ? "000" : "001",
                        "");
        try {
            session.deliverShortMessage(
                    "",
                    TypeOfNumber.INTERNATIONAL,
                    NumberingPlanIndicator.ISDN,
                    sm.getDestAddress(),
                    TypeOfNumber.UNKNOWN,
                    NumberingPlanIndicator.UNKNOWN,
                    sm.getSourceAddr(),
                    new ESMClass(
                            MessageMode.DEFAULT,
                            MessageType.SMSC_DEL_RECEIPT,
                            GSMSpecificFeature.DEFAULT),
                    (byte) 0,
                    (byte) 0,
                    new RegisteredDelivery(0),
                    new GeneralDataCoding(org.jsmpp.bean.Alphabet.ALPHA_DEFAULT),
                    receipt.toString().getBytes(StandardCharsets.US_ASCII));
        } catch (Exception e) {
            // The application went away before its receipt: as with a real SMSC, it is lost.
        }
    }

    private final class Receiver implements ServerMessageReceiverListener {

        @Override
        public SubmitSmResult onAcceptSubmitSm(SubmitSm sm, SMPPServerSession source)
                throws ProcessRequestException {
            MessageId id = ids.newMessageId();
            boolean header = GSMSpecificFeature.UDHI.containedIn(sm.getEsmClass());
            received(
                    new Part(
                            id.getValue(),
                            "+" + sm.getDestAddress(),
                            sm.getSourceAddr(),
                            sm.getDataCoding(),
                            header,
                            sm.getShortMessage(),
                            SmsCodec.decode(sm.getShortMessage(), sm.getDataCoding(), header)));
            if (SMSCDeliveryReceipt.SUCCESS_FAILURE.containedIn(sm.getRegisteredDelivery())) {
                // After the submit_sm_resp has gone, as a real SMSC's receipt comes later.
                receipts.schedule(
                        () -> receipt(source, sm, id.getValue()), 200, TimeUnit.MILLISECONDS);
            }
            return new SubmitSmResult(id, new org.jsmpp.bean.OptionalParameter[0]);
        }

        @Override
        public SubmitMultiResult onAcceptSubmitMulti(SubmitMulti sm, SMPPServerSession source)
                throws ProcessRequestException {
            throw new ProcessRequestException("not supported", STAT_ESME_RINVCMDID);
        }

        @Override
        public QuerySmResult onAcceptQuerySm(QuerySm sm, SMPPServerSession source)
                throws ProcessRequestException {
            throw new ProcessRequestException("not supported", STAT_ESME_RINVCMDID);
        }

        @Override
        public void onAcceptReplaceSm(ReplaceSm sm, SMPPServerSession source)
                throws ProcessRequestException {
            throw new ProcessRequestException("not supported", STAT_ESME_RINVCMDID);
        }

        @Override
        public void onAcceptCancelSm(CancelSm sm, SMPPServerSession source)
                throws ProcessRequestException {
            throw new ProcessRequestException("not supported", STAT_ESME_RINVCMDID);
        }

        @Override
        public BroadcastSmResult onAcceptBroadcastSm(BroadcastSm sm, SMPPServerSession source)
                throws ProcessRequestException {
            throw new ProcessRequestException("not supported", STAT_ESME_RINVCMDID);
        }

        @Override
        public void onAcceptCancelBroadcastSm(CancelBroadcastSm sm, SMPPServerSession source)
                throws ProcessRequestException {
            throw new ProcessRequestException("not supported", STAT_ESME_RINVCMDID);
        }

        @Override
        public QueryBroadcastSmResult onAcceptQueryBroadcastSm(
                QueryBroadcastSm sm, SMPPServerSession source) throws ProcessRequestException {
            throw new ProcessRequestException("not supported", STAT_ESME_RINVCMDID);
        }

        @Override
        public DataSmResult onAcceptDataSm(DataSm sm, Session source)
                throws ProcessRequestException {
            throw new ProcessRequestException("not supported", STAT_ESME_RINVCMDID);
        }
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        return task -> {
            Thread thread = new Thread(task, name);
            thread.setDaemon(true);
            return thread;
        };
    }

    /**
     * The demo's SMSC: {@code LocalSmsc [smpp-port] [web-port]} (2775 and 8026 by default). The
     * page lists what arrived, newest first, and sends a typed reply from a phone.
     */
    public static void main(String[] args) throws Exception {
        int smppPort = args.length > 0 ? Integer.parseInt(args[0]) : 2775;
        int webPort = args.length > 1 ? Integer.parseInt(args[1]) : 8026;
        LocalSmsc smsc = new LocalSmsc(smppPort).start();
        HttpServer web = HttpServer.create(new InetSocketAddress("127.0.0.1", webPort), 0);
        web.createContext("/", exchange -> smsc.page(exchange));
        web.start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> web.stop(0)));
        Thread.currentThread().join();
    }

    private void page(HttpExchange exchange) throws IOException {
        if ("POST".equals(exchange.getRequestMethod())) {
            Map<String, String> form = new TreeMap<>();
            String body =
                    new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            for (String pair : body.split("&")) {
                int eq = pair.indexOf('=');
                if (eq > 0) {
                    form.put(
                            pair.substring(0, eq),
                            URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
                }
            }
            try {
                reply(
                        form.getOrDefault("from", ""),
                        form.getOrDefault("to", "CPF"),
                        form.getOrDefault("text", ""));
            } catch (Exception e) {
                // Shown by the page's list staying as it was; the demo's console has the cause.
            }
            exchange.getResponseHeaders().add("Location", "/");
            exchange.sendResponseHeaders(303, -1);
            exchange.close();
            return;
        }
        StringBuilder html =
                new StringBuilder(
                        "<!doctype html><html><head><meta charset=utf-8><title>Local SMSC</title>"
                                + "<style>body{font-family:sans-serif;margin:2em}td,th{border-bottom:1px solid #ccc;padding:.4em;text-align:start}"
                                + "td.text{unicode-bidi:plaintext}</style></head><body><h1>Text messages received</h1>"
                                + "<form method=post><label>From phone <input name=from value='+9647701234567'></label> "
                                + "<label>Reply <input name=text dir=auto></label> <button>Send reply</button></form>"
                                + "<table><tr><th>When</th><th>To</th><th>From</th><th>Parts</th><th>Text</th></tr>");
        List<Text> newest = new ArrayList<>(texts);
        Collections.reverse(newest);
        for (Text text : newest) {
            html.append("<tr><td>")
                    .append(text.at())
                    .append("</td><td>")
                    .append(escape(text.to()))
                    .append("</td><td>")
                    .append(escape(text.from()))
                    .append("</td><td>")
                    .append(text.parts().size())
                    .append("</td><td class=text>")
                    .append(escape(text.text()))
                    .append("</td></tr>");
        }
        html.append("</table></body></html>");
        byte[] bytes = html.toString().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
        exchange.sendResponseHeaders(200, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("'", "&#39;");
    }
}
