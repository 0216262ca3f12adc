package iq.cpf.awareness.bench;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Schedules N visits with the default reminder rules against the provisioned server (a fresh H2 database),
 * then drains the outbox into a local SMTP sink (GreenMail in this JVM), and reports visits scheduled per
 * second, messages sent per second, the server's peak heap, and the ratio of the outbox's sending rate to a
 * bare Jakarta Mail loop that sends the same messages over one reused connection to a sink of the same kind.
 *
 * <p>Sending is paused while the visits are scheduled (POST /api/outbox/pause), so the two rates are measured
 * apart: scheduling without the dispatcher competing for the two cores, and the dispatcher draining a full queue.
 */
public final class SchedulingBenchmark {

    private static final String ADMIN = BenchServer.ADMIN;
    private static final String PASSWORD = BenchServer.PASSWORD;
    private static final int SCHOOLS = 250;
    private static final int VOLUNTEERS = 500;

    private final Api api = new Api("http://localhost:8080/", ADMIN, PASSWORD);

    public static void main(String[] args) throws Exception {
        Path server = Path.of(args[0]).toAbsolutePath();
        int visits = Integer.parseInt(args[1]);
        int clients = Integer.parseInt(args[2]);
        new SchedulingBenchmark().run(server, visits, clients);
    }

    private void run(Path server, int visits, int clients) throws Exception {
        GreenMail sink = new GreenMail(new ServerSetup(3025, "127.0.0.1", ServerSetup.PROTOCOL_SMTP))
                .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
        sink.start();
        Path data = Files.createTempDirectory("awareness-bench");
        BenchServer wildfly = BenchServer.start(server, data, Map.of("SMTP_HOST", "127.0.0.1", "SMTP_PORT", "3025",
                "OUTBOX_POLL_SECONDS", "2"));
        try {
            api.post("/api/outbox/pause", null);
            long forum = api.create("/api/forums", Api.object().put("name", "Bench forum").put("governorate", "Diyala")
                    .put("district", "Baquba"));
            long campaign = api.create("/api/campaigns", Api.object().put("name", "Bench campaign").put("topic", "drugs")
                    .put("forumId", forum).put("governorate", "Diyala").put("startDate", LocalDate.now().toString())
                    .put("endDate", LocalDate.now().plusYears(1).toString()).put("status", "active"));
            List<Long> schools = new ArrayList<>();
            for (int i = 0; i < SCHOOLS; i++) {
                ObjectNode school = Api.object().put("name", "مدرسة " + i).put("nameLatin", "School " + i)
                        .put("governorate", "Diyala").put("district", "Baquba").put("level", "secondary").put("type", "mixed");
                school.putArray("contacts").addObject().put("name", "Head " + i).put("email", "head" + i + "@school.bench")
                        .put("language", i % 3 == 0 ? "en" : i % 3 == 1 ? "ar" : "ckb");
                schools.add(api.create("/api/schools", school));
            }
            List<Long> volunteers = new ArrayList<>();
            for (int i = 0; i < VOLUNTEERS; i++) {
                volunteers.add(api.create("/api/volunteers", Api.object().put("name", "Volunteer " + i)
                        .put("email", "volunteer" + i + "@cpf.bench").put("language", i % 2 == 0 ? "ar" : "ckb")
                        // Drugs is a sensitive topic: its visits are led by a vetted volunteer.
                        .put("vettedUntil", java.time.LocalDate.now().plusYears(1).toString())));
            }
            cli(server, "/core-service=platform-mbean/type=memory-pool/name=*:reset-peak-usage()");

            ZoneId baghdad = ZoneId.of("Asia/Baghdad");
            LocalDate firstDay = LocalDate.now(baghdad).plusDays(10);
            AtomicInteger failures = new AtomicInteger();
            ExecutorService pool = Executors.newFixedThreadPool(clients);
            long started = System.nanoTime();
            List<Future<?>> work = new ArrayList<>();
            for (int i = 0; i < visits; i++) {
                int n = i;
                work.add(pool.submit(() -> {
                    // Each school has at most one visit a day and each volunteer too, so no visit clashes.
                    var start = firstDay.plusDays(n / SCHOOLS).atTime(9, 0).atZone(baghdad).toOffsetDateTime();
                    ObjectNode visit = Api.object().put("campaignId", campaign)
                            .put("schoolId", schools.get(n % SCHOOLS)).put("start", start.toString()).put("durationMinutes", 90);
                    visit.putArray("volunteerIds").add(volunteers.get(n % VOLUNTEERS));
                    if (api.send("POST", "/api/visits", visit).statusCode() != 201) {
                        failures.incrementAndGet();
                    }
                    return null;
                }));
            }
            for (Future<?> future : work) {
                future.get();
            }
            double scheduleSeconds = (System.nanoTime() - started) / 1e9;
            pool.shutdown();

            int queued = api.get("/api/outbox?state=pending&size=1").get("total").asInt();
            long drainStarted = System.nanoTime();
            api.post("/api/outbox/resume", null);
            // Counted at the sink: asking the server's API how many are sent would make it count rows while it sends.
            if (!sink.waitForIncomingEmail(600_000, queued)) {
                throw new IllegalStateException("The outbox did not drain within 10 minutes");
            }
            double drainSeconds = (System.nanoTime() - drainStarted) / 1e9;
            while (api.get("/api/outbox?state=sent&size=1").get("total").asInt() < queued) {
                new java.util.concurrent.CountDownLatch(1).await(100, java.util.concurrent.TimeUnit.MILLISECONDS);
            }
            String heap = cli(server, "/core-service=platform-mbean/type=memory-pool/name=*:read-attribute(name=peak-usage)");
            long peakHeap = peakHeap(heap);

            MimeMessage[] received = sink.getReceivedMessages();
            double bareRate = bareLoop(java.util.Arrays.copyOf(received, queued));
            double outboxRate = queued / drainSeconds;

            System.out.printf(Locale.ROOT, "%nvisits scheduled:        %d in %.1f s (%d failed) = %.0f visits/s with %d clients%n",
                    visits, scheduleSeconds, failures.get(), visits / scheduleSeconds, clients);
            System.out.printf(Locale.ROOT, "messages sent:           %d in %.1f s = %.0f messages/s through the outbox%n",
                    queued, drainSeconds, outboxRate);
            System.out.printf(Locale.ROOT, "bare Jakarta Mail loop:  %.0f messages/s over one connection%n", bareRate);
            System.out.printf(Locale.ROOT, "outbox / bare loop:      %.2f%n", outboxRate / bareRate);
            System.out.printf(Locale.ROOT, "server peak heap:        %d MiB%n", peakHeap / (1024 * 1024));
        } finally {
            wildfly.close();
            sink.stop();
        }
    }

