package org.partnershiphealth.advisor.web;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.partnershiphealth.advisor.AdvisorApplication;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A burst of PDF requests, more than the service renders at once: the extra ones get 503 with Retry-After at
 * once, the others their PDF, and the service goes on answering everything else.
 */
@SpringBootTest(classes = AdvisorApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"pha.pdf.concurrency=1", "pha.pdf.wait=PT0S", "logging.structured.format.console=",
                "spring.datasource.url=jdbc:h2:mem:pha-pdf;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                        + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1"})
class PdfBurstTest {

    @LocalServerPort
    int port;

    @Test
    void pdfsBeyondTheRenderingLimitAre503WithRetryAfterAndTheServiceKeepsAnswering() throws Exception {
        Http consultant = Http.anonymous(port).as("admin@example.org", "change-me-now");
        long partnership = consultant.post("/api/partnerships", Map.of("slug", "burst", "name", "Burst")).json()
                .get("id").asLong();
        JsonNode round = consultant.post("/api/partnerships/" + partnership + "/rounds",
                Map.of("period", "2026", "form", "SHORT")).json();
        for (int i = 0; i < 5; i++) {
            assertThat(Http.anonymous(port).post("/api/respond/" + round.get("shareToken").asText(),
                    ServiceApiTest.response(i % 2 == 0 ? "NONPROFIT" : "BUSINESS", 2 + i % 3)).status()).isEqualTo(201);
        }
        String pdf = "http://localhost:" + port + "/api/rounds/" + round.get("id").asLong() + "/report?format=pdf";
        HttpClient client = HttpClient.newHttpClient();
        String basic = "Basic " + Base64.getEncoder().encodeToString("admin@example.org:change-me-now".getBytes());

        List<CompletableFuture<HttpResponse<byte[]>>> burst = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            burst.add(client.sendAsync(HttpRequest.newBuilder(URI.create(pdf)).header("Authorization", basic).build(),
                    HttpResponse.BodyHandlers.ofByteArray()));
        }
        List<HttpResponse<byte[]>> replies = burst.stream().map(CompletableFuture::join).toList();

        assertThat(replies).allSatisfy(reply -> assertThat(reply.statusCode()).isIn(200, 503));
        assertThat(replies).filteredOn(reply -> reply.statusCode() == 503).isNotEmpty()
                .allSatisfy(reply -> assertThat(reply.headers().firstValue("Retry-After")).contains("5"));
        assertThat(replies).filteredOn(reply -> reply.statusCode() == 200).isNotEmpty()
                .allSatisfy(reply -> assertThat(new String(reply.body(), 0, 5)).isEqualTo("%PDF-"));
        assertThat(Http.anonymous(port).get("/actuator/health").status()).isEqualTo(200);
        assertThat(consultant.get("/api/rounds/" + round.get("id").asLong() + "/report?format=pdf").status())
                .as("the burst over, a PDF is made again").isEqualTo(200);
    }
}
