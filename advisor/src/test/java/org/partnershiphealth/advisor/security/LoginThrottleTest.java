package org.partnershiphealth.advisor.security;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

/** Password guessing is slowed per account and per client address, and the wait ends with the window. */
class LoginThrottleTest {

    private final MutableClock clock = new MutableClock();
    private final LoginThrottle throttle = new LoginThrottle(5, Duration.ofMinutes(15), clock);

    @AfterEach
    void clearRequest() {
        RequestContextHolder.resetRequestAttributes();
    }

    @Test
    void fiveWrongPasswordsBlockTheAccountUntilTheOldestLeavesTheWindow() {
        for (int i = 0; i < 4; i++) {
            fail("ana@example.org");
            clock.advance(Duration.ofMinutes(1));
        }
        assertThat(throttle.blocked("ana@example.org")).isEmpty();

        fail("Ana@Example.org ");
        assertThat(throttle.blocked("ana@example.org")).hasValue(Duration.ofMinutes(11));
        assertThat(throttle.blocked("bo@example.org")).as("another account").isEmpty();

        clock.advance(Duration.ofMinutes(11));
        assertThat(throttle.blocked("ana@example.org")).isEmpty();
    }

    @Test
    void aSuccessfulLogInClearsTheAccountsCount() {
        for (int i = 0; i < 4; i++) {
            fail("ana@example.org");
        }
        throttle.succeeded(new AuthenticationSuccessEvent(
                new UsernamePasswordAuthenticationToken("ana@example.org", "right")));
        fail("ana@example.org");

        assertThat(throttle.blocked("ana@example.org")).isEmpty();
    }

    @Test
    void oneAddressTryingManyAccountsIsBlockedForEveryAccount() {
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setRemoteAddr("203.0.113.9");
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
        for (int i = 0; i < 25; i++) {
            fail("user" + i + "@example.org");
        }

        assertThat(throttle.blocked("someone-new@example.org")).isPresent();
        request.setRemoteAddr("198.51.100.1");
        assertThat(throttle.blocked("someone-new@example.org")).as("from another address").isEmpty();
    }

    private void fail(String email) {
        throttle.failed(new AuthenticationFailureBadCredentialsEvent(
                new UsernamePasswordAuthenticationToken(email, "wrong"), new BadCredentialsException("bad")));
    }

    private static final class MutableClock extends Clock {
        private Instant now = Instant.parse("2026-12-02T10:00:00Z");

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