    /**
     * The same messages again, sent with nothing but Jakarta Mail over one reused connection to the same sink,
     * with the same socket setting as the application (TCP_NODELAY), so that the ratio compares the outbox's
     * overhead and not Nagle's algorithm.
     */
    private static double bareLoop(MimeMessage[] messages) throws Exception {
        Properties properties = new Properties();
        properties.put("mail.smtp.host", "127.0.0.1");
        properties.put("mail.smtp.port", "3025");
        properties.put("mail.smtp.socketFactory", new NoDelay());
        Session session = Session.getInstance(properties);
        List<MimeMessage> copies = new ArrayList<>();
        for (MimeMessage message : messages) {
            copies.add(new MimeMessage(session, toStream(message)));
        }
        long started = System.nanoTime();
        try (Transport transport = session.getTransport("smtp")) {
            transport.connect();
            for (MimeMessage copy : copies) {
                transport.sendMessage(copy, copy.getRecipients(Message.RecipientType.TO));
            }
        }
        return messages.length / ((System.nanoTime() - started) / 1e9);
    }

    /** TCP_NODELAY sockets, as the application's mailer makes them. */
    static final class NoDelay extends javax.net.SocketFactory {

        private static java.net.Socket on(java.net.Socket socket) throws IOException {
            socket.setTcpNoDelay(true);
            return socket;
        }

        @Override
        public java.net.Socket createSocket() throws IOException {
            return on(new java.net.Socket());
        }

        @Override
        public java.net.Socket createSocket(String host, int port) throws IOException {
            return on(new java.net.Socket(host, port));
        }

        @Override
        public java.net.Socket createSocket(String host, int port, java.net.InetAddress local, int localPort) throws IOException {
            return on(new java.net.Socket(host, port, local, localPort));
        }

        @Override
        public java.net.Socket createSocket(java.net.InetAddress host, int port) throws IOException {
            return on(new java.net.Socket(host, port));
        }

        @Override
        public java.net.Socket createSocket(java.net.InetAddress host, int port, java.net.InetAddress local, int localPort)
                throws IOException {
            return on(new java.net.Socket(host, port, local, localPort));
        }
    }

    private static java.io.InputStream toStream(MimeMessage message) throws Exception {
        var bytes = new java.io.ByteArrayOutputStream();
        message.writeTo(bytes);
        return new java.io.ByteArrayInputStream(bytes.toByteArray());
    }

    private static String cli(Path server, String command) throws Exception {
        Process cli = new ProcessBuilder(server.resolve("bin/jboss-cli.sh").toString(), "--connect", "--command=" + command)
                .redirectErrorStream(true).start();
        String output = new String(cli.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        cli.waitFor();
        return output;
    }

    /** Sums the peak "used" bytes of the heap's memory pools from the CLI's answer. */
    private static long peakHeap(String answer) {
        long total = 0;
        var matcher = java.util.regex.Pattern.compile("\"name\" => \"([^\"]+)\"|\"used\" => (\\d+)L").matcher(answer);
        String pool = "";
        while (matcher.find()) {
            if (matcher.group(1) != null) {
                pool = matcher.group(1);
            } else if (pool.contains("Eden") || pool.contains("Survivor") || pool.contains("Old") || pool.contains("Tenured")) {
                total += Long.parseLong(matcher.group(2));
            }
        }
        return total;
    }
}
