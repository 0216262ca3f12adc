package iq.cpf.awareness.bench;

import static iq.cpf.awareness.bench.ClusterRig.expect;
import static iq.cpf.awareness.bench.ClusterRig.say;
import static iq.cpf.awareness.bench.ClusterRig.seconds;
import static iq.cpf.awareness.bench.ClusterRig.setting;
import static iq.cpf.awareness.bench.ClusterRig.waitFor;

import iq.cpf.awareness.bench.ClusterRig.Failed;
import iq.cpf.awareness.bench.ClusterRig.Run;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The cluster's promise, checked by killing (issue 16, part 5; run by {@code .ci/cluster.sh}). With an SMTP server
 * in this JVM (GreenMail on 127.0.0.1:3025, where the nodes send), it starts the cluster of
 * {@code target/cluster/start.sh}, logs in through HAProxy with the login form as a browser would, schedules N
 * visits (300) whose reminders fall due within two minutes, cancels some of them, and {@code kill -9}s the node that
 * holds the browser's session while the reminders drain. Then, at the SMTP server: every expected message arrived,
 * an extra copy carries its original's Message-ID and there are no more of them than the guarantee allows (one per
 * sender of the dead node), no reminder of a cancelled visit went out; and the same cookie still works through the
 * balancer without a new login, and the page the dead node rendered still posts back. Finally the node is started
 * again, joins a cluster of two, gets new sessions, and, once the other node is killed too, does the work alone.
 * Before all that, failed logins on one node must make the other refuse the next attempt.
 *
 * <p>Each visit has its own school and volunteer, so every recipient must get exactly two distinct messages: an
 * invitation and a reminder, or, for a cancelled visit, an invitation and the cancellation. A lost message leaves a
 * recipient with one; a reminder of a cancelled visit, or a copy under a new Message-ID, gives one three.
 */
