package org.partnershiphealth.advisor.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.partnershiphealth.advisor.store.ApiTokenStore;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.time.Instant;
import java.util.Optional;

/**
 * Authenticates API requests that carry {@code Authorization: Bearer <personal API token>}: one SHA-256 and one
 * indexed lookup, instead of the bcrypt hash HTTP Basic costs on every request. An unknown or revoked token is a 401
 * at once (it never falls back to anything else).
 */
final class BearerTokenFilter extends OncePerRequestFilter {

    private final ApiTokenStore tokens;
    private final org.partnershiphealth.advisor.store.AccountStore accounts;

    BearerTokenFilter(ApiTokenStore tokens, org.partnershiphealth.advisor.store.AccountStore accounts) {
        this.tokens = tokens;
        this.accounts = accounts;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            chain.doFilter(request, response);
            return;
        }
        String sha = Tokens.sha256(header.substring(7).strip());
        // not subject to the log-in throttle: guessing passwords must not lock an account's integrations out
        Optional<ApiTokenStore.Owner> owner = tokens.activeOwner(sha);
        UserDetails consultant = owner.map(ApiTokenStore.Owner::email).flatMap(accounts::consultant)
                .map(c -> (UserDetails) new Consultant(c.email(), c.passwordHash(), c.role(), c.organisationId(), false,
                        c.mustChangePassword()))
                .orElse(null);
        if (consultant == null) {
            response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
            response.setContentType("application/problem+json");
            response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"Unauthorized\",\"status\":401,"
                    + "\"detail\":\"This API token is not valid: it may have been revoked. Make a new one on the"
                    + " API tokens page.\"}");
            return;
        }
        Instant now = Instant.now();
        if (owner.get().useWorthRecording(now)) {
            tokens.touch(sha, now);
        }
        var authentication = UsernamePasswordAuthenticationToken.authenticated(consultant, null,
                consultant.getAuthorities());
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication);
        SecurityContextHolder.setContext(context);
        try {
            chain.doFilter(request, response);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
