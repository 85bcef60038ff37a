package org.partnershiphealth.advisor.web;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.partnershiphealth.advisor.AdvisorApplication;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

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
 * The attack suite, over real HTTP as an attacker with a consultant account, a share link or a crafted file would
 * send it: markup in every text that reaches a page or report, header and Markdown injection, oversized and chunked
 * bodies, wrong content types, over-long fields, idempotency conflicts, null bodies, thousands of unknown keys,
 * account enumeration, password guessing, share-link reuse. Each test asserts the safe outcome, and none may be a
 * 500. Runs on H2 ({@link H2HostileInputTest}) and PostgreSQL ({@link PostgresHostileInputTest}).
 */
@SpringBootTest(classes = AdvisorApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "logging.structured.format.console=")
abstract class HostileInputTest {

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
        String form = "username=" + encode("admin@example.org") + "&password=" + encode("change-me-now")
                + "&_csrf=" + encode(csrfOf(login.body()));
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
        HttpResponse<String> refused = page.send(HttpRequest.newBuilder(URI.create(url("/login")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + encode(email) + "&password="
                        + encode("the-right-one") + "&_csrf=" + encode(csrfOf(login.body())))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(refused.body()).contains("Too many failed log-ins", "Wait 15 minutes");
    }

    // --- markup in every text that reaches a report -------------------------------------------------------------

    @Test
    void hostileNamesPeriodsAndCommentsStayTextInEveryReportFormat() throws Exception {
        long partnership = consultant.post("/api/partnerships", Map.of("slug", slug(), "name", HOSTILE)).json()
                .get("id").asLong();
        long round = consultant.post("/api/partnerships/" + partnership + "/rounds",
                Map.of("period", "2026<b>", "form", "SHORT")).json().get("id").asLong();
        String token = consultant.get("/api/rounds/" + round).json().get("shareToken").asText();
        for (int i = 0; i < 5; i++) {
            assertThat(anonymous().post("/api/respond/" + token, submission(3 + i % 2,
                    Map.of("OPEN1", MARKDOWN + " " + HOSTILE))).status()).isEqualTo(201);
        }

        String html = consultant.get("/api/rounds/" + round + "/report?format=html").text();
        String page = get("/app/rounds/" + round + "/diagnosis").body();
        String md = consultant.get("/api/rounds/" + round + "/report?format=md").text();

        assertThat(html).as("the comments are shown at 5 respondents").contains("&lt;script&gt;alert(2)");
        for (String report : new String[] {html, page}) {
            assertThat(report).doesNotContain("<script>alert", "<img src=x", "href=\"javascript:");
        }
        assertThat(md).as("the comment is there, its markup escaped").contains("\\[click\\](javascript:")
                .as("no Markdown link, image or tag can form: every [, ! before [, and < is escaped")
                .doesNotContainPattern("(?<!\\\\)\\[click|(?<!\\\\)!(?<!\\\\)\\[img|(?<!\\\\)<(script|img|b>)");
    }

    // --- bodies: size, type, null, shape --------------------------------------------------------------------------

    @Test
    void aChunkedBodyPastTheLimitIsRefusedWith413AndNothingIsStored() {
        String token = openRound();
        byte[] huge = ("{\"sector\":\"NONPROFIT\",\"role\":\"PARTNER_REPRESENTATIVE\",\"tenure\":\"ONE_TO_3_YEARS\","
                + "\"answers\":{\"Q01A\":4},\"comments\":{\"OPEN1\":\"" + "x".repeat(2 * 1024 * 1024) + "\"}}")
                .getBytes(StandardCharsets.UTF_8);

        Http.Reply chunked = anonymous().raw("POST", "/api/respond/" + token, "application/json",
                HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(huge)));
        Http.Reply declared = anonymous().raw("POST", "/api/respond/" + token, "application/json",
                HttpRequest.BodyPublishers.ofByteArray(huge));

        assertThat(chunked.status()).as(chunked.text()).isEqualTo(413);
        assertThat(chunked.json().get("detail").asText()).contains("larger than 1048576 bytes");
        assertThat(declared.status()).isEqualTo(413);
        assertThat(responsesIn(token)).isZero();
    }

