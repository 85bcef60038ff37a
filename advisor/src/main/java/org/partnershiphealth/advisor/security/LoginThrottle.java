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
 * clears the account's count. The service keeps the failures in its database, so that replicas behind one load
 * balancer count them together; the unit test uses a log in memory.
 */
@Component
public class LoginThrottle {

    /** Where failures are counted: by key (an account or a client address), with their times. */
    interface FailureLog {
        /** The failures of the key since {@code since}: how many, and the oldest. */
        Recent recent(String key, Instant since);

        void add(String key, Instant at);

        void clear(String key);

        /** Forgets failures older than {@code before}, for every key. */
        void forgetBefore(Instant before);
    }

    record Recent(int count, Instant oldest) {
    }

    private final int maxFailures;
    private final Duration window;
    private final Clock clock;
    private final FailureLog log;

    @org.springframework.beans.factory.annotation.Autowired
    public LoginThrottle(@Value("${pha.login.max-failures:5}") int maxFailures,
                         @Value("${pha.login.window:PT15M}") Duration window,
                         org.springframework.jdbc.core.simple.JdbcClient jdbc) {
        this(maxFailures, window, Clock.systemUTC(), new DatabaseLog(jdbc));
    }

    LoginThrottle(int maxFailures, Duration window, Clock clock) {
        this(maxFailures, window, clock, new MemoryLog());
    }

    private LoginThrottle(int maxFailures, Duration window, Clock clock, FailureLog log) {
        this.maxFailures = maxFailures;
        this.window = window;
        this.clock = clock;
        this.log = log;
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
        log.forgetBefore(now.minus(window));
        log.add(key("account", String.valueOf(event.getAuthentication().getName())), now);
        clientAddress().ifPresent(address -> log.add(key("address", address), now));
    }

    @EventListener
    void succeeded(AuthenticationSuccessEvent event) {
        log.clear(key("account", event.getAuthentication().getName()));
    }

    private Optional<Duration> wait(String key, int limit, Instant now) {
        Recent recent = log.recent(key, now.minus(window));
        if (recent.count() < limit) {
            return Optional.empty();
        }
        return Optional.of(Duration.between(now, recent.oldest().plus(window)));
    }

    private static String key(String kind, String value) {
        String key = kind + ":" + value.strip().toLowerCase(Locale.ROOT);
        return key.length() > 300 ? key.substring(0, 300) : key;
    }

    private static Optional<String> clientAddress() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                ? Optional.ofNullable(attributes.getRequest().getRemoteAddr()) : Optional.empty();
    }

    /** Failures in the database, shared by every replica. */
    static final class DatabaseLog implements FailureLog {
        private final org.springframework.jdbc.core.simple.JdbcClient jdbc;

        DatabaseLog(org.springframework.jdbc.core.simple.JdbcClient jdbc) {
            this.jdbc = jdbc;
        }

        @Override
        public Recent recent(String key, Instant since) {
            return jdbc.sql("select count(*), min(at) from login_failure where throttle_key = :key and at > :since")
                    .param("key", key).param("since", java.sql.Timestamp.from(since))
                    .query((rs, row) -> new Recent(rs.getInt(1), rs.getTimestamp(2) == null ? null
                            : rs.getTimestamp(2).toInstant())).single();
        }

        @Override
        public void add(String key, Instant at) {
            jdbc.sql("insert into login_failure (throttle_key, at) values (:key, :at)").param("key", key)
                    .param("at", java.sql.Timestamp.from(at)).update();
        }

        @Override
        public void clear(String key) {
            jdbc.sql("delete from login_failure where throttle_key = :key").param("key", key).update();
        }

        @Override
        public void forgetBefore(Instant before) {
            jdbc.sql("delete from login_failure where at <= :before").param("before", java.sql.Timestamp.from(before))
                    .update();
        }
    }

    /** Failures in this process only (the unit test's clock-driven log). */
    static final class MemoryLog implements FailureLog {
        private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();

        @Override
        public Recent recent(String key, Instant since) {
            Deque<Instant> times = failures.get(key);
            if (times == null) {
                return new Recent(0, null);
            }
            synchronized (times) {
                times.removeIf(at -> !at.isAfter(since));
                return new Recent(times.size(), times.peekFirst());
            }
        }

        @Override
        public void add(String key, Instant at) {
            Deque<Instant> times = failures.computeIfAbsent(key, k -> new ArrayDeque<>());
            synchronized (times) {
                times.addLast(at);
            }
        }

        @Override
        public void clear(String key) {
            failures.remove(key);
        }

        @Override
        public void forgetBefore(Instant before) {
            failures.values().forEach(times -> {
                synchronized (times) {
                    times.removeIf(at -> !at.isAfter(before));
                }
            });
        }
    }
}
