package org.partnershiphealth.advisor.web;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.partnershiphealth.advisor.AdvisorApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two replicas of the service on one PostgreSQL, as behind a load balancer: a consultant logs in on one and goes on
 * working on the other (the web session, its CSRF token and flash messages live in the database), and the same
 * submission sent to both at once is stored once.
 */
@ExtendWith(PostgresTestDatabase.Reachable.class)
class TwoReplicasTest {

    static ConfigurableApplicationContext first;
    static ConfigurableApplicationContext second;

    @BeforeAll
    static void startTwoReplicas() {
        String schema = PostgresTestDatabase.freshSchema();
        String[] settings = {"--server.port=0", "--spring.profiles.active=postgres", "--logging.structured.format.console=",
                "--pha.admin.require-password-change=false",
                "--spring.datasource.url=jdbc:postgresql://" + PostgresTestDatabase.HOST + ":" + PostgresTestDatabase.PORT
                        + "/" + System.getenv().getOrDefault("PHA_TEST_PG_DATABASE", "test") + "?currentSchema=" + schema,
                "--spring.datasource.username=" + System.getenv().getOrDefault("PHA_TEST_PG_USER", "postgres"),
                "--spring.datasource.password=" + System.getenv().getOrDefault("PHA_TEST_PG_PASSWORD", ""),
                "--spring.flyway.schemas=" + schema, "--spring.flyway.create-schemas=true"};
        // one after the other, as a rolling start would: the first migrates the database and seeds the account
        first = new SpringApplicationBuilder(AdvisorApplication.class).run(settings);
        second = new SpringApplicationBuilder(AdvisorApplication.class).run(settings);
    }

    @AfterAll
    static void stop() {
        if (second != null) {
            second.close();
        }
        if (first != null) {
            first.close();
        }
    }

    @Test
    void aConsultantLogsInOnOneReplicaAndWorksOnTheOther() throws Exception {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NORMAL).build();
        String login = get(browser, url(first, "/login")).body();
        HttpResponse<String> landed = post(browser, url(first, "/login"), Map.of("username", "admin@example.org",
                "password", "change-me-now", "_csrf", csrf(login)));
        assertThat(landed.body()).contains("Partnerships");

        HttpResponse<String> home = get(browser, url(second, "/app"));
        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.uri().getPath()).as("still logged in on the other replica").isEqualTo("/app");
        String slug = "replicas-" + UUID.randomUUID().toString().substring(0, 6);
        HttpResponse<String> created = post(browser, url(second, "/app/partnerships"), Map.of("slug", slug,
                "name", "Two Replicas Network", "_csrf", csrf(home.body())));
        assertThat(created.body()).contains("Two Replicas Network");
        assertThat(get(browser, url(first, "/app")).body()).contains("Two Replicas Network");
    }

    @Test
    void theSameSubmissionSentToBothReplicasAtOnceIsStoredOnce() throws Exception {
        Http onFirst = Http.anonymous(port(first)).as("admin@example.org", "change-me-now");
        long partnership = onFirst.post("/api/partnerships", Map.of("slug", "twin-" + UUID.randomUUID()
                .toString().substring(0, 6), "name", "Twin")).json().get("id").asLong();
        var round = onFirst.post("/api/partnerships/" + partnership + "/rounds", Map.of("period", "2026",
                "form", "SHORT")).json();
        String token = round.get("shareToken").asText();

        for (int i = 0; i < 20; i++) {
            String key = "both-" + i;
            var a = CompletableFuture.supplyAsync(() -> Http.anonymous(port(first)).post("/api/respond/" + token,
                    ServiceApiTest.response("NONPROFIT", 4), "Idempotency-Key", key));
            var b = CompletableFuture.supplyAsync(() -> Http.anonymous(port(second)).post("/api/respond/" + token,
                    ServiceApiTest.response("NONPROFIT", 4), "Idempotency-Key", key));
            assertThat(java.util.List.of(a.join().status(), b.join().status())).containsExactlyInAnyOrder(201, 200);
            assertThat(a.join().json().get("responseId").asLong()).isEqualTo(b.join().json().get("responseId").asLong());
        }
        assertThat(Http.anonymous(port(second)).as("admin@example.org", "change-me-now")
                .get("/api/rounds/" + round.get("id").asLong() + "/responses").json().get("total").asInt())
                .isEqualTo(20);
    }

    @Test
    void wrongPasswordsSpreadOverBothReplicasLockTheAccountOnBoth() throws Exception {
        Http onFirst = Http.anonymous(port(first)).as("admin@example.org", "change-me-now");
        onFirst.post("/api/consultants", Map.of("email", "guessed@example.org", "password", "a right password here",
                "role", "CONSULTANT"));
        for (int i = 0; i < 5; i++) {
            ConfigurableApplicationContext replica = i % 2 == 0 ? first : second;
            assertThat(Http.anonymous(port(replica)).as("guessed@example.org", "wrong guess " + i)
                    .get("/api/consultants/me").status()).isEqualTo(401);
        }

        assertThat(Http.anonymous(port(first)).as("guessed@example.org", "a right password here")
                .get("/api/consultants/me").status()).as("locked on the first replica").isEqualTo(401);
        assertThat(Http.anonymous(port(second)).as("guessed@example.org", "a right password here")
                .get("/api/consultants/me").status()).as("and on the second").isEqualTo(401);
    }

    private static int port(ConfigurableApplicationContext replica) {
        return ((WebServerApplicationContext) replica).getWebServer().getPort();
    }

    private static String url(ConfigurableApplicationContext replica, String path) {
        return "http://localhost:" + port(replica) + path;
    }

    private static String csrf(String page) {
        Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page);
        assertThat(csrf.find()).as("the page's form carries a CSRF token").isTrue();
        return csrf.group(1);
    }

    private static HttpResponse<String> get(HttpClient browser, String url) throws Exception {
        return browser.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> post(HttpClient browser, String url, Map<String, String> fields)
            throws Exception {
        StringBuilder form = new StringBuilder();
        fields.forEach((name, value) -> form.append(form.isEmpty() ? "" : "&")
                .append(URLEncoder.encode(name, StandardCharsets.UTF_8)).append('=')
                .append(URLEncoder.encode(value, StandardCharsets.UTF_8)));
        return browser.send(HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form.toString())).build(), HttpResponse.BodyHandlers.ofString());
    }
}
