package org.partnershiphealth.advisor.web;

import com.code_intelligence.jazzer.api.BugDetectors;
import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import org.partnershiphealth.advisor.AdvisorApplication;
import org.partnershiphealth.advisor.intake.FuzzBudget;
import org.partnershiphealth.advisor.service.AssessmentService;
import org.partnershiphealth.advisor.store.AccountStore;
import org.partnershiphealth.assessment.QuestionnaireForm;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import java.net.http.HttpRequest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fuzzing of the public submit endpoint over real HTTP: whatever body, content type and Idempotency-Key a client
 * sends through a share link, the answer is a 2xx receipt or a 4xx problem detail, never a 500. The service runs
 * once, in this JVM, on an in-memory H2 database. Seeds (a valid response, malformed ones) are replayed in the
 * ordinary test run; CI fuzzes for a bounded time (see {@link FuzzBudget}).
 */
class SubmitFuzzTest {

    private static final String[] CONTENT_TYPES = {"application/json", "application/json; charset=UTF-8",
        "text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", "application/xml", null};

    private static ConfigurableApplicationContext service;
    private static Http client;
    private static String token;

    @FuzzTest(maxDuration = FuzzBudget.PER_TARGET)
    void submit(FuzzedDataProvider data) {
        start();
        String contentType = CONTENT_TYPES[data.consumeInt(0, CONTENT_TYPES.length - 1)];
        String key = data.consumeBoolean() ? data.consumeString(130) : null;
        String body = data.consumeRemainingAsString();
        String[] headers = key == null || !isHeaderSafe(key) ? new String[0] : new String[] {"Idempotency-Key", key};

        Http.Reply reply;
        try (var local = BugDetectors.allowNetworkConnections((host, port) -> host.equals("localhost"))) {
            reply = client.raw("POST", "/api/respond/" + token, contentType,
                    HttpRequest.BodyPublishers.ofString(body), headers);
        }

        assertThat(reply.status()).as("%s %s -> %s", contentType, body, reply.text()).isBetween(200, 499);
        if (reply.status() >= 400) {
            assertThat(reply.contentType()).as(reply.text()).startsWith("application/problem+json");
        }
    }

    /** The HTTP client itself refuses header values with control characters; those never reach the service. */
    private static boolean isHeaderSafe(String value) {
        return !value.isEmpty() && value.chars().allMatch(c -> c >= 0x20 && c < 0x7f);
    }

    private static synchronized void start() {
        if (service != null) {
            return;
        }
        try (var local = BugDetectors.allowNetworkConnections()) {
            service = new SpringApplicationBuilder(AdvisorApplication.class).run("--server.port=0",
                    "--spring.datasource.url=jdbc:h2:mem:pha-fuzz;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                            + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
                    "--logging.structured.format.console=", "--logging.level.root=warn", "--pha.demo.enabled=false");
        }
        Runtime.getRuntime().addShutdownHook(new Thread(service::close));
        AssessmentService assessments = service.getBean(AssessmentService.class);
        long organisation = service.getBean(AccountStore.class).organisationId("Demo Consultancy").orElseThrow();
        long partnership = assessments.createPartnership(organisation, "fuzzed", "Fuzzed partnership").id();
        token = assessments.createRound(organisation, partnership, "2026", QuestionnaireForm.SHORT, null).shareToken();
        client = Http.anonymous(Integer.parseInt(service.getEnvironment().getProperty("local.server.port")));
    }
}
