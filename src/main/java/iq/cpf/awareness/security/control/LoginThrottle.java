package iq.cpf.awareness.security.control;

import iq.cpf.awareness.platform.Settings;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Failed logins, counted per account and per client address. After a few free failures each further
 * one makes the next attempt wait twice as long (2 s, 4 s, 8 s … up to {@link #LONGEST}); while it
 * waits, a login is refused with 429 before any password is hashed, so guessing costs the attacker
 * time and the server nothing. A successful login clears the account and the address; failures are
 * forgotten after {@link #FORGET} without one.
 *
 * <p>The address allows more failures than the account because many people may share one (a
 * school's or an office's NAT). The counts live in this node's memory: a restart forgives, and on a
 * cluster each node counts on its own, which at most multiplies the attempts by the number of
 * nodes.
 */
@ApplicationScoped
public class LoginThrottle {

    static final Duration LONGEST = Duration.ofMinutes(15);
    static final Duration FORGET = Duration.ofHours(1);
    private static final int TRACKED_AT_MOST = 100_000;

    @Inject Clock clock;
    @Inject Settings settings;

    private final Map<String, Failures> accounts = new ConcurrentHashMap<>();
    private final Map<String, Failures> addresses = new ConcurrentHashMap<>();
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
        Duration account = waiting(accounts.get(key(login)), now);
        Duration client = waiting(addresses.get(address), now);
        Duration longer = account.compareTo(client) >= 0 ? account : client;
        return longer.isZero() ? Optional.empty() : Optional.of(longer);
    }

    public void failed(String login, String address) {
        Instant now = clock.instant();
        record(accounts, key(login), freePerAccount, now);
        record(addresses, address, freePerAddress, now);
    }

    public void succeeded(String login, String address) {
        accounts.remove(key(login));
        addresses.remove(address);
    }

    private static Duration waiting(Failures failures, Instant now) {
        if (failures == null || failures.until() == null || !failures.until().isAfter(now)) {
            return Duration.ZERO;
        }
        return Duration.between(now, failures.until());
    }

    private void record(Map<String, Failures> counts, String key, int free, Instant now) {
        if (key == null) {
            return;
        }
        if (counts.size() >= TRACKED_AT_MOST) {
            counts.values().removeIf(f -> f.last().plus(FORGET).isBefore(now));
            if (counts.size() >= TRACKED_AT_MOST) {
                counts.clear();
            }
        }
        counts.compute(
                key,
                (k, old) -> {
                    int count =
                            old == null || old.last().plus(FORGET).isBefore(now)
                                    ? 1
                                    : old.count() + 1;
                    Instant until = count < free ? null : now.plus(delay(count - free + 1));
                    return new Failures(count, now, until);
                });
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
        return login == null ? null : login.trim().toLowerCase(Locale.ROOT);
    }

    private record Failures(int count, Instant last, Instant until) {}
}
