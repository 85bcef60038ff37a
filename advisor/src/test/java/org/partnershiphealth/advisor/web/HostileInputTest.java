package org.partnershiphealth.advisor.web;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.partnershiphealth.advisor.AdvisorApplication;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Hostile names and periods over real HTTP, as a consultant's browser receives them: no markup from user data
 * reaches a page unescaped, no script may run on a page at all (Content-Security-Policy), download names cannot
 * break out of their header, and the session cookie stays on this site.
 */
@SpringBootTest(classes = AdvisorApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "logging.structured.format.console=")
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:pha-hostile;MODE=PostgreSQL;"
        + "DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1")
class HostileInputTest {

    static final String HOSTILE = "\"><img src=x onerror=alert(1)><script>alert(2)</script>";

    @LocalServerPort
    int port;

    Http consultant;
    HttpClient browser;

    @BeforeEach
    void logIn() throws Exception {
        consultant = Http.anonymous(port).as("admin@example.org", "change-me-now");
        browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NORMAL).build();
        HttpResponse<String> login = get("/login");
        Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(login.body());
        assertThat(csrf.find()).as("the login form carries a CSRF token").isTrue();
        String form = "username=" + encode("admin@example.org") + "&password=" + encode("change-me-now")
                + "&_csrf=" + encode(csrf.group(1));
        HttpResponse<String> landed = browser.send(HttpRequest.newBuilder(URI.create(url("/login")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(landed.body()).contains("Partnerships");
    }

    @Test
    void aHostilePartnershipNameAndPeriodAreTextOnEveryPageThatShowsThem() throws Exception {
        long partnership = consultant.post("/api/partnerships", Map.of("slug", slug(), "name", HOSTILE)).json()
                .get("id").asLong();
        long round = consultant.post("/api/partnerships/" + partnership + "/rounds",
                Map.of("period", "2026<b>", "form", "SHORT")).json().get("id").asLong();

        for (String page : new String[] {"/app", "/app/partnerships/" + partnership, "/app/rounds/" + round}) {
            HttpResponse<String> reply = get(page);
            assertThat(reply.statusCode()).as(page).isEqualTo(200);
            assertThat(reply.body()).as(page).doesNotContain("<script>alert", "<img src=x", "<b>")
                    .contains("&lt;script&gt;alert(2)&lt;/script&gt;");
            assertThat(reply.headers().firstValue("Content-Security-Policy").orElse(""))
                    .as("no script may run on %s", page).contains("script-src 'none'");
            assertThat(reply.headers().firstValue("Referrer-Policy")).contains("same-origin");
        }
    }

    @Test
    void aDownloadNamedAfterAHostilePeriodCannotBreakItsHeader() throws Exception {
        long partnership = consultant.post("/api/partnerships", Map.of("slug", slug(), "name", "Metro")).json()
                .get("id").asLong();
        long round = consultant.post("/api/partnerships/" + partnership + "/rounds",
                Map.of("period", "2026\"; filename=evil.exe", "form", "FULL")).json().get("id").asLong();
        consultant.upload("/api/rounds/" + round + "/responses/import", "metro.json",
                Files.readAllBytes(Path.of("../samples/metro-transit-coalition-2026.json")));

        HttpResponse<byte[]> pdf = browser.send(HttpRequest.newBuilder(
                URI.create(url("/app/rounds/" + round + "/download?format=pdf"))).build(),
                HttpResponse.BodyHandlers.ofByteArray());

        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().allValues("Content-Disposition")).singleElement().asString()
                .matches("attachment; filename=\"[A-Za-z0-9._-]+\"").doesNotContain("evil.exe\"");
    }

    @Test
    void theSessionCookieStaysOnThisSite() throws Exception {
        HttpResponse<String> login = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url("/login")))
                .build(), HttpResponse.BodyHandlers.ofString());

        assertThat(login.headers().allValues("Set-Cookie")).anySatisfy(cookie -> assertThat(cookie)
                .startsWith("JSESSIONID=").contains("SameSite=Lax").contains("HttpOnly"));
    }

    @Test
    void repeatedWrongPasswordsLockTheAccountEvenAgainstTheRightOne(
            @org.springframework.beans.factory.annotation.Autowired
            org.partnershiphealth.advisor.store.AccountStore accounts,
            @org.springframework.beans.factory.annotation.Autowired
            org.springframework.security.crypto.password.PasswordEncoder passwords) throws Exception {
        String email = "guessed-" + slug() + "@example.org";
        accounts.createConsultant(accounts.organisationId("Demo Consultancy").orElseThrow(), email,
                passwords.encode("the-right-one"), "CONSULTANT");
        Http guesser = Http.anonymous(port).as(email, "wrong");

        assertThat(Http.anonymous(port).as(email, "the-right-one").get("/api/partnerships").status()).isEqualTo(200);
        for (int i = 0; i < 5; i++) {
            assertThat(guesser.get("/api/partnerships").status()).isEqualTo(401);
        }

        assertThat(Http.anonymous(port).as(email, "the-right-one").get("/api/partnerships").status())
                .as("locked for the window, even with the right password").isEqualTo(401);
        HttpClient page = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NORMAL).build();
        HttpResponse<String> login = page.send(HttpRequest.newBuilder(URI.create(url("/login"))).build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(login.body());
        assertThat(csrf.find()).isTrue();
        HttpResponse<String> refused = page.send(HttpRequest.newBuilder(URI.create(url("/login")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + encode(email) + "&password="
                        + encode("the-right-one") + "&_csrf=" + encode(csrf.group(1)))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(refused.body()).contains("Too many failed log-ins", "Wait 15 minutes");
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return browser.send(HttpRequest.newBuilder(URI.create(url(path))).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String slug() {
        return "h-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
