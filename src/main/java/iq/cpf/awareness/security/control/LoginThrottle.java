package iq.cpf.awareness.security.control;

import iq.cpf.awareness.platform.Settings;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ConcurrentMap;

/**
 * Failed logins, counted per account and per client address. After a few free failures each further
 * one makes the next attempt wait twice as long (2 s, 4 s, 8 s … up to {@link #LONGEST}); while it
 * waits, a login is refused with 429 before any password is hashed, so guessing costs the attacker
 * time and the server nothing. A successful login clears the account and the address; failures are
 * forgotten after {@link #FORGET} without one.
 *
 * <p>The address allows more failures than the account because many people may share one (a
 * school's or an office's NAT). The counts live in Infinispan's replicated cache {@code
 * login-failures} (container {@code awareness}, configure-cluster.cli), so every node of a cluster
 * sees the same counts and an attacker gains nothing by spreading guesses over the nodes behind the
 * balancer; entries expire an hour after their last failure, the cache holds at most 200,000 (the
 * least recently used go first), and a restart of the whole cluster forgives. Each entry is a
 * string, so the cache needs no marshalling of the application's classes, and changes are
 * compare-and-set rather than functions, which a clustered cache would have to ship to the key's
 * owner.
 */
@ApplicationScoped
public class LoginThrottle {

    static final Duration LONGEST = Duration.ofMinutes(15);
    static final Duration FORGET = Duration.ofHours(1);
    private static final String ACCOUNT = "account:";
    private static final String ADDRESS = "address:";

    @Inject Clock clock;
    @Inject Settings settings;

    @Resource(lookup = "java:jboss/infinispan/cache/awareness/login-failures")
    ConcurrentMap<String, String> failures;

    private int freePerAccount;
    private int freePerAddress;

    @PostConstruct
    void configure() {
        freePerAccount = settings.loginFreeFailuresPerAccount();
        freePerAddress = settings.loginFreeFailuresPerAddress();
    }

    /** How long this login must still wait, if it must; nothing when it may be tried now. */
    public Optional<Duration> wait(String login, String address) {
        Instant now = clock.instant();
        Duration account = waiting(read(ACCOUNT + key(login)), now);
        Duration client = waiting(read(ADDRESS + address), now);
        Duration longer = account.compareTo(client) >= 0 ? account : client;
        return longer.isZero() ? Optional.empty() : Optional.of(longer);
    }

    public void failed(String login, String address) {
        Instant now = clock.instant();
        if (login != null) {
            record(ACCOUNT + key(login), freePerAccount, now);
        }
        if (address != null) {
            record(ADDRESS + address, freePerAddress, now);
        }
    }

    /**
     * Clears the account and the address. Called for every request that authenticates, so it writes
     * (a cluster-wide change) only where there is something to clear; reads are local.
     */
    public void succeeded(String login, String address) {
        for (String key : new String[] {ACCOUNT + key(login), ADDRESS + address}) {
            if (failures.containsKey(key)) {
                failures.remove(key);
            }
        }
    }

    private static Duration waiting(Failures entry, Instant now) {
        if (entry == null || entry.until() == null || !entry.until().isAfter(now)) {
            return Duration.ZERO;
        }
        return Duration.between(now, entry.until());
    }

    private void record(String key, int free, Instant now) {
        while (true) {
            String old = failures.get(key);
            Failures before = old == null ? null : Failures.of(old);
            int count =
                    before == null || before.last().plus(FORGET).isBefore(now)
                            ? 1
                            : before.count() + 1;
            Instant until = count < free ? null : now.plus(delay(count - free + 1));
            String next = new Failures(count, now, until).text();
            boolean written =
                    old == null
                            ? failures.putIfAbsent(key, next) == null
                            : failures.replace(key, old, next);
            if (written) {
                return;
            }
        }
    }

    private Failures read(String key) {
        String text = failures.get(key);
        return text == null ? null : Failures.of(text);
    }

    /**
     * The wait after the {@code beyondFree}-th failure that used up the free ones: 2 s, 4 s, 8 s …
     */
    static Duration delay(int beyondFree) {
        if (beyondFree >= 20) {
            return LONGEST;
        }
        Duration delay = Duration.ofSeconds(1L << beyondFree);
        return delay.compareTo(LONGEST) > 0 ? LONGEST : delay;
    }

    private static String key(String login) {
        return login == null ? "" : login.trim().toLowerCase(Locale.ROOT);
    }

    /** Stored as "count last until" in epoch milliseconds, until 0 while the failures are free. */
    private record Failures(int count, Instant last, Instant until) {

        static Failures of(String text) {
            String[] parts = text.split(" ");
            long until = Long.parseLong(parts[2]);
            return new Failures(
                    Integer.parseInt(parts[0]),
                    Instant.ofEpochMilli(Long.parseLong(parts[1])),
                    until == 0 ? null : Instant.ofEpochMilli(until));
        }

        String text() {
            return count
                    + " "
                    + last.toEpochMilli()
                    + " "
                    + (until == null ? 0 : until.toEpochMilli());
        }
    }
}
