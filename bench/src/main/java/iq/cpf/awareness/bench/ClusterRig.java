package iq.cpf.awareness.bench;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BooleanSupplier;

/**
 * The cluster of {@code target/cluster} as the cluster programs drive it: its scripts and its nodes' processes, the
 * API through the balancer, and an SMTP server in this JVM (GreenMail on 127.0.0.1:3025) where the nodes send.
 */
final class ClusterRig implements AutoCloseable {

    final Path cluster;
    final String balancer;
    final String admin;
    final String password;
    final Api api;
    final GreenMail sink = new GreenMail(new ServerSetup(3025, "127.0.0.1", ServerSetup.PROTOCOL_SMTP))
            .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());

    ClusterRig(Path cluster) {
        this.cluster = cluster;
        this.balancer = "http://localhost:" + setting("HAPROXY_PORT", "8080");
        this.admin = setting("ADMIN_EMAIL", "admin@cluster.example");
        this.password = setting("ADMIN_PASSWORD", "");
        this.api = new Api(balancer, admin, password);
        sink.start();
    }

    /** Runs {@code start.sh} with these settings added to this process's: it returns once the nodes are ready. */
    void start(Map<String, String> settings) throws IOException, InterruptedException {
        run("start.sh", settings);
    }

    void stop() throws IOException, InterruptedException {
        run("stop.sh", Map.of());
    }

    private void run(String script, Map<String, String> settings) throws IOException, InterruptedException {
        var builder = new ProcessBuilder(cluster.resolve(script).toString()).inheritIO();
        builder.environment().putAll(settings);
        expect(builder.start().waitFor() == 0, "target/cluster/" + script + " failed");
    }

    /** SIGKILL: no shutdown hook, no graceful stop, as when a machine loses power. Answers when it was sent. */
    Instant kill(String node) throws IOException, InterruptedException {
        long pid = Long.parseLong(Files.readString(cluster.resolve(node + ".pid")).trim());
        ProcessHandle process = ProcessHandle.of(pid).orElseThrow(() -> new Failed(node + " (pid " + pid + ") is not running"));
        Instant at = Instant.now();
        process.destroyForcibly();
        waitFor(Duration.ofSeconds(10), () -> !process.isAlive(), node + " gone after SIGKILL");
        // Until HAProxy's health check has taken the node out (two failed checks, 2 s apart), a request may
        // still be sent to it: a POST, which HAProxy does not retry elsewhere, once waited out the client's
        // minute there. What is checked after a kill is the cluster's takeover, not that window.
        waitFor(Duration.ofSeconds(15), () -> down(node), node + " taken out of rotation by HAProxy");
        return at;
    }

    /** Whether HAProxy's statistics show the node down. */
    boolean down(String node) {
        try {
            String stats = new String(
                    new java.net.URL("http://127.0.0.1:" + setting("HAPROXY_STATS_PORT", "8404") + "/;csv").openStream()
                            .readAllBytes(),
                    java.nio.charset.StandardCharsets.UTF_8);
            return stats.lines().anyMatch(line -> line.startsWith("nodes," + node + ",") && line.contains(",DOWN"));
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * A forum, a campaign whose rules remind school and volunteers one day before a visit, and the schools (one
     * English-speaking contact each) and volunteers for the visits.
     */
    Run prepare(int schools, int volunteers, String prefix) {
        String tag = prefix + Long.toString(System.currentTimeMillis(), 36);
        long forum = api.create("/api/forums", Api.object().put("name", "Cluster " + tag).put("governorate", "Diyala")
                .put("district", "Baquba"));
        ObjectNode campaign = Api.object().put("name", "Cluster " + tag).put("topic", "drugs").put("forumId", forum)
                .put("governorate", "Diyala").put("startDate", LocalDate.now(ZoneOffset.UTC).minusDays(1).toString())
                .put("endDate", LocalDate.now(ZoneOffset.UTC).plusDays(60).toString()).put("status", "active");
        var rules = campaign.putArray("reminders");
        rules.addObject().put("audience", "school").put("before", "P1D");
        rules.addObject().put("audience", "volunteers").put("before", "P1D");
        long campaignId = api.create("/api/campaigns", campaign);
        List<Long> schoolIds = new ArrayList<>();
        List<String> contacts = new ArrayList<>();
        for (int i = 0; i < schools; i++) {
            String contact = "head" + i + "-" + tag + "@school.cluster";
            ObjectNode school = Api.object().put("name", "مدرسة " + i).put("nameLatin", "School " + i + " " + tag)
                    .put("governorate", "Diyala").put("district", "Baquba").put("level", "secondary").put("type", "mixed")
                    .put("forumId", forum);
            school.putArray("contacts").addObject().put("name", "Head " + i).put("email", contact).put("language", "en");
            schoolIds.add(api.create("/api/schools", school));
            contacts.add(contact);
        }
        List<Long> volunteerIds = new ArrayList<>();
        List<String> volunteerEmails = new ArrayList<>();
        for (int i = 0; i < volunteers; i++) {
            String email = "volunteer" + i + "-" + tag + "@cpf.cluster";
            volunteerIds.add(api.create("/api/volunteers", Api.object().put("name", "Volunteer " + i).put("email", email)
                    .put("forumId", forum).put("language", "ar")
                    // Drugs is a sensitive topic: its visits are led by a vetted volunteer.
                    .put("vettedUntil", java.time.LocalDate.now().plusYears(1).toString())));
            volunteerEmails.add(email);
        }
        Set<String> recipients = new HashSet<>(contacts);
        recipients.addAll(volunteerEmails);
        return new Run(campaignId, schoolIds, contacts, volunteerIds, recipients);
    }

    /**
     * Schedules {@code count} visits with {@code clients} parallel clients and answers their ids. Visit n is at
     * school n and with volunteer n (modulo their numbers), {@code n / schools} days and {@code n % spreadSeconds}
     * seconds after {@code first}: no school and no volunteer has two visits at once.
     */
    List<Long> schedule(Run run, int count, OffsetDateTime first, int spreadSeconds, int clients) throws Exception {
        OffsetDateTime base = first.truncatedTo(ChronoUnit.SECONDS);
        int schools = run.schools().size();
        int volunteers = run.volunteers().size();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            List<Future<Long>> work = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                int n = i;
                work.add(pool.submit(() -> {
                    var start = base.plusDays(n / schools).plusSeconds(n % spreadSeconds);
                    ObjectNode visit = Api.object().put("campaignId", run.campaign()).put("schoolId", run.schools().get(n % schools))
                            .put("start", start.toString()).put("durationMinutes", 60);
                    visit.putArray("volunteerIds").add(run.volunteers().get(n % volunteers));
                    return api.create("/api/visits", visit);
                }));
            }
            List<Long> ids = new ArrayList<>();
            for (Future<Long> id : work) {
                ids.add(id.get());
            }
            return ids;
        } finally {
            pool.shutdown();
        }
    }

    /** How many distinct messages (by Message-ID) the SMTP server holds for the run's recipients. */
    int distinct(Run run) {
        Set<String> ids = new HashSet<>();
        for (MimeMessage message : sink.getReceivedMessages()) {
            try {
                if (run.recipients().contains(recipient(message))) {
                    ids.add(message.getMessageID());
                }
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }
        return ids.size();
    }

    static String recipient(MimeMessage message) throws MessagingException {
        var to = message.getRecipients(Message.RecipientType.TO);
        return to == null || to.length == 0 ? "" : ((InternetAddress) to[0]).getAddress().toLowerCase(Locale.ROOT);
    }

    boolean outboxEmpty() {
        return api.get("/api/outbox?state=pending&size=1").get("total").asInt() == 0
                && api.get("/api/outbox?state=sending&size=1").get("total").asInt() == 0;
    }

    /** Polls until the condition holds: no fixed sleep stands in for the cluster's timing. */
    static void waitFor(Duration limit, BooleanSupplier condition, String what) throws InterruptedException {
        Instant deadline = Instant.now().plus(limit);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new Failed("waited " + limit.toSeconds() + " s for " + what);
            }
            Thread.sleep(20);
        }
    }

    static void expect(boolean condition, String failure) {
        if (!condition) {
            throw new Failed(failure);
        }
    }

    static String setting(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    static void say(String format, Object... values) {
        System.out.printf(Locale.ROOT, "== " + format + "%n", values);
    }

    static double seconds(long sinceNanos) {
        return (System.nanoTime() - sinceNanos) / 1e9;
    }

    @Override
    public void close() {
        sink.stop();
    }

    /** The data of one run: every visit's school has one contact, and each recipient belongs to this run alone. */
    record Run(long campaign, List<Long> schools, List<String> contacts, List<Long> volunteers, Set<String> recipients) {}

    /** A promise not kept: the program reports it and exits 1. */
    static final class Failed extends RuntimeException {
        Failed(String message) {
            super(message);
        }
    }
}
