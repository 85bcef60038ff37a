package org.partnershiphealth.advisor.web;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.partnershiphealth.advisor.AdvisorApplication;
import org.partnershiphealth.advisor.store.AccountStore;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The REST API over real HTTP on a random port: each endpoint's success and failure paths, the tenancy rules and
 * the token rules. Runs against H2 ({@link H2ServiceApiTest}) and PostgreSQL ({@link PostgresServiceApiTest}).
 */
@SpringBootTest(classes = AdvisorApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.servlet.multipart.max-file-size=2MB", "spring.servlet.multipart.max-request-size=2MB",
                "pha.max-json-bytes=65536", "logging.structured.format.console="})
abstract class ServiceApiTest {

    static final String ADMIN = "admin@example.org";
    static final String PASSWORD = "change-me-now";
    static final String OTHER = "other@rival.example";

    @LocalServerPort
    int port;

    @Autowired
    AccountStore accounts;

    @Autowired
    PasswordEncoder passwords;

    Http anonymous;
    Http consultant;
    Http rival;

    @BeforeEach
    void accounts() {
        if (accounts.consultant(OTHER).isEmpty()) {
            long rivalOrganisation = accounts.createOrganisation("Rival Advisers " + UUID.randomUUID());
            accounts.createConsultant(rivalOrganisation, OTHER, passwords.encode("rival-secret"), "CONSULTANT");
        }
        anonymous = Http.anonymous(port);
        consultant = anonymous.as(ADMIN, PASSWORD);
        rival = anonymous.as(OTHER, "rival-secret");
    }

    // --- helpers ------------------------------------------------------------------------------------------------

    long partnership() {
        String slug = "p-" + UUID.randomUUID().toString().substring(0, 8);
        Http.Reply created = consultant.post("/api/partnerships", Map.of("slug", slug, "name", "Partnership " + slug));
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        return created.json().get("id").asLong();
    }

    JsonNode round(long partnershipId, String period, String form) {
        Http.Reply created = consultant.post("/api/partnerships/" + partnershipId + "/rounds",
                Map.of("period", period, "form", form, "facts", Map.of("turnoverPercentSinceLaunch", 20, "monthsSinceLaunch", 30)));
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        return created.json();
    }

    static Map<String, Object> response(String sector, int tone) {
        Map<String, Object> answers = new LinkedHashMap<>();
        for (int i = 1; i <= 27; i++) {
            answers.put(String.format("Q%02dA", i), tone);
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("sector", sector);
        body.put("role", "PARTNER_REPRESENTATIVE");
        body.put("tenure", "ONE_TO_3_YEARS");
        body.put("answers", answers);
        body.put("comments", Map.of("OPEN1", "Meetings <b>run long</b>"));
        return body;
    }

    static byte[] sample(String name) throws Exception {
        return Files.readAllBytes(Path.of("../samples", name));
    }

    // --- partnerships and rounds ---------------------------------------------------------------------------------

    @Test
    void aConsultantCreatesAndListsPartnerships() {
        long id = partnership();

        assertThat(consultant.get("/api/partnerships").json().findValues("id")).extracting(JsonNode::asLong).contains(id);
        assertThat(consultant.get("/api/partnerships/" + id).json().get("name").asText()).startsWith("Partnership p-");
    }

    @Test
    void aBadPartnershipIsRefusedNamingTheField() {
        Http.Reply reply = consultant.post("/api/partnerships", Map.of("slug", "Not A Slug", "name", "X"));

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.json().get("fields").get(0).get("field").asText()).isEqualTo("slug");
    }

    @Test
    void aDuplicatePartnershipOrRoundIsAConflict() {
        long id = partnership();
        String slug = consultant.get("/api/partnerships/" + id).json().get("slug").asText();
        round(id, "2026", "SHORT");

        assertThat(consultant.post("/api/partnerships", Map.of("slug", slug, "name", "again")).status()).isEqualTo(409);
        assertThat(consultant.post("/api/partnerships/" + id + "/rounds", Map.of("period", "2026", "form", "FULL"))
                .status()).isEqualTo(409);
    }

