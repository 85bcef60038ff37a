package org.partnershiphealth.advisor.web;

import org.junit.jupiter.api.Test;
import org.partnershiphealth.advisor.AdvisorApplication;
import org.partnershiphealth.advisor.store.AccountStore;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The bootstrap account's password is printed in the README, so the account can do nothing but choose a new one:
 * the API answers 403 naming the endpoint, every page leads to the password page, and the old password stops
 * working once a new one is saved.
 */
@SpringBootTest(classes = AdvisorApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.datasource.url=jdbc:h2:mem:pha-password;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1", "logging.structured.format.console=",
                "pha.admin.require-password-change=true"})
class PasswordChangeTest {

    @LocalServerPort
    int port;

    @Autowired
    AccountStore accounts;

    @Autowired
    PasswordEncoder passwords;

    @Test
    void theBootstrapAccountIsCreatedNeedingANewPassword() {
        assertThat(accounts.consultant("admin@example.org").orElseThrow().mustChangePassword()).isTrue();
        Http admin = Http.anonymous(port).as("admin@example.org", "change-me-now");

        Http.Reply held = admin.get("/api/partnerships");

        assertThat(held.status()).isEqualTo(403);
        assertThat(held.json().get("detail").asText()).contains("POST /api/consultants/me/password");
        assertThat(admin.get("/api/consultants/me").status()).isEqualTo(200);
    }

    @Test
    void overTheApiOnlyAGoodNewPasswordFreesTheAccountAndTheOldOneStopsWorking() {
        String email = newAccountNeedingAChange("old-password-1");
        Http old = Http.anonymous(port).as(email, "old-password-1");

        Http.Reply wrongCurrent = old.post("/api/consultants/me/password",
                Map.of("currentPassword", "not-it-at-all", "newPassword", "a-brand-new-one"));
        Http.Reply tooShort = old.post("/api/consultants/me/password",
                Map.of("currentPassword", "old-password-1", "newPassword", "short"));
        Http.Reply theDefault = old.post("/api/consultants/me/password",
                Map.of("currentPassword", "old-password-1", "newPassword", "change-me-now"));
        Http.Reply good = old.post("/api/consultants/me/password",
                Map.of("currentPassword", "old-password-1", "newPassword", "a-brand-new-one"));

        assertThat(wrongCurrent.status()).isEqualTo(400);
        assertThat(wrongCurrent.json().get("detail").asText()).startsWith("currentPassword:");
        assertThat(tooShort.status()).isEqualTo(400);
        assertThat(tooShort.json().get("detail").asText()).startsWith("newPassword: 12 to 200 characters");
        assertThat(theDefault.status()).as("the README's password is never accepted again").isEqualTo(400);
        assertThat(good.status()).isEqualTo(204);
        assertThat(old.get("/api/partnerships").status()).isEqualTo(401);
        assertThat(Http.anonymous(port).as(email, "a-brand-new-one").get("/api/partnerships").status()).isEqualTo(200);
    }

    @Test
    void inTheBrowserEveryPageLeadsToThePasswordPageUntilANewOneIsSaved() throws Exception {
        String email = newAccountNeedingAChange("old-password-2");
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NORMAL).build();

        HttpResponse<String> landed = post(browser, "/login", Map.of("username", email, "password", "old-password-2"));
        assertThat(landed.uri().getPath()).isEqualTo("/app/password");
        assertThat(landed.body()).contains("Choose a new password", "printed in the README");
        assertThat(get(browser, "/app").uri().getPath()).isEqualTo("/app/password");

        HttpResponse<String> mismatch = post(browser, "/app/password", Map.of("currentPassword", "old-password-2",
                "newPassword", "a-brand-new-one", "repeatPassword", "a-brand-new-two"));
        assertThat(mismatch.body()).contains("differ");
        HttpResponse<String> saved = post(browser, "/app/password", Map.of("currentPassword", "old-password-2",
                "newPassword", "a-brand-new-one", "repeatPassword", "a-brand-new-one"));
        assertThat(saved.uri().getPath()).isEqualTo("/login");
        assertThat(saved.body()).contains("Your new password is saved");

        HttpResponse<String> again = post(browser, "/login", Map.of("username", email, "password", "a-brand-new-one"));
        assertThat(again.uri().getPath()).isEqualTo("/app");
        assertThat(again.body()).contains("Partnerships");
    }

    private String newAccountNeedingAChange(String password) {
        String email = "first-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        accounts.createConsultant(accounts.organisationId("Demo Consultancy").orElseThrow(), email,
                passwords.encode(password), "ADMIN", true);
        return email;
    }

    private HttpResponse<String> get(HttpClient browser, String path) throws Exception {
        return browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** A form post with the CSRF token of the page it comes from (the login page or the password page). */
    private HttpResponse<String> post(HttpClient browser, String path, Map<String, String> fields) throws Exception {
        Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(get(browser, path).body());
        assertThat(csrf.find()).as("a CSRF token on " + path).isTrue();
        StringBuilder form = new StringBuilder("_csrf=" + encode(csrf.group(1)));
        fields.forEach((name, value) -> form.append('&').append(encode(name)).append('=').append(encode(value)));
        return browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form.toString())).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