    @Test
    void aCommentLongerThanTheLimitIsRefusedNamingIt() {
        String token = openRound();

        Http.Reply reply = anonymous().post("/api/respond/" + token, submission(4, Map.of("OPEN1", "y".repeat(5001))));

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.text()).contains("OPEN1", "5001 characters", "at most 5000");
        assertThat(responsesIn(token)).isZero();
    }

    @Test
    void aWrongOrMissingContentTypeIs415NotA500() {
        String token = openRound();
        String body = Http.JSON.valueToTree(submission(4, Map.of())).toString();

        Http.Reply text = anonymous().raw("POST", "/api/respond/" + token, "text/plain",
                HttpRequest.BodyPublishers.ofString(body));
        Http.Reply none = anonymous().raw("POST", "/api/respond/" + token, null,
                HttpRequest.BodyPublishers.ofString(body));
        Http.Reply jsonToUpload = consultant.raw("POST", "/api/rounds/" + roundOf(token) + "/responses/import",
                "application/json", HttpRequest.BodyPublishers.ofString(body));

        for (Http.Reply reply : new Http.Reply[] {text, none, jsonToUpload}) {
            assertThat(reply.status()).as(reply.text()).isEqualTo(415);
            assertThat(reply.contentType()).startsWith("application/problem+json");
        }
        assertThat(responsesIn(token)).isZero();
    }

    @Test
    void anUploadWithoutItsFilePartOrWithABrokenBodyIs400() {
        String token = openRound();
        String path = "/api/rounds/" + roundOf(token) + "/responses/import";

        Http.Reply noFile = consultant.raw("POST", path, "multipart/form-data; boundary=xyz",
                HttpRequest.BodyPublishers.ofString("--xyz\r\nContent-Disposition: form-data; name=\"other\"\r\n\r\n"
                        + "1\r\n--xyz--\r\n"));
        Http.Reply broken = consultant.raw("POST", path, "multipart/form-data; boundary=xyz",
                HttpRequest.BodyPublishers.ofString("--xyz\r\nContent-Disposition: form-data; name=\"file\""));

        assertThat(noFile.status()).as(noFile.text()).isEqualTo(400);
        assertThat(noFile.json().get("detail").asText()).contains("file");
        assertThat(broken.status()).as(broken.text()).isEqualTo(400);
    }

    @Test
    void aNullOrEmptyFactsBodyIsRefusedAndTheFactsStay() {
        long round = consultant.post("/api/partnerships/" + newPartnership() + "/rounds", Map.of("period", "2026",
                "form", "SHORT", "facts", Map.of("turnoverPercentSinceLaunch", 20))).json().get("id").asLong();

        Http.Reply nullBody = consultant.raw("PUT", "/api/rounds/" + round + "/facts", "application/json",
                HttpRequest.BodyPublishers.ofString("null"));
        Http.Reply emptyBody = consultant.raw("PUT", "/api/rounds/" + round + "/facts", "application/json",
                HttpRequest.BodyPublishers.noBody());
        Http.Reply array = consultant.raw("PUT", "/api/rounds/" + round + "/facts", "application/json",
                HttpRequest.BodyPublishers.ofString("[]"));

        for (Http.Reply reply : new Http.Reply[] {nullBody, emptyBody, array}) {
            assertThat(reply.status()).as(reply.text()).isEqualTo(400);
            assertThat(reply.json().get("detail").asText()).startsWith("facts: the body must be a JSON object");
        }
        assertThat(consultant.get("/api/rounds/" + round).json().at("/facts/turnoverPercentSinceLaunch").asInt()).isEqualTo(20);
    }

    @Test
    void twentyThousandUnknownKeysAreRefusedWithAShortListAndNothingIsStored() {
        String token = openRound();
        Map<String, String> comments = new java.util.LinkedHashMap<>();
        Map<String, Object> answers = new java.util.LinkedHashMap<>();
        for (int i = 0; i < 20_000; i++) {
            comments.put("X" + i, "spam");
            answers.put("Z" + i, 3);
        }
        Map<String, Object> body = submission(4, comments);
        Map<String, Object> withAnswers = submission(4, Map.of());
        ((Map<String, Object>) withAnswers.get("answers")).putAll(answers);

        Http.Reply unknownComments = anonymous().post("/api/respond/" + token, body);
        Http.Reply unknownAnswers = anonymous().post("/api/respond/" + token, withAnswers);

        for (Http.Reply reply : new Http.Reply[] {unknownComments, unknownAnswers}) {
            assertThat(reply.status()).isEqualTo(400);
            assertThat(reply.json().get("problems").size()).isBetween(1, 21);
        }
        assertThat(unknownComments.text()).contains("comments.X0", "unknown open question id X0");
        assertThat(responsesIn(token)).isZero();
    }

    // --- over-long fields -------------------------------------------------------------------------------------------

    @Test
    void overLongFieldsAreRefusedWithTheFieldNamedOnTheApiAndTheForms() throws Exception {
        Http.Reply name = consultant.post("/api/partnerships", Map.of("slug", slug(), "name", "n".repeat(300)));
        long partnership = newPartnership();
        Http.Reply period = consultant.post("/api/partnerships/" + partnership + "/rounds",
                Map.of("period", "p".repeat(60), "form", "SHORT"));
        String token = openRound();
        Http.Reply key = anonymous().post("/api/respond/" + token, submission(4, Map.of()),
                "Idempotency-Key", "k".repeat(500));
        Http.Reply respondentId = consultant.upload("/api/rounds/" + roundOf(token) + "/responses/import", "long.json",
                ("{\"respondents\":[{\"id\":\"" + "r".repeat(500) + "\",\"sector\":\"NONPROFIT\",\"role\":"
                        + "\"PARTNER_REPRESENTATIVE\",\"tenure\":\"ONE_TO_3_YEARS\",\"answers\":{\"Q01A\":4}}]}")
                        .getBytes(StandardCharsets.UTF_8));

        assertThat(name.status()).isEqualTo(400);
        assertThat(name.text()).contains("name");
        assertThat(period.status()).isEqualTo(400);
        assertThat(period.text()).contains("period");
        assertThat(key.status()).isEqualTo(400);
        assertThat(key.text()).contains("Idempotency-Key", "500 characters");
        assertThat(respondentId.status()).as(respondentId.text()).isEqualTo(400);
        assertThat(respondentId.text()).contains("respondent id", "at most 100");
        assertThat(responsesIn(token)).isZero();

        HttpResponse<String> longName = postForm("/app/partnerships", Map.of("slug", slug(), "name", "n".repeat(300)));
        HttpResponse<String> longPeriod = postForm("/app/partnerships/" + partnership + "/rounds",
                Map.of("period", "p".repeat(60), "form", "SHORT"));
        HttpResponse<String> bogusForm = postForm("/app/partnerships/" + partnership + "/rounds",
                Map.of("period", "2030", "form", "BOGUS"));
        assertThat(longName.statusCode()).isEqualTo(200);
        assertThat(longName.body()).contains("name: at most 200 characters, not 300");
        assertThat(longPeriod.statusCode()).isEqualTo(200);
        assertThat(longPeriod.body()).contains("period: at most 40 characters, not 60");
        assertThat(bogusForm.statusCode()).isEqualTo(400);
        assertThat(bogusForm.body()).contains("The value of &quot;form&quot; is not one this page offers");
    }

    @Test
    void aTamperedQuestionnairePageStoresNothingAndAGuessedDraftOpensNothing() {
        String token = openRound();
        FormRespondent respondent = new FormRespondent(port);
        respondent.start(token);
        respondent.post(1, Map.of("sector", "PIRATES", "role", "PARTNER_REPRESENTATIVE", "tenure", "ONE_TO_3_YEARS",
                "go", "next"));
        respondent.post(2, Map.of("Q01A", "<script>alert(1)</script>", "Q27A", "4", "go", "next"));

        String back = respondent.post(8, Map.of("OPEN1", "x".repeat(20_000), "go", "send"));
        Http.Reply shown = respondent.get(back);

        assertThat(back).as("a refused send stays on the last page").endsWith("/8");
        assertThat(shown.text()).contains("id=\"error-summary\"", "Please choose one answer.",
                        "Please choose one of the answers shown.")
                .doesNotContain("<script>alert(1)</script>");
        assertThat(responsesIn(token)).isZero();
        assertThat(anonymous().get("/q/d/" + "A".repeat(32) + "/1").status()).isEqualTo(404);
        assertThat(anonymous().form("/q/d/" + "A".repeat(32) + "/1", Map.of("go", "send")).status()).isEqualTo(404);
    }

    // --- idempotency -------------------------------------------------------------------------------------------------

    @Test
    void aPersonalApiTokenActsAsItsConsultantUntilRevokedAndAWrongOneIsRefused() throws Exception {
        String token = openRound();
        long round = roundOf(token);
        HttpResponse<String> made = postForm("/app/tokens", Map.of("name", "Nightly export"));
        Matcher shown = Pattern.compile("id=\"new-token\" value=\"(pha_[A-Za-z0-9_-]{32})\"").matcher(made.body());
        assertThat(shown.find()).as("the new token is shown once").isTrue();
        Http integration = Http.anonymous(port).bearer(shown.group(1));

        Http.Reply read = integration.get("/api/rounds/" + round);
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.json().get("shareToken").asText()).isEqualTo(token);
        assertThat(Http.anonymous(port).bearer("pha_" + "x".repeat(32)).get("/api/rounds/" + round).status())
                .isEqualTo(401);
        assertThat(get("/app/tokens").body()).contains("Nightly export").doesNotContain(shown.group(1))
                .as("its use is recorded").contains("<td>" + java.time.LocalDate.now(java.time.ZoneOffset.UTC))
                .doesNotContain(">never<");

        Matcher revoke = Pattern.compile("action=\"(/app/tokens/\\d+/revoke)\"").matcher(get("/app/tokens").body());
        assertThat(revoke.find()).isTrue();
        assertThat(postForm(revoke.group(1), Map.of()).body()).contains("The token is revoked");
        Http.Reply refused = integration.get("/api/rounds/" + round);
        assertThat(refused.status()).isEqualTo(401);
        assertThat(refused.text()).contains("not valid");
    }

    @Test
    void twinSubmissionsRacingWithOneIdempotencyKeyStoreOneResponseAndBothGetItsId() throws Exception {
        String token = openRound();
        int pairs = 60;
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            for (int i = 0; i < pairs; i++) {
                String key = "race-" + i + "-" + UUID.randomUUID();
                java.util.concurrent.CyclicBarrier start = new java.util.concurrent.CyclicBarrier(2);
                java.util.concurrent.Callable<Http.Reply> twin = () -> {
                    start.await();
                    return anonymous().post("/api/respond/" + token, submission(4, Map.of()), "Idempotency-Key", key);
                };
                var first = pool.submit(twin);
                var second = pool.submit(twin);
                Http.Reply a = first.get();
                Http.Reply b = second.get();

                assertThat(java.util.List.of(a.status(), b.status())).as("pair %d: %s / %s", i, a.text(), b.text())
                        .containsExactlyInAnyOrder(201, 200);
                assertThat(a.json().get("responseId").asLong()).isEqualTo(b.json().get("responseId").asLong());
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(responsesIn(token)).isEqualTo(pairs);
    }

    @Test
    void anIdempotencyKeyReusedWithOtherAnswersIs409NamingItAndTheFirstAnswersStay() {
        String token = openRound();
        String key = "retry-" + UUID.randomUUID();

        Http.Reply first = anonymous().post("/api/respond/" + token, submission(4, Map.of()), "Idempotency-Key", key);
        Http.Reply again = anonymous().post("/api/respond/" + token, submission(4, Map.of()), "Idempotency-Key", key);
        Http.Reply other = anonymous().post("/api/respond/" + token, submission(2, Map.of()), "Idempotency-Key", key);
        Http.Reply invalid = anonymous().post("/api/respond/" + token, Map.of("sector", "NONPROFIT"), "Idempotency-Key", key);

        assertThat(first.status()).isEqualTo(201);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().get("responseId").asLong()).isEqualTo(first.json().get("responseId").asLong());
        assertThat(other.status()).isEqualTo(409);
        assertThat(other.json().get("detail").asText()).contains("Idempotency-Key " + key, "different answers");
        assertThat(invalid.status()).as("an invalid body is refused, never acknowledged as the first").isEqualTo(400);
        assertThat(responsesIn(token)).isEqualTo(1);
    }

    // --- accounts and links ------------------------------------------------------------------------------------------

    @Test
    void addingAnAddressThatAnotherOrganisationUsesAnswersAsForANewOneAndChangesNothing(
            @org.springframework.beans.factory.annotation.Autowired
            org.partnershiphealth.advisor.store.AccountStore accounts,
            @org.springframework.beans.factory.annotation.Autowired
            org.springframework.security.crypto.password.PasswordEncoder passwords) {
        String taken = "taken-" + slug() + "@rival.example";
        accounts.createConsultant(accounts.createOrganisation("Rival " + slug()), taken,
                passwords.encode("rival-own-password"), "CONSULTANT");
        String fresh = "fresh-" + slug() + "@example.org";

        Http.Reply forTaken = consultant.post("/api/consultants",
                Map.of("email", taken, "password", "attacker-chosen-1", "role", "CONSULTANT"));
        Http.Reply forFresh = consultant.post("/api/consultants",
                Map.of("email", fresh, "password", "attacker-chosen-1", "role", "CONSULTANT"));

        assertThat(forTaken.status()).isEqualTo(forFresh.status()).isEqualTo(201);
        assertThat(forTaken.json().fieldNames()).toIterable()
                .containsExactlyElementsOf(() -> forFresh.json().fieldNames());
        assertThat(anonymous().as(taken, "attacker-chosen-1").get("/api/partnerships").status()).isEqualTo(401);
        assertThat(anonymous().as(taken, "rival-own-password").get("/api/partnerships").status()).isEqualTo(200);
        assertThat(anonymous().as(fresh, "attacker-chosen-1").get("/api/partnerships").status()).isEqualTo(200);
    }

    @Test
    void aNewShareLinkAndAReopenedRoundRetireTheOldLink() {
        String token = openRound();
        long round = roundOf(token);

        String rotated = consultant.post("/api/rounds/" + round + "/share-token", Map.of()).json()
                .get("shareToken").asText();
        assertThat(anonymous().get("/api/respond/" + token).status()).isEqualTo(404);
        assertThat(anonymous().get("/api/respond/" + rotated).status()).isEqualTo(200);

        consultant.post("/api/rounds/" + round + "/close", Map.of());
        String reopened = consultant.post("/api/rounds/" + round + "/open", Map.of()).json().get("shareToken").asText();
        assertThat(reopened).isNotEqualTo(rotated);
        assertThat(anonymous().post("/api/respond/" + rotated, submission(4, Map.of())).status()).isEqualTo(404);
        assertThat(anonymous().post("/api/respond/" + reopened, submission(4, Map.of())).status()).isEqualTo(201);
    }

    // --- nothing a client sends is a 500 --------------------------------------------------------------------------------

    @Test
    void noMalformedRequestIsAnsweredWithA500() {
        String token = openRound();
        long round = roundOf(token);
        String[][] requests = {
            {"POST", "/api/respond/" + token, "application/json", "{"},
            {"POST", "/api/respond/" + token, "application/json", "[1,2]"},
            {"POST", "/api/respond/" + token, "application/json", "{\"answers\":\"all\"}"},
            {"POST", "/api/respond/" + token, "application/json", "{\"answers\":{\"Q01A\":{\"deep\":[1]}}}"},
            {"POST", "/api/respond/" + token, "application/json", "{\"comments\":{\"OPEN1\":[1,2]}}"},
            {"POST", "/api/respond/" + token, "application/xml", "<a/>"},
            {"PUT", "/api/respond/" + token, "application/json", "{}"},
            {"POST", "/api/respond/%00", "application/json", "{}"},
            {"POST", "/api/partnerships", "application/json", "{\"slug\":7,\"name\":[]}"},
            {"POST", "/api/partnerships/abc/rounds", "application/json", "{}"},
            {"POST", "/api/partnerships/1/rounds", "application/json", "{\"period\":\"x\",\"form\":\"BOGUS\"}"},
            {"GET", "/api/rounds/" + round + "/report?kind=%0d%0aX:1&format=pdf", null, ""},
            {"GET", "/api/rounds/" + round + "/report?format=exe", null, ""},
            {"POST", "/api/rounds/" + round + "/invites?count=abc", null, ""},
            {"POST", "/api/rounds/" + round + "/invites?count=100000", null, ""},
            {"PUT", "/api/rounds/" + round + "/facts", "application/json", "{\"turnoverPercent12m\":\"lots\"}"},
            {"PUT", "/api/rounds/" + round + "/facts", "application/json", "{\"unknownFact\":1}"},
            {"GET", "/api/partnerships/1/annual?rounds=x", null, ""},
            {"POST", "/api/consultants", "application/json", "{\"email\":\"not-an-address\"}"},
            {"POST", "/api/consultants/me/password", "application/json", "{}"},
        };
        for (String[] r : requests) {
            Http.Reply reply = consultant.raw(r[0], r[1], r[2], r[3].isEmpty() && r[2] == null
                    ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(r[3]));
            assertThat(reply.status()).as("%s %s %s -> %s", r[0], r[1], r[3], reply.text()).isBetween(400, 499);
        }
    }

    // --- helpers -------------------------------------------------------------------------------------------------------

    static final String MARKDOWN = "[click](javascript:alert(3)) ![img](http://evil.example/x.png) <b>bold</b>";

    Http anonymous() {
        return Http.anonymous(port);
    }

    long newPartnership() {
        return consultant.post("/api/partnerships", Map.of("slug", slug(), "name", "Partnership")).json()
                .get("id").asLong();
    }

    /** A new open short-form round; its share token. */
    String openRound() {
        long round = consultant.post("/api/partnerships/" + newPartnership() + "/rounds",
                Map.of("period", "2026", "form", "SHORT")).json().get("id").asLong();
        String token = consultant.get("/api/rounds/" + round).json().get("shareToken").asText();
        rounds.put(token, round);
        return token;
    }

    private final Map<String, Long> rounds = new java.util.HashMap<>();

    long roundOf(String token) {
        return rounds.get(token);
    }

    int responsesIn(String token) {
        return consultant.get("/api/rounds/" + roundOf(token) + "/responses").json().get("total").asInt();
    }

    static Map<String, Object> submission(int tone, Map<String, String> comments) {
        Map<String, Object> answers = new java.util.LinkedHashMap<>();
        for (String id : new String[] {"Q01A", "Q02A", "Q03A", "Q04A", "Q05A"}) {
            answers.put(id, tone);
        }
        Map<String, Object> body = new java.util.LinkedHashMap<>();
        body.put("sector", "NONPROFIT");
        body.put("role", "PARTNER_REPRESENTATIVE");
        body.put("tenure", "ONE_TO_3_YEARS");
        body.put("answers", answers);
        body.put("comments", comments);
        return body;
    }

    /** A consultant form post from the logged-in browser, CSRF token included. */
    HttpResponse<String> postForm(String path, Map<String, String> fields) throws Exception {
        StringBuilder form = new StringBuilder("_csrf=" + encode(csrfOf(get("/app").body())));
        fields.forEach((name, value) -> form.append('&').append(encode(name)).append('=').append(encode(value)));
        return browser.send(HttpRequest.newBuilder(URI.create(url(path)))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form.toString())).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The CSRF token of a page's form. */
    private static String csrfOf(String page) {
        Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page);
        assertThat(csrf.find()).as("the page's form carries a CSRF token").isTrue();
        return csrf.group(1);
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