    @Test
    void aRoundHasAnUnguessableShareTokenAndItsFactsCanBeEdited() {
        JsonNode round = round(partnership(), "2026", "FULL");
        String token = round.get("shareToken").asText();

        assertThat(token.length() * 6).as("bits of randomness").isGreaterThanOrEqualTo(128);
        Http.Reply edited = consultant.put("/api/rounds/" + round.get("id").asLong() + "/facts",
                Map.of("turnoverPercentSinceLaunch", 14, "backboneFte", 1.5));
        assertThat(edited.json().get("facts").get("backboneFte").asDouble()).isEqualTo(1.5);
    }

    @Test
    void factsOutOfRangeOrUnknownAreRefusedNamingTheFact() {
        long id = round(partnership(), "2026", "FULL").get("id").asLong();

        Http.Reply reply = consultant.put("/api/rounds/" + id + "/facts",
                Map.of("turnoverPercentSinceLaunch", 140, "meetingsPerMonht", 3));

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().get("problems").findValuesAsText("field"))
                .containsExactlyInAnyOrder("facts.turnoverPercentSinceLaunch", "facts.meetingsPerMonht");
        assertThat(consultant.post("/api/partnerships/" + partnership() + "/rounds", Map.of("period", "2027",
                "form", "FULL", "facts", Map.of("formationTrigger", "LOTTERY"))).status()).isEqualTo(400);
    }

    @Test
    void withoutCredentialsTheApiAnswers401() {
        assertThat(anonymous.get("/api/partnerships").status()).isEqualTo(401);
        assertThat(anonymous.as(ADMIN, "wrong").get("/api/partnerships").status()).isEqualTo(401);
    }

    // --- respondents -------------------------------------------------------------------------------------------

    @Test
    void aRespondentAnswersThroughTheShareLinkAndARetryCountsOnce() {
        JsonNode round = round(partnership(), "2026", "SHORT");
        String path = "/api/respond/" + round.get("shareToken").asText();

        JsonNode questionnaire = anonymous.get(path).json();
        Http.Reply first = anonymous.post(path, response("BUSINESS", 4), "Idempotency-Key", "k-1");
        Http.Reply retry = anonymous.post(path, response("BUSINESS", 4), "Idempotency-Key", "k-1");

        assertThat(questionnaire.get("items")).hasSize(40);
        assertThat(first.status()).isEqualTo(201);
        assertThat(retry.status()).isEqualTo(200);
        assertThat(retry.json().get("responseId").asLong()).isEqualTo(first.json().get("responseId").asLong());
        assertThat(consultant.get("/api/rounds/" + round.get("id").asLong() + "/responses").json().get("total").asInt())
                .isEqualTo(1);
    }

    @Test
    void theSameSubmissionSentEightTimesAtOnceIsStoredOnce() throws Exception {
        JsonNode round = round(partnership(), "2026", "SHORT");
        String path = "/api/respond/" + round.get("shareToken").asText();
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(8);
        try {
            List<java.util.concurrent.Future<Http.Reply>> replies = new java.util.ArrayList<>();
            for (int i = 0; i < 8; i++) {
                replies.add(pool.submit(() -> anonymous.post(path, response("FUNDER", 3), "Idempotency-Key", "same")));
            }
            java.util.Set<Long> ids = new java.util.HashSet<>();
            int created = 0;
            for (var reply : replies) {
                Http.Reply r = reply.get();
                assertThat(r.status()).as(r.text()).isIn(200, 201);
                created += r.status() == 201 ? 1 : 0;
                ids.add(r.json().get("responseId").asLong());
            }
            assertThat(created).isEqualTo(1);
            assertThat(ids).hasSize(1);
        } finally {
            pool.shutdown();
        }
        assertThat(consultant.get("/api/rounds/" + round.get("id").asLong() + "/responses").json().get("total").asInt())
                .isEqualTo(1);
    }

    @Test
    void anInvalidResponseIsRefusedNamingEachField() {
        String path = "/api/respond/" + round(partnership(), "2026", "SHORT").get("shareToken").asText();
        Map<String, Object> body = response("BUSINES", 4);
        @SuppressWarnings("unchecked") Map<String, Object> answers = (Map<String, Object>) body.get("answers");
        answers.put("Q01A", 7);
        answers.put("Q99Z", 3);

        Http.Reply reply = anonymous.post(path, body);

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().get("problems").findValuesAsText("field")).contains("answers.Q99Z");
        reply = anonymous.post(path, Map.of("sector", "BUSINES", "role", "PARTNER_REPRESENTATIVE",
                "tenure", "ONE_TO_3_YEARS", "answers", Map.of("Q01A", 7)));
        assertThat(reply.json().get("problems").findValuesAsText("field")).contains("sector", "answers.Q01A");
    }

    @Test
    void aClosedRoundRefusesSubmissionsWithAClearMessageAndReopensWithANewLink() {
        JsonNode round = round(partnership(), "2026", "SHORT");
        String path = "/api/respond/" + round.get("shareToken").asText();
        consultant.post("/api/rounds/" + round.get("id").asLong() + "/close", "");

        Http.Reply refused = anonymous.post(path, response("BUSINESS", 4));
        String reopened = consultant.post("/api/rounds/" + round.get("id").asLong() + "/open", "").json()
                .get("shareToken").asText();

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().get("detail").asText()).contains("closed");
        assertThat(anonymous.post(path, response("BUSINESS", 4)).status()).as("the old link is retired").isEqualTo(404);
        assertThat(anonymous.post("/api/respond/" + reopened, response("BUSINESS", 4)).status()).isEqualTo(201);
    }

    @Test
    void anUnknownShareTokenIsNotFound() {
        assertThat(anonymous.get("/api/respond/not-a-token").status()).isEqualTo(404);
        assertThat(anonymous.post("/api/respond/not-a-token", response("BUSINESS", 4)).status()).isEqualTo(404);
    }

    @Test
    void anInvitationWorksOnceAndOnlyForItsOwnRound() {
        long partnership = partnership();
        JsonNode first = round(partnership, "2025", "SHORT");
        JsonNode second = round(partnership, "2026", "SHORT");
        String invite = consultant.post("/api/rounds/" + first.get("id").asLong() + "/invites?count=1", "")
                .json().get(0).asText();

        Http.Reply used = anonymous.post("/api/invites/" + invite + "/response", response("NONPROFIT", 3),
                "Idempotency-Key", "first-try");
        Http.Reply retried = anonymous.post("/api/invites/" + invite + "/response", response("NONPROFIT", 3),
                "Idempotency-Key", "first-try");
        Http.Reply again = anonymous.post("/api/invites/" + invite + "/response", response("NONPROFIT", 5));

        assertThat(used.status()).isEqualTo(201);
        assertThat(retried.status()).as("a retry with the same key").isEqualTo(200);
        assertThat(retried.json().get("responseId").asLong()).isEqualTo(used.json().get("responseId").asLong());
        assertThat(again.status()).as("a second response through a used invitation").isEqualTo(409);
        assertThat(again.text()).contains("already been used");
        assertThat(anonymous.get("/api/invites/" + invite).json().get("period").asText()).isEqualTo("2025");
        assertThat(consultant.get("/api/rounds/" + first.get("id").asLong() + "/responses").json().get("total").asInt())
                .isEqualTo(1);
        assertThat(consultant.get("/api/rounds/" + second.get("id").asLong() + "/responses").json().get("total").asInt())
                .isZero();
        assertThat(anonymous.post("/api/respond/" + invite, response("NONPROFIT", 3)).status())
                .as("an invitation is not a share token").isEqualTo(404);
    }

    @Test
    void anAnswerOffTheScaleOrAnUnknownCommentIsRefusedAndNothingIsStored() {
        JsonNode round = round(partnership(), "2026", "SHORT");
        String token = round.get("shareToken").asText();
        String base = "/api/rounds/" + round.get("id").asLong();

        for (Object bad : new Object[] {-1, -5, "2,9", 2.5}) {
            Http.Reply reply = anonymous.post("/api/respond/" + token, Map.of("sector", "NONPROFIT",
                    "role", "PARTNER_REPRESENTATIVE", "tenure", "ONE_TO_3_YEARS", "answers", Map.of("Q01A", bad)));
            assertThat(reply.status()).as("answer %s", bad).isEqualTo(400);
            assertThat(reply.text()).contains("answers.Q01A", "not on the 1-5 agreement scale");
        }
        Http.Reply unknownComment = anonymous.post("/api/respond/" + token, Map.of("sector", "NONPROFIT",
                "role", "PARTNER_REPRESENTATIVE", "tenure", "ONE_TO_3_YEARS", "answers", Map.of("Q01A", 4),
                "comments", Map.of("X99", "hello")));

        assertThat(unknownComment.status()).isEqualTo(400);
        assertThat(unknownComment.text()).contains("comments.X99", "unknown open question id X99");
        assertThat(consultant.get(base + "/responses").json().get("total").asInt()).isZero();
    }

    @Test
    void theReportGivesTheResponseRateOfPersonalInvitations() {
        JsonNode round = round(partnership(), "2026", "SHORT");
        String base = "/api/rounds/" + round.get("id").asLong();
        JsonNode invites = consultant.post(base + "/invites?count=5", "").json();
        List<String> sectors = List.of("NONPROFIT", "BUSINESS", "GOVERNMENT", "NONPROFIT");
        for (int i = 0; i < sectors.size(); i++) {
            assertThat(anonymous.post("/api/invites/" + invites.get(i).asText() + "/response",
                    response(sectors.get(i), 3 + i % 2)).status()).isEqualTo(201);
        }

        JsonNode diagnosis = consultant.post(base + "/diagnosis", "").json();
        String md = consultant.get(base + "/report?format=md").text();

        assertThat(diagnosis.get("method").get("invitations").get("sent").asInt()).isEqualTo(5);
        assertThat(diagnosis.get("method").get("invitations").get("answered").asInt()).isEqualTo(4);
        assertThat(md).contains("4 of the 5 people asked answered (80%).")
                .doesNotContain("below the 60%");
        assertThat(diagnosis.get("method").get("invitations").get("lowBelowPercent").asInt()).isEqualTo(60);
    }

    @Test
    void aRoundBelowTheParticipationThresholdIsFlaggedAsLowConfidenceInTheReport() {
        JsonNode round = round(partnership(), "2026", "SHORT");
        String base = "/api/rounds/" + round.get("id").asLong();
        JsonNode invites = consultant.post(base + "/invites?count=8", "").json();
        for (int i = 0; i < 4; i++) {
            assertThat(anonymous.post("/api/invites/" + invites.get(i).asText() + "/response",
                    response(i % 2 == 0 ? "NONPROFIT" : "BUSINESS", 4)).status()).isEqualTo(201);
        }

        String md = consultant.get(base + "/report?format=md").text();

        assertThat(md).contains("4 of the 8 people asked answered (50%).", "below the 60% at which a survey can speak"
                + " for the whole partnership");
    }

    // --- import, diagnosis, reports -----------------------------------------------------------------------------

    @Test
    void anImportIsAllOrNothingAndSaysWhatWasWrong() throws Exception {
        JsonNode round = round(partnership(), "2026", "FULL");
        String base = "/api/rounds/" + round.get("id").asLong();
        String broken = new String(sample("green-supply-chain-initiative-2026-google-forms.csv"))
                .replaceFirst(",Agree,", ",Sometimes,");

        Http.Reply refused = consultant.upload(base + "/responses/import", "export.csv", broken.getBytes());
        int afterRefusal = consultant.get(base + "/responses").json().get("total").asInt();
        Http.Reply skipped = consultant.upload(base + "/responses/import?skipInvalid=true", "export.csv", broken.getBytes());

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("problems").get(0).get("row").asInt()).isGreaterThan(1);
        assertThat(refused.json().get("problems").get(0).get("message").asText()).contains("Sometimes");
        assertThat(afterRefusal).isZero();
        assertThat(skipped.status()).isEqualTo(201);
        assertThat(skipped.json().get("imported").asInt()).isEqualTo(21);
        assertThat(skipped.json().get("skipped").asInt()).isEqualTo(1);
    }

    @Test
    void aRoundIsDiagnosedAndReportedInEveryFormat() throws Exception {
        JsonNode round = round(partnership(), "2026", "FULL");
        String base = "/api/rounds/" + round.get("id").asLong();
        assertThat(consultant.upload(base + "/responses/import", "metro.json", sample("metro-transit-coalition-2026.json"))
                .status()).isEqualTo(201);

        JsonNode diagnosis = consultant.post(base + "/diagnosis", "").json();
        Http.Reply html = consultant.get(base + "/report?format=html");
        Http.Reply pdf = consultant.get(base + "/report?kind=briefing&format=pdf");
        Http.Reply md = consultant.get(base + "/report?format=md");
        Http.Reply json = consultant.get(base + "/report?format=json");

        assertThat(diagnosis.get("scores").get("respondents").asInt()).isEqualTo(24);
        assertThat(diagnosis.get("focus").findValuesAsText("practiceId")).contains("PR18");
        assertThat(html.contentType()).startsWith("text/html");
        assertThat(html.text()).contains("Focus for the next 90 days");
        assertThat(pdf.contentType()).isEqualTo("application/pdf");
        assertThat(new String(pdf.body(), 0, 5)).isEqualTo("%PDF-");
        assertThat(md.text()).contains("## Focus for the next 90 days");
        assertThat(json.json().get("period").asText()).isEqualTo("2026");
        JsonNode counts = consultant.get(base + "/responses").json();
        assertThat(counts.get("bySector").properties()).allSatisfy(e -> assertThat(e.getValue().asInt()).isGreaterThanOrEqualTo(3));
    }

    @Test
    void theAnnualReportComparesTheRoundsTheConsultantChooses() throws Exception {
        long partnership = partnership();
        List<Long> ids = new java.util.ArrayList<>();
        for (String period : List.of("2025", "2026")) {
            long id = round(partnership, period, "FULL").get("id").asLong();
            consultant.upload("/api/rounds/" + id + "/responses/import", "metro.json",
                    sample("metro-transit-coalition-" + period + ".json"));
            ids.add(id);
        }
        long empty = round(partnership, "2027", "SHORT").get("id").asLong();

        Http.Reply all = consultant.get("/api/partnerships/" + partnership + "/annual?format=md");
        Http.Reply chosen = consultant.get("/api/partnerships/" + partnership + "/annual?format=md&rounds="
                + ids.get(0) + "&rounds=" + ids.get(1));
        Http.Reply onlyOne = consultant.get("/api/partnerships/" + partnership + "/annual?format=md&rounds="
                + ids.get(1) + "&rounds=" + empty);
        Http.Reply foreign = consultant.get("/api/partnerships/" + partnership + "/annual?rounds=999999");

        assertThat(all.status()).as(all.text()).isEqualTo(200);
        assertThat(all.text()).contains("annual health report 2025, 2026", "**What changed.**", "within noise");
        assertThat(chosen.status()).isEqualTo(200);
        assertThat(onlyOne.status()).isEqualTo(409);
        assertThat(onlyOne.text()).contains("Choose at least two rounds with published results");
        assertThat(foreign.status()).isEqualTo(404);
    }

    @Test
    void aSurveyFileIsDiagnosedWithoutStoringAnything() throws Exception {
        Http.Reply reply = consultant.upload("/api/diagnose", "river.json", sample("river-basin-water-compact-2026.json"));
        Http.Reply bad = consultant.upload("/api/diagnose", "bad.json", "{ nope".getBytes());

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().get("findings").findValuesAsText("antiPatternId")).contains("AP-INFLICTOR-INFLICTED");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().get("problems").get(0).get("file").asText()).isEqualTo("bad.json");
        assertThat(anonymous.upload("/api/diagnose", "river.json", new byte[1]).status()).isEqualTo(401);
    }

    @Test
    void anEmptyRoundHasNothingToDiagnose() {
        long id = round(partnership(), "2026", "FULL").get("id").asLong();

        Http.Reply reply = consultant.post("/api/rounds/" + id + "/diagnosis", "");

        assertThat(reply.status()).isEqualTo(409);
        assertThat(reply.json().get("detail").asText()).contains("no responses yet");
    }

    // --- tenancy ---------------------------------------------------------------------------------------------------

    @Test
    void anotherOrganisationSeesNothingAndGets404ForEverything() throws Exception {
        long partnership = partnership();
        JsonNode round = round(partnership, "2026", "FULL");
        String base = "/api/rounds/" + round.get("id").asLong();
        consultant.upload(base + "/responses/import", "metro.json", sample("metro-transit-coalition-2026.json"));

        assertThat(rival.get("/api/partnerships").json().findValues("id")).extracting(JsonNode::asLong)
                .doesNotContain(partnership);
        for (String path : List.of("/api/partnerships/" + partnership, "/api/partnerships/" + partnership + "/rounds",
                "/api/partnerships/" + partnership + "/annual", base, base + "/responses", base + "/diagnosis",
                base + "/report?format=html", base + "/report?format=pdf")) {
            assertThat(rival.get(path).status()).as(path).isEqualTo(404);
        }
        assertThat(rival.post(base + "/diagnosis", "").status()).isEqualTo(404);
        assertThat(rival.post(base + "/close", "").status()).isEqualTo(404);
        assertThat(rival.post(base + "/invites", "").status()).isEqualTo(404);
        assertThat(rival.put(base + "/facts", Map.of()).status()).isEqualTo(404);
        assertThat(rival.upload(base + "/responses/import", "metro.json", sample("metro-transit-coalition-2026.json"))
                .status()).isEqualTo(404);
        assertThat(rival.post("/api/partnerships/" + partnership + "/rounds", Map.of("period", "2030", "form", "FULL"))
                .status()).isEqualTo(404);
    }

    // --- accounts ----------------------------------------------------------------------------------------------------

    @Test
    void anAdministratorAddsAConsultantWhoSeesTheSameOrganisationButCannotAddAccounts() {
        String email = "new-" + UUID.randomUUID().toString().substring(0, 6) + "@example.org";
        long partnership = partnership();

        Http.Reply created = consultant.post("/api/consultants", Map.of("email", email, "password",
                "a-long-enough-secret", "role", "CONSULTANT"));
        Http colleague = anonymous.as(email, "a-long-enough-secret");

        assertThat(created.status()).isEqualTo(201);
        assertThat(colleague.get("/api/partnerships/" + partnership).status()).isEqualTo(200);
        assertThat(colleague.get("/api/consultants/me").json().get("roles").get(0).asText()).isEqualTo("CONSULTANT");
        assertThat(colleague.post("/api/consultants", Map.of("email", "x" + email, "password", "a-long-enough-secret",
                "role", "ADMIN")).status()).isEqualTo(403);
        assertThat(consultant.post("/api/consultants", Map.of("email", email, "password", "short", "role", "CONSULTANT"))
                .json().get("fields").get(0).get("field").asText()).isEqualTo("password");
        assertThat(accounts.consultant(email).orElseThrow().passwordHash()).startsWith("{bcrypt}")
                .doesNotContain("a-long-enough-secret");
    }

    // --- limits, errors, operations ---------------------------------------------------------------------------------

    @Test
    void malformedAndOversizedRequestsAre400And413NeverA500() {
        String path = "/api/respond/" + round(partnership(), "2026", "SHORT").get("shareToken").asText();

        Http.Reply malformed = anonymous.post(path, "{ \"sector\": ");
        Http.Reply oversized = anonymous.post(path, "{\"x\":\"" + "a".repeat(70_000) + "\"}");
        Http.Reply upload = consultant.upload("/api/diagnose", "big.json", new byte[3 * 1024 * 1024]);

        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.contentType()).startsWith("application/problem+json");
        assertThat(oversized.status()).isEqualTo(413);
        assertThat(upload.status()).isEqualTo(413);
    }

    @Test
    void theKnowledgeBaseHealthAndApiDocumentationArePublic() {
        assertThat(anonymous.get("/api/knowledge/practices").json()).hasSize(27);
        assertThat(anonymous.get("/api/knowledge/practices/PR11").json().get("title").asText())
                .isEqualTo("Formally launch and relaunch teams");
        assertThat(anonymous.get("/api/knowledge/practices/PR99").status()).isEqualTo(404);
        assertThat(anonymous.get("/api/knowledge/anti-patterns").json()).hasSize(30);
        assertThat(anonymous.get("/actuator/health").json().get("status").asText()).isEqualTo("UP");
        assertThat(anonymous.get("/v3/api-docs").text()).contains("/api/respond/{token}", "/api/rounds/{roundId}/report");
    }
}
