package org.partnershiphealth.advisor.bench;

import org.partnershiphealth.advisor.AdvisorApplication;
import org.partnershiphealth.advisor.security.Tokens;
import org.partnershiphealth.advisor.store.ApiTokenStore;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.util.FileSystemUtils;

import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a consultant and an integration read, under load from wrk: {@code GET /api/rounds/{id}} with a personal API
 * token, then the same with HTTP Basic (a bcrypt check per request, kept as the slow fallback), then the consultant's
 * diagnosis page of the demo's 2026 round with a logged-in session. The service runs in this JVM on a fresh H2 file
 * database with its demo data; each measure is a warm-up run and three measured runs of 2 threads × 16 connections
 * (the time of each run is the first argument, default 10 s; further arguments go to the service). Not a unit
 * test; see BENCHMARKS.md for how to run it.
 */
public final class ServiceReadBenchmark {

    private static final String EMAIL = "admin@example.org";
    private static final String PASSWORD = "change-me-now";
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private ServiceReadBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        if (!Wrk.installed()) {
            System.out.println("wrk is not installed (Debian: apt-get install wrk); the HTTP read benchmark is skipped");
            return;
        }
        Duration time = Duration.ofSeconds(args.length > 0 ? Long.parseLong(args[0]) : 10);
        Path dir = Files.createTempDirectory("pha-read");
        List<String> settings = new ArrayList<>(List.of("--server.port=0", "--pha.data-dir=" + dir,
                "--pha.admin.require-password-change=false", "--logging.level.root=warn"));
        settings.addAll(Arrays.asList(args).subList(Math.min(1, args.length), args.length));
        ConfigurableApplicationContext context = SpringApplication.run(AdvisorApplication.class,
                settings.toArray(String[]::new));
        try {
            String base = "http://localhost:" + ((WebServerApplicationContext) context).getWebServer().getPort();
            JdbcClient jdbc = context.getBean(JdbcClient.class);
            long round = jdbc.sql("select max(id) from assessment_round").query(Long.class).single();
            long consultant = jdbc.sql("select id from consultant where email = :e").param("e", EMAIL)
                    .query(Long.class).single();
            String token = Tokens.next();
            context.getBean(ApiTokenStore.class).create(consultant, "read benchmark", Tokens.sha256(token));
            String basic = java.util.Base64.getEncoder()
                    .encodeToString((EMAIL + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));

            measure("GET /api/rounds/" + round + " with an API token (Bearer)", base + "/api/rounds/" + round, time,
                    "-H", "Authorization: Bearer " + token);
            measure("GET /api/rounds/" + round + " with HTTP Basic", base + "/api/rounds/" + round, time,
                    "-H", "Authorization: Basic " + basic);
            measure("GET /app/rounds/" + round + " (diagnosis page) with a session", base + "/app/rounds/" + round,
                    time, "-H", "Cookie: JSESSIONID=" + logIn(base));
        } finally {
            context.close();
            FileSystemUtils.deleteRecursively(dir);
        }
    }

    private static void measure(String what, String url, Duration time, String... headers) throws Exception {
        Wrk.run(url, 16, Duration.ofSeconds(5), headers);
        for (int run = 1; run <= 3; run++) {
            System.out.printf(Locale.ROOT, "%s, run %d: %s%n", what, run, Wrk.run(url, 16, time, headers));
        }
    }

    /** Logs in through the form, as a browser would, and returns the session cookie's value. */
    private static String logIn(String base) throws Exception {
        CookieManager cookies = new CookieManager();
        HttpClient client = HttpClient.newBuilder().cookieHandler(cookies).build();
        String page = client.send(HttpRequest.newBuilder(URI.create(base + "/login")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher csrf = CSRF.matcher(page);
        if (!csrf.find()) {
            throw new IllegalStateException("The log-in page has no CSRF field");
        }
        String form = "username=" + URLEncoder.encode(EMAIL, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8) + "&_csrf="
                + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
        client.send(HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.discarding());
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("JSESSIONID"))
                .map(HttpCookie::getValue).findFirst()
                .orElseThrow(() -> new IllegalStateException("Logging in gave no session cookie"));
    }
}
