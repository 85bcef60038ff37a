package org.partnershiphealth.advisor.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.util.Set;

/**
 * Holds an account that must choose a new password (the bootstrap account) to that one task: pages redirect to the
 * password page, the API answers 403 naming the endpoint that changes it. Nothing else is reachable until then.
 */
final class PasswordChangeGate extends OncePerRequestFilter {

    static final String PAGE = "/app/password";
    static final String ENDPOINT = "/api/consultants/me/password";
    private static final Set<String> ALLOWED = Set.of(PAGE, ENDPOINT, "/api/consultants/me", "/logout", "/login",
            "/error");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication who = SecurityContextHolder.getContext().getAuthentication();
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (who == null || !(who.getPrincipal() instanceof Consultant consultant)
                || !consultant.mustChangePassword() || ALLOWED.contains(path)) {
            chain.doFilter(request, response);
            return;
        }
        if (path.startsWith("/api/")) {
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            response.setContentType("application/problem+json");
            response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"Choose a new password first\","
                    + "\"status\":403,\"detail\":\"This account still has the password it was set up with, which"
                    + " other people may know. Send POST " + ENDPOINT + " with currentPassword and newPassword, then try again.\"}");
        } else {
            response.sendRedirect(request.getContextPath() + PAGE);
        }
    }
}
