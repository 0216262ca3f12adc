package iq.cpf.awareness.bench;

import static iq.cpf.awareness.bench.ClusterRig.expect;
import static iq.cpf.awareness.bench.ClusterRig.say;
import static iq.cpf.awareness.bench.ClusterRig.seconds;
import static iq.cpf.awareness.bench.ClusterRig.setting;
import static iq.cpf.awareness.bench.ClusterRig.waitFor;

import com.fasterxml.jackson.databind.JsonNode;
import iq.cpf.awareness.bench.ClusterRig.Run;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Scheduling and sending on one node and on two behind HAProxy, side by side in one run, each on a fresh
 * PostgreSQL database, and the time from a node's death to its work being taken over (issue 16, part 6).
 *
 * <p>Each case schedules N visits over the API through the balancer with the outbox paused, so that scheduling is
 * measured alone, then resumes the outbox and counts the invitations (two a visit) at the SMTP server in this
 * JVM. The takeover case, on two nodes with the default settings, kills one node with SIGKILL once a third of
 * the invitations has arrived, notes the messages the dead node had claimed (state sending), and measures how
 * long until the other node has sent them, and until everything is sent.
 */
public final class ClusterBenchmark {

    private static final int SCHOOLS = 250;
    private static final int VOLUNTEERS = 500;

    private final ClusterRig rig;
    private final int visits;
    private final int clients;

    private ClusterBenchmark(ClusterRig rig, int visits, int clients) {
        this.rig = rig;
        this.visits = visits;
        this.clients = clients;
    }

    public static void main(String[] args) throws Exception {
        try (var rig = new ClusterRig(Path.of(args[0]).toAbsolutePath())) {
            new ClusterBenchmark(rig, Integer.parseInt(args[1]), Integer.parseInt(args[2])).run();
        } catch (ClusterRig.Failed e) {
            System.err.println("FAILED: " + e.getMessage());
            System.exit(1);
        }
        System.exit(0);
    }

    private void run() throws Exception {
        Rates one = rates(1);
        Rates two = rates(2);
        Takeover takeover = takeover();
        System.out.printf(Locale.ROOT, "%n%d visits, %d clients, through HAProxy%n", visits, clients);
        System.out.printf(Locale.ROOT, "| nodes | scheduling | visits/s | sending %d invitations | messages/s |%n", 2 * visits);
        System.out.printf(Locale.ROOT, "| --- | --- | --- | --- | --- |%n");
        for (Rates rates : List.of(one, two)) {
            System.out.printf(Locale.ROOT, "| %d | %.1f s | %.0f | %.1f s | %.0f |%n", rates.nodes(), rates.scheduleSeconds(),
                    visits / rates.scheduleSeconds(), rates.sendSeconds(), 2 * visits / rates.sendSeconds());
        }
        System.out.printf(Locale.ROOT, "two nodes / one: scheduling %.2f, sending %.2f%n",
                one.scheduleSeconds() / two.scheduleSeconds(), one.sendSeconds() / two.sendSeconds());
        System.out.printf(Locale.ROOT, "%nkill -9 of one of two nodes with %d of %d invitations sent (lease %s s, poll %s s):%n",
                takeover.atKill(), 2 * visits, setting("OUTBOX_LEASE_SECONDS", "60"), setting("OUTBOX_POLL_SECONDS", "10"));
        System.out.printf(Locale.ROOT, "  next message at the SMTP server  %.1f s after the kill%n", takeover.nextSeconds());
        System.out.printf(Locale.ROOT, "  the dead node's %d claimed messages sent by the other %.1f s after the kill%n",
                takeover.claimed(), takeover.takenOverSeconds());
        System.out.printf(Locale.ROOT, "  everything sent                  %.1f s after the kill%n", takeover.drainedSeconds());
    }

    /** Schedules and sends on a fresh database with this many nodes. */
    private Rates rates(int nodes) throws Exception {
        Run run = fresh(nodes);
        long scheduling = System.nanoTime();
        rig.schedule(run, visits, firstDay(), 1, clients);
        double scheduleSeconds = seconds(scheduling);
        long sending = System.nanoTime();
        rig.api.post("/api/outbox/resume", null);
        waitFor(Duration.ofMinutes(15), () -> rig.distinct(run) >= 2 * visits, "the invitations of " + visits + " visits");
        double sendSeconds = seconds(sending);
        say("%d node%s: %d visits scheduled in %.1f s, their %d invitations sent in %.1f s", nodes, nodes == 1 ? "" : "s",
                visits, scheduleSeconds, 2 * visits, sendSeconds);
        rig.stop();
        return new Rates(nodes, scheduleSeconds, sendSeconds);
    }

    private Takeover takeover() throws Exception {
        Run run = fresh(2);
        rig.schedule(run, visits, firstDay(), 1, clients);
        int expected = 2 * visits;
        rig.api.post("/api/outbox/resume", null);
        waitFor(Duration.ofMinutes(15), () -> rig.distinct(run) >= expected / 3, "a third of the invitations");
        int atKill = rig.distinct(run);
        Instant killed = rig.kill("node1");
        Set<String> claimed = sending();
        say("killed node1 with %d of %d sent and %d messages claimed", atKill, expected, claimed.size());
        waitFor(Duration.ofMinutes(5), () -> rig.distinct(run) > atKill, "a message after the kill");
        double next = since(killed);
        waitFor(Duration.ofMinutes(15), () -> {
            Set<String> still = sending();
            still.retainAll(claimed);
            return still.isEmpty();
        }, "the dead node's messages sent");
        double takenOver = since(killed);
        waitFor(Duration.ofMinutes(15), () -> rig.distinct(run) >= expected && rig.outboxEmpty(), "every invitation");
        double drained = since(killed);
        rig.stop();
        return new Takeover(atKill, claimed.size(), next, takenOver, drained);
    }

    /** A fresh database, the cluster on it with the outbox paused, and the schools and volunteers of the visits. */
    private Run fresh(int nodes) throws IOException, InterruptedException {
        String url = setting("DB_URL", "");
        String database = url.substring(url.lastIndexOf('/') + 1);
        expect(database.matches("[a-z_]+"), "DB_URL must name a database of lower-case letters: " + url);
        Process drop = new ProcessBuilder("psql", "-h", "127.0.0.1", "-U", "postgres", "-d", "postgres", "-q", "-c",
                "DROP DATABASE IF EXISTS " + database).inheritIO().start();
        expect(drop.waitFor() == 0, "could not drop database " + database);
        rig.start(Map.of("NODES", Integer.toString(nodes)));
        rig.api.post("/api/outbox/pause", null);
        return rig.prepare(SCHOOLS, VOLUNTEERS, "n" + nodes);
    }

    /** The ids of the messages being sent now, as the outbox's API lists them. */
    private Set<String> sending() {
        Set<String> ids = new HashSet<>();
        for (int page = 0; ; page++) {
            JsonNode items = rig.api.get("/api/outbox?state=sending&size=200&page=" + page).get("items");
            if (items == null || items.isEmpty()) {
                return ids;
            }
            items.forEach(item -> ids.add(item.get("id").asText()));
        }
    }

    private static OffsetDateTime firstDay() {
        return OffsetDateTime.now(ZoneOffset.UTC).plusDays(10).truncatedTo(ChronoUnit.HOURS);
    }

    private static double since(Instant instant) {
        return Duration.between(instant, Instant.now()).toMillis() / 1000.0;
    }

    private record Rates(int nodes, double scheduleSeconds, double sendSeconds) {}

    private record Takeover(int atKill, int claimed, double nextSeconds, double takenOverSeconds, double drainedSeconds) {}
}
