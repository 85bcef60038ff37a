package org.partnershiphealth.advisor.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.assertj.core.api.SoftAssertions.assertSoftly;

/**
 * "Acknowledged only once it is stored" under the worst stop there is: the service is killed with SIGKILL (what
 * {@link Process#destroyForcibly()} sends on Linux) while respondents are still submitting. After a restart on the
 * same database file, every response that was answered 201 must still be there, and retrying its idempotency key
 * must find it rather than store it a second time.
 */
class AbruptStopTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ADMIN = "Basic " + Base64.getEncoder()
            .encodeToString("admin@example.org:change-me-now".getBytes(StandardCharsets.UTF_8));
    private static final int SUBMITTERS = 8;
    private static final Duration SUBMITTING = Duration.ofMillis(1_500);
    private static final int ENOUGH_ACKNOWLEDGED = 2_000;
    private static final Duration LONGEST_WAIT_FOR_A_FIRST_ACKNOWLEDGEMENT = Duration.ofSeconds(15);
    private static final Duration STARTUP = Duration.ofSeconds(90);

    @TempDir
    Path dir;

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2)).build();
    private final List<Process> services = new ArrayList<>();

    @AfterEach
    void stopServices() throws InterruptedException {
        for (Process service : services) {
            service.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }

    @Test
    void everyAcknowledgedResponseSurvivesTheServiceBeingKilledMidLoad() throws Exception {
        Service first = start("first");
        long partnershipId = created(first, "/api/partnerships",
                Map.of("slug", "abrupt-stop", "name", "Abrupt Stop")).get("id").asLong();
        JsonNode round = created(first, "/api/partnerships/" + partnershipId + "/rounds",
                Map.of("period", "2026", "form", "SHORT"));
        String sharePath = round.get("sharePath").asText();
        String responses = "/api/rounds/" + round.get("id").asLong() + "/responses";

        Map<String, Long> acknowledged = submitUntilKilled(first, sharePath);

        Service second = start("second");
        int total = get(second, responses).get("total").asInt();
        Map<String, Long> lost = notFoundAgain(acknowledged, retry(second, sharePath, acknowledged.keySet()));
        int totalAfterRetries = get(second, responses).get("total").asInt();
        System.out.printf("AbruptStopTest: %d responses acknowledged before the kill; after the restart %d stored,"
                + " %d acknowledged keys verified, %d lost%n", acknowledged.size(), total,
                acknowledged.size() - lost.size(), lost.size());

        assertThat(acknowledged).as("responses acknowledged before the kill").isNotEmpty();
        assertSoftly(softly -> {
            softly.assertThat(lost).as("acknowledged responses (idempotency key=response id) missing after the restart")
                    .isEmpty();
            softly.assertThat(total).as("responses stored after the restart")
                    .isGreaterThanOrEqualTo(acknowledged.size());
            softly.assertThat(totalAfterRetries).as("responses after retrying every acknowledged key").isEqualTo(total);
        });
    }

    /**
     * Eight respondents submit as fast as they can; the service is killed after {@link #SUBMITTING} (or once
     * {@link #ENOUGH_ACKNOWLEDGED} responses are in), with requests still in flight. Returns the response id of every
     * idempotency key answered 201.
     */
    private Map<String, Long> submitUntilKilled(Service service, String sharePath) throws Exception {
        Map<String, Long> acknowledged = new ConcurrentHashMap<>();
        AtomicBoolean killed = new AtomicBoolean();
        ExecutorService submitters = Executors.newFixedThreadPool(SUBMITTERS);
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int s = 0; s < SUBMITTERS; s++) {
                String respondent = "submitter-" + s;
                running.add(submitters.submit(() -> {
                    for (int n = 0; !killed.get(); n++) {
                        String key = respondent + "-" + n;
                        try {
                            Reply reply = post(service, sharePath, response(n), null, key);
                            if (reply.status() == 201) {
                                acknowledged.put(key, reply.body().get("responseId").asLong());
                            }
                        } catch (UncheckedIOException refusedOrCutOff) {
                            // Expected once the service is gone: the request was never acknowledged.
                        }
                    }
                }));
            }
            long start = System.nanoTime();
            while (!submittedEnough(acknowledged.size(), Duration.ofNanos(System.nanoTime() - start))) {
                Thread.sleep(20);
            }
            service.process().destroyForcibly();
            killed.set(true);
            assertThat(service.process().waitFor(10, TimeUnit.SECONDS)).as("the killed service exits").isTrue();
            for (Future<?> submitter : running) {
                submitter.get(30, TimeUnit.SECONDS);
            }
        } finally {
            submitters.shutdownNow();
        }
        return Map.copyOf(acknowledged);
    }

    private static boolean submittedEnough(int acknowledged, Duration elapsed) {
        if (acknowledged >= ENOUGH_ACKNOWLEDGED) {
            return true;
        }
        // A slow first start may not have answered anything yet after 1.5 s; the kill must hit a busy service.
        return elapsed.compareTo(SUBMITTING) >= 0
                && (acknowledged > 0 || elapsed.compareTo(LONGEST_WAIT_FOR_A_FIRST_ACKNOWLEDGEMENT) >= 0);
    }

    /** The acknowledged keys whose retry did not answer 200 with the response id first acknowledged. */
    private static Map<String, Long> notFoundAgain(Map<String, Long> acknowledged, Map<String, Reply> retried) {
        Map<String, Long> lost = new TreeMap<>();
        acknowledged.forEach((key, responseId) -> {
            Reply reply = retried.get(key);
            if (reply.status() != 200 || reply.body().path("responseId").asLong() != responseId) {
                lost.put(key, responseId);
            }
        });
        return lost;
    }

    /** Submits every key again with the same answers (key "submitter-s-n" sent response(n)), from eight threads. */
    private Map<String, Reply> retry(Service service, String sharePath, Iterable<String> keys) throws Exception {
        Map<String, Reply> replies = new ConcurrentHashMap<>();
        ExecutorService retriers = Executors.newFixedThreadPool(SUBMITTERS);
        try {
            List<Future<?>> pending = new ArrayList<>();
            for (String key : keys) {
                pending.add(retriers.submit(() -> replies.put(key, post(service, sharePath,
                        response(Integer.parseInt(key.substring(key.lastIndexOf('-') + 1))), null, key))));
            }
            for (Future<?> retried : pending) {
                retried.get(30, TimeUnit.SECONDS);
            }
        } finally {
            retriers.shutdownNow();
        }
        return replies;
    }

    private static Map<String, Object> response(int n) {
        Map<String, Object> answers = new LinkedHashMap<>();
        for (int i = 1; i <= 27; i++) {
            answers.put(String.format("Q%02dA", i), 1 + (n + i) % 5);
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("sector", "BUSINESS");
        body.put("role", "PARTNER_REPRESENTATIVE");
        body.put("tenure", "ONE_TO_3_YEARS");
        body.put("answers", answers);
        body.put("comments", Map.of());
        return body;
    }

    /**
     * A burst of full-diagnosis PDFs (several megabytes of layout each) at a service on a 96 MB heap, run with the
     * documented {@code -XX:+ExitOnOutOfMemoryError}. With PDFs made one per core at a time, the heap holds: the
     * service answers every request with a PDF or a 503 and then its health check. (Without the limit an
     * out-of-memory error in Tomcat's poller thread used to leave it up and silent; the JVM option turns any such
     * error into an exit its supervisor restarts.)
     */
    @Test
    void aPdfBurstOnASmallHeapLeavesTheServiceAnsweringOrGoneNeverWedged() throws Exception {
        Service small = start("small-heap", "-Xmx96m", "-XX:+ExitOnOutOfMemoryError");
        long partnershipId = created(small, "/api/partnerships", Map.of("slug", "pdf-burst", "name", "PDF Burst"))
                .get("id").asLong();
        JsonNode round = created(small, "/api/partnerships/" + partnershipId + "/rounds",
                Map.of("period", "2026", "form", "FULL"));
        for (int n = 0; n < 12; n++) {
            assertThat(post(small, round.get("sharePath").asText(), response(n), null, null).status()).isEqualTo(201);
        }
        URI pdf = small.uri("/api/rounds/" + round.get("id").asLong() + "/report?format=pdf");
        List<java.util.concurrent.CompletableFuture<HttpResponse<Void>>> burst = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            burst.add(http.sendAsync(HttpRequest.newBuilder(pdf).header("Authorization", ADMIN)
                    .timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.discarding()));
        }
        int rendered = 0;
        int busy = 0;
        List<String> other = new ArrayList<>();
        for (var reply : burst) {
            try {
                int status = reply.join().statusCode();
                rendered += status == 200 ? 1 : 0;
                busy += status == 503 ? 1 : 0;
                if (status != 200 && status != 503) {
                    other.add("HTTP " + status);
                }
            } catch (java.util.concurrent.CompletionException connectionLost) {
                // the process may have exited mid-burst; what matters is the state it is left in
                other.add(String.valueOf(connectionLost.getCause()));
            }
        }

        // with the PDF limit at its default (one per core) the heap holds: the service stays up and answers all
        assertThat(small.process().waitFor(2, TimeUnit.SECONDS)).as("the service exited: %s", tail(small.log()))
                .isFalse();
        HttpResponse<String> health = http.send(HttpRequest.newBuilder(small.uri("/actuator/health"))
                .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(health.statusCode()).as("the health check after the burst (%d PDFs made, %d told to retry)",
                rendered, busy).isEqualTo(200);
        assertThat(rendered + busy).as("every request was answered, with a PDF or a 503: %s", other).isEqualTo(24);
        assertThat(rendered).isPositive();
    }

    // --- the service as a separate process ----------------------------------------------------------------------

    private record Service(Process process, int port, Path log) {
        URI uri(String path) {
            return URI.create("http://localhost:" + port + path);
        }
    }

    /** Starts the service in its own JVM on the test's database file and waits until it reports UP. */
    private Service start(String name, String... jvmOptions) throws IOException, InterruptedException {
        int port = freePort();
        Path log = dir.resolve(name + ".log");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString()));
        command.addAll(List.of(jvmOptions));
        command.addAll(List.of("-cp", System.getProperty("java.class.path"),
                "org.partnershiphealth.advisor.AdvisorApplication",
                "--server.port=" + port,
                // the product's own H2 settings, only in a folder of our own
                "--pha.data-dir=" + dir,
                "--logging.structured.format.console="));
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        services.add(process);
        Service service = new Service(process, port, log);
        awaitHealthy(service);
        return service;
    }

    private void awaitHealthy(Service service) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + STARTUP.toNanos();
        while (System.nanoTime() < deadline) {
            if (!service.process().isAlive()) {
                fail("The service exited with " + service.process().exitValue() + " before it was healthy:\n"
                        + tail(service.log()));
            }
            try {
                HttpResponse<String> health = http.send(HttpRequest.newBuilder(service.uri("/actuator/health"))
                        .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.ofString());
                if (health.statusCode() == 200 && health.body().contains("\"UP\"")) {
                    return;
                }
            } catch (IOException notListeningYet) {
                // Still starting.
            }
            Thread.sleep(200);
        }
        fail("The service was not healthy within " + STARTUP.toSeconds() + " s:\n" + tail(service.log()));
    }

    private static String tail(Path log) throws IOException {
        List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    // --- HTTP ---------------------------------------------------------------------------------------------------

    private record Reply(int status, JsonNode body) {
    }

    private Reply post(Service service, String path, Object body, String authorization, String idempotencyKey) {
        HttpRequest.Builder request = HttpRequest.newBuilder(service.uri(path)).timeout(Duration.ofSeconds(20))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(write(body)));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        return send(request.build());
    }

    private JsonNode created(Service service, String path, Object body) {
        Reply reply = post(service, path, body, ADMIN, null);
        assertThat(reply.status()).as("POST %s: %s", path, reply.body()).isEqualTo(201);
        return reply.body();
    }

    private JsonNode get(Service service, String path) {
        Reply reply = send(HttpRequest.newBuilder(service.uri(path)).timeout(Duration.ofSeconds(20))
                .header("Authorization", ADMIN).GET().build());
        assertThat(reply.status()).as("GET %s: %s", path, reply.body()).isEqualTo(200);
        return reply.body();
    }

    private Reply send(HttpRequest request) {
        try {
            HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            return new Reply(response.statusCode(), response.body().length == 0 ? JSON.nullNode()
                    : JSON.readTree(response.body()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String write(Object body) {
        try {
            return JSON.writeValueAsString(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
