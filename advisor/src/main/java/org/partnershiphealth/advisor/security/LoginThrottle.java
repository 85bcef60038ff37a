package org.partnershiphealth.advisor.security;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows password guessing: after {@code pha.login.max-failures} wrong passwords for one account, or five times as
 * many from one client address, within {@code pha.login.window}, further log-ins for that account or from that
 * address are refused until the oldest failure leaves the window, even with the right password. A successful log-in
 * clears the account's count. Kept in memory: a restart forgets it, which costs an attacker a restart of our
 * service, not a way round it.
 */
@Component
public class LoginThrottle {

    private final int maxFailures;
    private final Duration window;
    private final Clock clock;
    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();

    @org.springframework.beans.factory.annotation.Autowired
    public LoginThrottle(@Value("${pha.login.max-failures:5}") int maxFailures,
                         @Value("${pha.login.window:PT15M}") Duration window) {
        this(maxFailures, window, Clock.systemUTC());
    }

    LoginThrottle(int maxFailures, Duration window, Clock clock) {
        this.maxFailures = maxFailures;
        this.window = window;
        this.clock = clock;
    }

    /** How long the account (or the current client address) must wait, if it is blocked now. */
    public Optional<Duration> blocked(String email) {
        Instant now = clock.instant();
        Optional<Duration> account = wait(key("account", email), maxFailures, now);
        return account.isPresent() ? account : clientAddress().flatMap(a -> wait(key("address", a), maxFailures * 5, now));
    }

    @EventListener
    void failed(AuthenticationFailureBadCredentialsEvent event) {
        Instant now = clock.instant();
        record(key("account", String.valueOf(event.getAuthentication().getName())), now);
        clientAddress().ifPresent(address -> record(key("address", address), now));
    }

    @EventListener
    void succeeded(AuthenticationSuccessEvent event) {
        failures.remove(key("account", event.getAuthentication().getName()));
    }

    private Optional<Duration> wait(String key, int limit, Instant now) {
        Deque<Instant> times = failures.get(key);
        if (times == null) {
            return Optional.empty();
        }
        synchronized (times) {
            prune(times, now);
            if (times.size() < limit) {
                return Optional.empty();
            }
            return Optional.of(Duration.between(now, times.peekFirst().plus(window)));
        }
    }

    private void record(String key, Instant now) {
        Deque<Instant> times = failures.computeIfAbsent(key, k -> new ArrayDeque<>());
        synchronized (times) {
            prune(times, now);
            times.addLast(now);
        }
    }

    private void prune(Deque<Instant> times, Instant now) {
        while (!times.isEmpty() && !times.peekFirst().plus(window).isAfter(now)) {
            times.removeFirst();
        }
    }

    private static String key(String kind, String value) {
        return kind + ":" + value.strip().toLowerCase(Locale.ROOT);
    }

    private static Optional<String> clientAddress() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                ? Optional.ofNullable(attributes.getRequest().getRemoteAddr()) : Optional.empty();
    }
}
