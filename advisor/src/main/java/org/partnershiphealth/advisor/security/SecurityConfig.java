package org.partnershiphealth.advisor.security;

import org.partnershiphealth.advisor.store.AccountStore;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;

/**
 * Who may do what. Consultants authenticate (on the API with a personal token, {@code Authorization: Bearer};
 * HTTP Basic still works but costs a bcrypt hash per request) and see only their organisation's data.
 * Respondents never log in: the questionnaire endpoints are reached through a round's share token or a
 * single-use invitation. The knowledge base, health and API documentation are public.
 */
@Configuration
public class SecurityConfig {

    @Bean
    @org.springframework.core.annotation.Order(1)
    SecurityFilterChain api(HttpSecurity http, org.partnershiphealth.advisor.store.ApiTokenStore tokens,
                            AccountStore accounts) throws Exception {
        http.securityMatcher("/api/**", "/actuator/**", "/swagger-ui.html", "/swagger-ui/**", "/v3/api-docs/**")
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers("/api/respond/**", "/api/invites/**", "/api/knowledge/**").permitAll()
                        .requestMatchers("/actuator/health/**", "/actuator/info").permitAll()
                        .requestMatchers("/swagger-ui.html", "/swagger-ui/**", "/v3/api-docs/**").permitAll()
                        .anyRequest().authenticated())
                .httpBasic(basic -> basic.authenticationEntryPoint(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED)))
                .exceptionHandling(errors -> errors.authenticationEntryPoint(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED)))
                .addFilterBefore(new BearerTokenFilter(tokens, accounts),
                        org.springframework.security.web.authentication.www.BasicAuthenticationFilter.class)
                .addFilterAfter(new PasswordChangeGate(), AuthorizationFilter.class);
        return http.build();
    }

    /**
     * The web pages: consultants log in with a form and a session (CSRF-protected); the questionnaire pages under
     * /q/ are public and carry no login state to protect, so they need no CSRF token; read-only report links under
     * /r/ are public GETs whose token is the permission.
     */
    @Bean
    @org.springframework.core.annotation.Order(2)
    SecurityFilterChain pages(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(auth -> auth
                        .requestMatchers("/q/**", "/r/**", "/login", "/error").permitAll()
                        .anyRequest().authenticated())
                .csrf(csrf -> csrf.ignoringRequestMatchers("/q/**"))
                .formLogin(login -> login.loginPage("/login").defaultSuccessUrl("/app", true).permitAll()
                        .failureHandler((request, response, failure) -> response.sendRedirect(
                                failure instanceof org.springframework.security.authentication.LockedException
                                        ? "/login?error=locked" : "/login?error")))
                .logout(logout -> logout.logoutSuccessUrl("/login?logout"))
                // the pages and reports carry no script of their own, so none may run: a name or comment that slips
                // past escaping still cannot execute; styles stay inline (the reports are self-contained files)
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(PAGE_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(
                                org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter
                                        .ReferrerPolicy.SAME_ORIGIN)))
                .addFilterAfter(new PasswordChangeGate(), AuthorizationFilter.class);
        return http.build();
    }

    static final String PAGE_POLICY = "default-src 'none'; script-src 'none'; style-src 'unsafe-inline';"
            + " img-src 'self' data:; font-src 'self' data:; form-action 'self'; frame-ancestors 'none';"
            + " base-uri 'none'";

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    /** Consultants by e-mail; an account or client address with too many recent failures comes back locked. */
    @Bean
    UserDetailsService consultants(AccountStore accounts, LoginThrottle throttle) {
        return email -> accounts.consultant(email)
                .map(c -> new Consultant(c.email(), c.passwordHash(), c.role(), c.organisationId(),
                        throttle.blocked(email).isPresent(), c.mustChangePassword()))
                .orElseThrow(() -> new UsernameNotFoundException("No consultant " + email));
    }
}
