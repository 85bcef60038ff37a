package org.partnershiphealth.advisor.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.partnershiphealth.advisor.AdvisorApplication;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.util.FileSystemUtils;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Respondents submitting short-form answers through a round's share link, against the service in this JVM on its
 * default embedded H2 file database: 16 concurrent clients, each on its own keep-alive HTTP/1.1 connection, every
 * submission with its own Idempotency-Key. Bounded by a count (default 10,000, first argument) and a time (default
 * 60 s, second argument), after 500 warm-up submissions. Not a unit test; see BENCHMARKS.md for how to run it.
 */
public final class SubmissionLoadBenchmark {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ADMIN = "Basic " + Base64.getEncoder()
            .encodeToString("admin@example.org:change-me-now".getBytes(StandardCharsets.UTF_8));
    private static final int CLIENTS = 16;
    private static final int WARMUP = 500;

    private SubmissionLoadBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int submissions = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        Duration limit = Duration.ofSeconds(args.length > 1 ? Long.parseLong(args[1]) : 60);
        // a round that already holds this many responses (issue 17 measured PostgreSQL slowing as rounds grow)
        int prefill = args.length > 2 ? Integer.parseInt(args[2]) : 0;
        Path dir = Files.createTempDirectory("pha-load");
        List<String> settings = new ArrayList<>(List.of("--server.port=0",
                // the product's own H2 settings, only in a folder of our own
                "--pha.data-dir=" + dir,
                "--logging.level.root=warn"));
        // further arguments go to the service, e.g. --spring.profiles.active=postgres --spring.datasource.url=...
        settings.addAll(Arrays.asList(args).subList(Math.min(3, args.length), args.length));
        ConfigurableApplicationContext context = SpringApplication.run(AdvisorApplication.class,
                settings.toArray(String[]::new));
        // a second replica on the same database (PostgreSQL only: an H2 file belongs to one process)
        ConfigurableApplicationContext second = Integer.getInteger("pha.bench.replicas", 1) > 1
                ? SpringApplication.run(AdvisorApplication.class, settings.toArray(String[]::new)) : null;
        try {
            String base = base(context);
            String sharePath = openShortRound(base);
            if (prefill > 0) {
                prefill(context, sharePath, prefill);
            }
            run(base, sharePath, "warm-up", WARMUP, Duration.ofSeconds(60));
            if (second != null) {
                run(base(second), sharePath, "warm-up-second", WARMUP, Duration.ofSeconds(60));
                replicas(base + sharePath, base(second) + sharePath, limit);
            } else if ("wrk".equals(System.getProperty("pha.bench.client"))) {
                for (int run = 1; run <= 3; run++) {
                    System.out.printf(Locale.ROOT, "wrk run %d, 16 connections: %s%n", run,
                            Wrk.run(base + sharePath, CLIENTS, limit, "-s", Wrk.script("submissions.lua").toString(),
                                    "--", "run-" + run));
                }
            } else {
                Run measured = run(base, sharePath, "load", submissions, limit);
                report(submissions, limit, measured);
            }
        } finally {
            if (second != null) {
                second.close();
            }
            context.close();
            FileSystemUtils.deleteRecursively(dir);
        }
    }

    private static String base(ConfigurableApplicationContext context) {
        return "http://localhost:" + ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    /**
     * Both replicas under load at once, 8 wrk connections each, three runs: each replica's figures and their sum.
     * On one machine the two share its cores, so the sum shows that they work side by side on one database (same
     * round, unique keys, no errors), not what two machines would add.
     */
    private static void replicas(String first, String second, Duration limit) throws Exception {
        String script = Wrk.script("submissions.lua").toString();
        for (int run = 1; run <= 3; run++) {
            Process one = Wrk.start(first, CLIENTS / 2, limit, "-s", script, "--", "first-" + run);
            Process two = Wrk.start(second, CLIENTS / 2, limit, "-s", script, "--", "second-" + run);
            Wrk.Result a = Wrk.finish(one);
            Wrk.Result b = Wrk.finish(two);
            System.out.printf(Locale.ROOT, "two replicas, run %d: first %s; second %s; together %.0f req/s%n", run, a, b,
                    a.perSecond() + b.perSecond());
        }
    }

    /** Stores {@code count} responses in the round directly, as many earlier respondents would have left. */
    private static void prefill(ConfigurableApplicationContext context, String sharePath, int count) {
        var jdbc = context.getBean(org.springframework.jdbc.core.simple.JdbcClient.class);
        String token = sharePath.substring(sharePath.lastIndexOf('/') + 1);
        long round = jdbc.sql("select id from assessment_round where share_token = :t").param("t", token)
                .query(Long.class).single();
        String answers = "{\"Q01A\":\"4\",\"Q02A\":\"3\"}";
        for (int from = 0; from < count; from += 1_000) {
            List<Object[]> rows = new ArrayList<>();
            for (int i = from; i < Math.min(count, from + 1_000); i++) {
                rows.add(new Object[] {round, "prefill-" + i, answers, "pre-" + i, "ref-pre-" + i,
                        java.sql.Timestamp.from(java.time.Instant.now())});
            }
            context.getBean(org.springframework.jdbc.core.JdbcTemplate.class).batchUpdate("insert into response"
                    + " (round_id, respondent_key, sector, role, tenure, answers_json, comments_json, idempotency_key,"
                    + " ref, submitted_at) values (?, ?, 'BUSINESS', 'PARTNER_REPRESENTATIVE', 'ONE_TO_3_YEARS', ?,"
                    + " '{}', ?, ?, ?)", rows);
        }
        jdbc.sql("analyze").update();
        System.out.printf(Locale.ROOT, "prefilled the round with %d responses%n", count);
    }

    /** Creates a partnership and an open short-form round, and returns the round's share path. */
    private static String openShortRound(String base) {
        HttpClient client = client();
        JsonNode partnership = created(client, base + "/api/partnerships",
                Map.of("slug", "load-benchmark", "name", "Load Benchmark"));
        JsonNode round = created(client, base + "/api/partnerships/" + partnership.get("id").asLong() + "/rounds",
                Map.of("period", "2026", "form", "SHORT"));
        return round.get("sharePath").asText();
    }

    private static JsonNode created(HttpClient client, String url, Object body) {
        Reply reply = post(client, url, body, ADMIN, null);
        if (reply.status() != 201) {
            throw new IllegalStateException("POST " + url + " answered " + reply.status() + ": " + reply.body());
        }
        return reply.body();
    }

    /** Latencies in nanoseconds of the submissions made, the wall time they took, and the answers other than 201. */
    private record Run(long[] latencies, long wallNanos, int errors) {
    }

    private static Run run(String base, String sharePath, String prefix, int submissions, Duration limit)
            throws Exception {
        long[] latencies = new long[submissions];
        AtomicInteger next = new AtomicInteger();
        AtomicInteger errors = new AtomicInteger();
        long start = System.nanoTime();
        long deadline = start + limit.toNanos();
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int c = 0; c < CLIENTS; c++) {
                running.add(clients.submit(() -> {
                    HttpClient client = client();
                    for (int i = next.getAndIncrement(); i < submissions && System.nanoTime() < deadline;
                         i = next.getAndIncrement()) {
                        long sent = System.nanoTime();
                        int status = submit(client, base + sharePath, prefix + "-" + i, i);
                        latencies[i] = System.nanoTime() - sent;
                        if (status != 201) {
                            errors.incrementAndGet();
                        }
                    }
                }));
            }
            for (Future<?> client : running) {
                client.get();
            }
        } finally {
            clients.shutdownNow();
        }
        long wall = System.nanoTime() - start;
        // Submissions not sent before the deadline have no latency; they are the zeros left out.
        long[] sent = Arrays.stream(latencies).filter(nanos -> nanos > 0).toArray();
        return new Run(sent, wall, errors.get());
    }

    private static int submit(HttpClient client, String url, String key, int n) {
        try {
            return post(client, url, response(n), null, key).status();
        } catch (UncheckedIOException failed) {
            return -1;
        }
    }

    private static void report(int submissions, Duration limit, Run run) {
        long[] sorted = run.latencies().clone();
        Arrays.sort(sorted);
        System.out.printf(Locale.ROOT, "%d cores, Java %s (%s)%n", Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"), System.getProperty("java.vm.name"));
        System.out.printf(Locale.ROOT, "%d short-form submissions from %d clients in %.1f s (bounds: %d submissions,"
                + " %d s; after %d warm-up)%n", sorted.length, CLIENTS, run.wallNanos() / 1e9, submissions,
                limit.toSeconds(), WARMUP);
        System.out.printf(Locale.ROOT, "throughput %.0f submissions/s%n", sorted.length / (run.wallNanos() / 1e9));
        System.out.printf(Locale.ROOT, "latency p50 %.2f ms, p90 %.2f ms, p99 %.2f ms, max %.2f ms%n",
                percentile(sorted, 50), percentile(sorted, 90), percentile(sorted, 99), sorted[sorted.length - 1] / 1e6);
        System.out.printf(Locale.ROOT, "errors (not 201) %d%n", run.errors());
    }

    private static double percentile(long[] sorted, int p) {
        return sorted[Math.min(sorted.length - 1, sorted.length * p / 100)] / 1e6;
    }

    private static Map<String, Object> response(int n) {
        Map<String, Object> answers = new LinkedHashMap<>();
        for (int i = 1; i <= 27; i++) {
            answers.put(String.format("Q%02dA", i), 1 + (n + i) % 5);
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("sector", n % 2 == 0 ? "BUSINESS" : "NONPROFIT");
        body.put("role", "PARTNER_REPRESENTATIVE");
        body.put("tenure", "ONE_TO_3_YEARS");
        body.put("answers", answers);
        body.put("comments", Map.of());
        return body;
    }

    // --- HTTP ---------------------------------------------------------------------------------------------------

    private static HttpClient client() {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5))
                .build();
    }

    private record Reply(int status, JsonNode body) {
    }

    private static Reply post(HttpClient client, String url, Object body, String authorization, String key) {
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
            if (authorization != null) {
                request.header("Authorization", authorization);
            }
            if (key != null) {
                request.header("Idempotency-Key", key);
            }
            HttpResponse<byte[]> response = client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Reply(response.statusCode(), response.body().length == 0 ? JSON.nullNode()
                    : JSON.readTree(response.body()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