public final class ClusterFailoverCheck {

    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]*)\"");
    private static final Pattern LOGIN_HIDDEN = Pattern.compile("name=\"(login:j_idt\\d+)\"");
    private static final Pattern FORM = Pattern.compile("<form id=\"([^\"]*)\"");
    private static final Pattern NONCE = Pattern.compile("nonce=\"([^\"]*)\"");

    private final ClusterRig rig;
    private final int visits;
    private final int senders = Integer.parseInt(setting("OUTBOX_SENDERS", "2"));
    private final int leaseSeconds = Integer.parseInt(setting("OUTBOX_LEASE_SECONDS", "60"));
    private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
    private final HttpClient browser = HttpClient.newBuilder().cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();

    private ClusterFailoverCheck(ClusterRig rig, int visits) {
        this.rig = rig;
        this.visits = visits;
    }

    public static void main(String[] args) throws Exception {
        try (var rig = new ClusterRig(Path.of(args[0]).toAbsolutePath())) {
            new ClusterFailoverCheck(rig, Integer.parseInt(args[1])).run();
        } catch (Failed e) {
            System.err.println("FAILED: " + e.getMessage());
            System.exit(1);
        }
        System.exit(0);
    }

    private void run() throws Exception {
        long started = System.nanoTime();
        rig.start(Map.of());
        say("cluster ready in %.0f s", seconds(started));

        logIn();
        String holder = cookie("SRV");
        String session = cookie("JSESSIONID");
        String survivor = switch (holder == null ? "" : holder) {
            case "node1" -> "node2";
            case "node2" -> "node1";
            default -> throw new Failed("no affinity cookie naming a node (SRV=" + holder + ")");
        };
        say("logged in through the balancer; the session is on %s", holder);
        Page schools = page("/schools.xhtml");
        // One more request of the session on its node before anything else, as after any click: a view rendered
        // milliseconds before its node dies may not have reached the other node yet (docs/cluster.md, known limits).
        expect(browse("/api/me").statusCode() == 200, "/api/me before the kill");

        // Failed logins count for the whole cluster: five wrong passwords on one node, and the other refuses the next
        // attempt at once (429) instead of giving a guesser its own five.
        var guesser = "guesser-" + System.currentTimeMillis() + "@cluster.example";
        Api first = new Api("http://localhost:8180", guesser, "not-the-password");
        for (int i = 0; i < 5; i++) {
            int status = first.send("GET", "/api/me", null).statusCode();
            expect(status == 401, "a wrong password on node1 answered " + status);
        }
        int refused = new Api("http://localhost:8280", guesser, "not-the-password").send("GET", "/api/me", null).statusCode();
        expect(refused == 429, "after five failures on node1, node2 answered " + refused + ", not 429");
        say("five failed logins on node1, and node2 refuses the sixth: the throttle counts for the cluster");

        Run run = rig.prepare(visits, visits, "");
        Instant scheduling = Instant.now();
        List<Long> scheduled = rig.schedule(run, visits, OffsetDateTime.now(ZoneOffset.UTC).plusDays(1).plusSeconds(75), 30, 8);
        Set<Integer> cancelled = new HashSet<>();
        for (int i = 0; i < visits; i += 20) {
            rig.api.post("/api/visits/" + scheduled.get(i) + "/cancel", null);
            cancelled.add(i);
        }
        say("%d visits scheduled and %d cancelled in %.1f s; their reminders fall due 75 to 105 s after scheduling began",
                visits, cancelled.size(), Duration.between(scheduling, Instant.now()).toMillis() / 1000.0);

        int expected = 4 * visits;
        int beforeReminders = 2 * visits + 2 * cancelled.size();
        int killAt = beforeReminders + (expected - beforeReminders) / 4;
        waitFor(Duration.ofMinutes(4), () -> rig.distinct(run) >= killAt, "a quarter of the reminders at the SMTP server");
        int atKill = rig.distinct(run);
        expect(atKill < expected, "the reminders had all gone out before the kill could interrupt them");

        Instant killed = rig.kill(holder);
        say("kill -9 %s with %d of %d messages received", holder, atKill, expected);

        var me = browse("/api/me");
        expect(me.statusCode() == 200 && me.body().contains("\"email\":\"" + rig.admin + "\""),
                "/api/me after the kill answered " + me.statusCode() + ": " + abbreviate(me.body()));
        expect(session.equals(cookie("JSESSIONID")), "the session id changed: a new session, not the old one");
        expect(survivor.equals(cookie("SRV")), "the affinity cookie names " + cookie("SRV") + ", not " + survivor);
        var post = postBack(schools);
        expect(post.statusCode() == 200, "posting the schools form after the kill answered " + post.statusCode());
        expect(!post.body().contains("name=\"login:password\""), "the view state was lost: the post landed on the login page");
        expect(post.body().contains("jakarta.faces.ViewState"), "the post after the kill did not render the page");
        say("the same cookie works on %s without a new login, and the page %s rendered posts back", survivor, holder);

        Instant next = firstArrivalAfter(run, atKill, Duration.ofMinutes(2));
        waitFor(Duration.ofMinutes(5), () -> rig.distinct(run) >= expected, "every message at the SMTP server");
        Instant arrived = Instant.now();
        // A copy of a message in flight at the kill would come once the dead node's lease has run out: the copies
        // are counted when nothing is left to send and a lease has passed since the kill.
        waitFor(Duration.ofMinutes(5), () -> rig.outboxEmpty() && Instant.now().isAfter(killed.plusSeconds(leaseSeconds + 5)),
                "an empty outbox a lease after the kill");
        verify(run, cancelled, expected);
        say("the next message arrived %.1f s after the kill; all %d were there %.1f s after it",
                Duration.between(killed, next).toMillis() / 1000.0, expected, Duration.between(killed, arrived).toMillis() / 1000.0);

        long restarting = System.nanoTime();
        rig.start(Map.of());
        say("%s started again in %.0f s", holder, seconds(restarting));
        String log = Files.readString(rig.cluster.resolve(holder).resolve("log/server.log"));
        Matcher view = Pattern.compile("WFLYCLJG0033.*with view: .*").matcher(log);
        String last = null;
        while (view.find()) {
            last = view.group();
        }
        expect(last != null && last.contains(" (2) "), holder + " did not join a cluster of two: " + last);
        expect(browse("/api/me").statusCode() == 200, "/api/me after the restart");
        expect(newSessionLandsOn(holder), "the balancer sends no new session to " + holder);
        say("%s rejoined a cluster of two and gets new sessions", holder);

        // With the other node dead, the restarted one alone schedules and sends: it takes the whole work.
        rig.kill(survivor);
        Run after = rig.prepare(3, 3, "after-");
        rig.schedule(after, 3, OffsetDateTime.now(ZoneOffset.UTC).plusDays(2), 1, 1);
        waitFor(Duration.ofMinutes(2), () -> rig.distinct(after) >= 6, "the invitations of visits scheduled with " + holder + " alone");
        say("with %s killed too, %s alone scheduled 3 visits and sent their 6 invitations", survivor, holder);
        say("cluster failover check passed in %.0f s", seconds(started));
    }

    /** Checks the SMTP server's messages of a run against what its visits should have sent. */
    private void verify(Run run, Set<Integer> cancelled, int expected) throws MessagingException {
        Map<String, Map<String, Integer>> copies = new HashMap<>();
        for (MimeMessage message : rig.sink.getReceivedMessages()) {
            String recipient = ClusterRig.recipient(message);
            if (run.recipients().contains(recipient)) {
                copies.computeIfAbsent(recipient, r -> new LinkedHashMap<>()).merge(message.getMessageID(), 1, Integer::sum);
            }
        }
        List<String> wrong = new ArrayList<>();
        int extra = 0;
        for (String recipient : run.recipients()) {
            Map<String, Integer> ids = copies.getOrDefault(recipient, Map.of());
            if (ids.size() != 2) {
                wrong.add(recipient + " got " + ids.size() + " distinct messages");
            }
            for (var id : ids.entrySet()) {
                if (id.getValue() > 2) {
                    wrong.add(recipient + " got " + id.getValue() + " copies of " + id.getKey());
                }
                extra += id.getValue() - 1;
            }
        }
        for (int i : cancelled) {
            String contact = run.recipients().stream().filter(r -> r.startsWith("head" + i + "-")).findFirst().orElseThrow();
            if (copies.getOrDefault(contact, Map.of()).size() > 2) {
                wrong.add("the cancelled visit of " + contact + " sent a reminder");
            }
        }
        expect(wrong.isEmpty(), wrong.size() + " recipients wrong, first ones: "
                + wrong.stream().limit(5).collect(Collectors.joining("; ")));
        expect(extra <= senders, extra + " extra copies, more than the " + senders + " senders of the killed node allow");
        say("at the SMTP server: all %d messages, %d extra cop%s with its original's Message-ID (the guarantee allows %d),"
                + " no reminder of the %d cancelled visits", expected, extra, extra == 1 ? "y" : "ies", senders, cancelled.size());
    }

    /** When the count of a run's distinct messages first rose above {@code count}. */
    private Instant firstArrivalAfter(Run run, int count, Duration limit) throws InterruptedException {
        waitFor(limit, () -> rig.distinct(run) > count, "a message after the kill");
        return Instant.now();
    }

    private void logIn() throws IOException, InterruptedException {
        Page login = page("/login.xhtml");
        Matcher hidden = LOGIN_HIDDEN.matcher(login.body());
        expect(hidden.find(), "the login form has no hidden field");
        var answer = form("/login.xhtml", Map.of("login", "login", hidden.group(1), "", "login:email", rig.admin,
                "login:password", rig.password, "login:submit", "", "jakarta.faces.ViewState", login.viewState()));
        expect(answer.statusCode() == 302, "form login answered " + answer.statusCode() + ", not a redirect");
        var me = browse("/api/me");
        expect(me.statusCode() == 200 && me.body().contains("\"email\":\"" + rig.admin + "\""), "/api/me is not the administrator");
    }

    private Page page(String path) throws IOException, InterruptedException {
        var response = browse(path);
        expect(response.statusCode() == 200, path + " answered " + response.statusCode());
        String body = response.body();
        Matcher state = VIEW_STATE.matcher(body);
        expect(state.find(), path + " has no view state");
        String form = null;
        Matcher forms = FORM.matcher(body);
        while (forms.find() && form == null) {
            form = "language".equals(forms.group(1)) ? null : forms.group(1);
        }
        Matcher nonce = NONCE.matcher(body);
        return new Page(path, body, form, state.group(1), nonce.find() ? nonce.group(1) : "");
    }

    /** The page's form posted back as PrimeFaces would, with the view state and the script nonce it was rendered with. */
    private HttpResponse<String> postBack(Page page) throws IOException, InterruptedException {
        expect(page.form() != null, page.path() + " has no form");
        return form(page.path(), Map.of(page.form(), page.form(), "jakarta.faces.ViewState", page.viewState(),
                "primefaces.nonce", page.nonce()));
    }

    private HttpResponse<String> browse(String path) throws IOException, InterruptedException {
        return browser.send(HttpRequest.newBuilder(URI.create(rig.balancer + path)).timeout(Duration.ofSeconds(60)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> form(String path, Map<String, String> fields) throws IOException, InterruptedException {
        String body = fields.entrySet().stream()
                .map(f -> URLEncoder.encode(f.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(f.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return browser.send(HttpRequest.newBuilder(URI.create(rig.balancer + path)).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(body))
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    private String cookie(String name) {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals(name)).map(HttpCookie::getValue)
                .reduce((a, b) -> b).orElse(null);
    }

    /** Whether one of a few fresh clients, each without cookies and on a connection of its own, gets a session on the node. */
    private boolean newSessionLandsOn(String node) throws IOException, InterruptedException {
        List<String> seen = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            HttpClient fresh = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            var response = fresh.send(HttpRequest.newBuilder(URI.create(rig.balancer + "/login.xhtml")).build(),
                    HttpResponse.BodyHandlers.discarding());
            List<String> set = response.headers().allValues("set-cookie");
            if (set.stream().anyMatch(c -> c.startsWith("SRV=" + node + ";"))) {
                return true;
            }
            seen.add(response.statusCode() + " " + set.stream().filter(c -> c.startsWith("SRV=")).findFirst().orElse("no SRV"));
        }
        say("the new sessions went elsewhere: %s", seen);
        return false;
    }

    private static String abbreviate(String text) {
        return text.length() > 300 ? text.substring(0, 300) + "…" : text;
    }

    private record Page(String path, String body, String form, String viewState, String nonce) {}
}
