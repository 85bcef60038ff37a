package org.partnershiphealth.advisor.web;

import com.fasterxml.jackson.databind.JsonNode;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.partnershiphealth.advisor.AdvisorApplication;
import org.partnershiphealth.advisor.store.AccountStore;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;

import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Managing collected data over real HTTP: renames and period corrections reach published results; deletions of a
 * response, a round or a partnership are confirmed, audited and gone from every result; the raw export keeps the
 * anonymity policy; a respondent erases their own response with the receipt code. Runs on H2
 * ({@link H2DataManagementTest}) and PostgreSQL ({@link PostgresDataManagementTest}).
 */
@SpringBootTest(classes = AdvisorApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "logging.structured.format.console=")
abstract class DataManagementTest {

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
        if (accounts.consultant("rival@data.example").isEmpty()) {
            long organisation = accounts.createOrganisation("Rival Data " + UUID.randomUUID());
            accounts.createConsultant(organisation, "rival@data.example", passwords.encode("rival-secret"), "CONSULTANT");
        }
        anonymous = Http.anonymous(port);
        consultant = anonymous.as(ServiceApiTest.ADMIN, ServiceApiTest.PASSWORD);
        rival = anonymous.as("rival@data.example", "rival-secret");
    }

    /** A partnership with one round of {@code n} responses; returns {partnershipId, roundId, slug, token}. */
    private String[] roundWith(int n, String sectorOfLast) {
        String slug = "d-" + UUID.randomUUID().toString().substring(0, 8);
        long partnership = consultant.post("/api/partnerships", Map.of("slug", slug, "name", "Data " + slug)).json()
                .get("id").asLong();
        JsonNode round = consultant.post("/api/partnerships/" + partnership + "/rounds",
                Map.of("period", "2026", "form", "SHORT")).json();
        String token = round.get("shareToken").asText();
        for (int i = 0; i < n; i++) {
            Http.Reply sent = anonymous.post("/api/respond/" + token,
                    ServiceApiTest.response(i == n - 1 ? sectorOfLast : "BUSINESS", 2 + i % 3));
            assertThat(sent.status()).as(sent.text()).isEqualTo(201);
        }
        return new String[] {Long.toString(partnership), round.get("id").asText(), slug, token};
    }

    private List<List<String>> rawCsv(String roundId) {
        Http.Reply raw = consultant.get("/api/rounds/" + roundId + "/responses/raw");
        assertThat(raw.status()).as(raw.text()).isEqualTo(200);
        List<List<String>> rows = new ArrayList<>();
        raw.text().replace("\uFEFF", "").lines().forEach(line -> rows.add(List.of(line.split(",", -1))));
        return rows;
    }

    @Test
    void renamingAPartnershipAndCorrectingAPeriodReachThePublishedResultsAndTheAuditRecord() {
        String[] p = roundWith(5, "BUSINESS");
        assertThat(consultant.post("/api/rounds/" + p[1] + "/diagnosis", Map.of()).status()).isEqualTo(200);

        Http.Reply renamed = consultant.raw("PATCH", "/api/partnerships/" + p[0], "application/json",
                HttpRequest.BodyPublishers.ofString("{\"name\":\"Harbour Health Alliance\"}"));
        Http.Reply period = consultant.raw("PATCH", "/api/rounds/" + p[1], "application/json",
                HttpRequest.BodyPublishers.ofString("{\"period\":\"2026 spring\"}"));

        assertThat(renamed.status()).as(renamed.text()).isEqualTo(200);
        assertThat(period.status()).as(period.text()).isEqualTo(200);
        JsonNode results = consultant.get("/api/rounds/" + p[1] + "/diagnosis").json();
        assertThat(results.get("partnership").get("name").asText()).isEqualTo("Harbour Health Alliance");
        assertThat(results.get("period").asText()).isEqualTo("2026 spring");
        assertThat(consultant.get("/api/audit").json().findValuesAsText("action"))
                .contains("rename partnership", "change period");
        assertThat(rival.raw("PATCH", "/api/partnerships/" + p[0], "application/json",
                HttpRequest.BodyPublishers.ofString("{\"name\":\"Taken\"}")).status()).isEqualTo(404);
    }

    @Test
    void aCheckInReadAfterTheRoundsResultsWereWithdrawnAndCameBackPublishesThemAgain() {
        String[] p = roundWith(5, "BUSINESS");
        String base = "/api/rounds/" + p[1];
        String focus = consultant.get(base + "/commitments").json().get("practices").get(0).get("focus")
                .get("itemKey").asText();
        consultant.put(base + "/commitments/" + focus, Map.of("decision", "ACCEPTED"));
        String checkIn = consultant.post(base + "/check-in", "").json().get("shareToken").asText();
        for (int i = 0; i < 3; i++) {
            assertThat(anonymous.form("/q/c/" + checkIn, Map.of("happened-" + focus, "yes")).status()).isEqualTo(302);
        }
        String ref = rawCsv(p[1]).get(1).get(0);
        consultant.raw("DELETE", base + "/responses/" + ref, null, HttpRequest.BodyPublishers.noBody());
        for (int i = 0; i < 3; i++) {
            anonymous.post("/api/respond/" + p[3], ServiceApiTest.response("BUSINESS", 3));
        }

        Http.Reply results = consultant.get(base + "/check-in");

        assertThat(results.status()).as(results.text()).isEqualTo(200);
        assertThat(results.json().get("results").get("outcomes").get(0).get("yes").asInt()).isEqualTo(3);
    }

    @Test
    void deletingAResponseWithdrawsTheResultsThatCountedItAndIsAudited() {
        String[] p = roundWith(5, "BUSINESS");
        assertThat(consultant.post("/api/rounds/" + p[1] + "/diagnosis", Map.of()).status()).isEqualTo(200);
        String ref = rawCsv(p[1]).get(1).get(0);

        Http.Reply deleted = consultant.raw("DELETE", "/api/rounds/" + p[1] + "/responses/" + ref, null,
                HttpRequest.BodyPublishers.noBody());

        assertThat(deleted.status()).as(deleted.text()).isEqualTo(200);
        assertThat(deleted.json().get("resultsWithdrawn").asInt()).isEqualTo(1);
        assertThat(rawCsv(p[1])).hasSize(5).noneMatch(row -> row.get(0).equals(ref));
        Http.Reply results = consultant.get("/api/rounds/" + p[1] + "/diagnosis");
        assertThat(results.status()).as("the withdrawn results are not shown; 4 responses may not replace them")
                .isEqualTo(409);
        assertThat(consultant.raw("DELETE", "/api/rounds/" + p[1] + "/responses/" + ref, null,
                HttpRequest.BodyPublishers.noBody()).status()).isEqualTo(404);
        assertThat(consultant.get("/api/audit").json().findValuesAsText("detail"))
                .anySatisfy(detail -> assertThat(detail).contains("response " + ref, "1 published result(s) withdrawn"));
    }

    @Test
    void deletingARoundOrAPartnershipNeedsItsPeriodOrIdAndRemovesEverything() {
        String[] p = roundWith(4, "BUSINESS");

        Http.Reply unconfirmed = consultant.raw("DELETE", "/api/rounds/" + p[1], null,
                HttpRequest.BodyPublishers.noBody());
        assertThat(unconfirmed.status()).isEqualTo(400);
        assertThat(unconfirmed.text()).contains("type the round's period, \\\"2026\\\"");

        assertThat(consultant.raw("DELETE", "/api/rounds/" + p[1] + "?confirm=2026", null,
                HttpRequest.BodyPublishers.noBody()).status()).isEqualTo(204);
        assertThat(consultant.get("/api/rounds/" + p[1]).status()).isEqualTo(404);
        assertThat(anonymous.get("/api/respond/" + p[3]).status()).isEqualTo(404);

        assertThat(rival.raw("DELETE", "/api/partnerships/" + p[0] + "?confirm=" + p[2], null,
                HttpRequest.BodyPublishers.noBody()).status()).isEqualTo(404);
        assertThat(consultant.raw("DELETE", "/api/partnerships/" + p[0] + "?confirm=" + p[2], null,
                HttpRequest.BodyPublishers.noBody()).status()).isEqualTo(204);
        assertThat(consultant.get("/api/partnerships/" + p[0]).status()).isEqualTo(404);
        assertThat(consultant.get("/api/audit").json().findValuesAsText("action"))
                .contains("delete round", "delete partnership");
    }

    @Test
    void theRawExportKeepsTheAnonymityPolicy() throws Exception {
        String[] few = roundWith(2, "BUSINESS");
        assertThat(consultant.get("/api/rounds/" + few[1] + "/responses/raw").status()).isEqualTo(409);

        String[] p = roundWith(4, "FUNDER");
        List<List<String>> rows = rawCsv(p[1]);

        assertThat(rows.get(0)).startsWith("response", "sector", "role", "tenure", "Q01A").doesNotContain("OPEN1");
        assertThat(rows).hasSize(5);
        assertThat(rows.subList(1, 5)).extracting(row -> row.get(1)).as("the lone funder's sector is blanked")
                .containsExactlyInAnyOrder("BUSINESS", "BUSINESS", "BUSINESS", "");
        assertThat(String.join("\n", rows.stream().map(row -> String.join(",", row)).toList()))
                .as("no rare sector, no comments, no dates").doesNotContain("FUNDER", "<b>", "2026");

        Http.Reply xlsx = consultant.get("/api/rounds/" + p[1] + "/responses/raw?format=xlsx");
        assertThat(xlsx.status()).isEqualTo(200);
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            List<Row> sheet = workbook.getFirstSheet().read();
            assertThat(sheet).hasSize(5);
            assertThat(sheet.get(0).getCellText(0)).isEqualTo("response");
        }
        assertThat(consultant.get("/api/rounds/" + p[1] + "/responses/raw?format=pdf").status()).isEqualTo(400);
        assertThat(rival.get("/api/rounds/" + p[1] + "/responses/raw").status()).isEqualTo(404);
    }

    @Test
    void aRespondentErasesTheirOwnResponseWithTheReceiptCode() {
        String[] p = roundWith(3, "BUSINESS");
        Http.Reply mine = anonymous.post("/api/respond/" + p[3], ServiceApiTest.response("NONPROFIT", 4));
        String receipt = mine.json().get("receiptCode").asText();
        assertThat(receipt).matches("[0-9A-Z]{4}(-[0-9A-Z]{4}){3}");

        Http.Reply erased = anonymous.post("/api/respond/erasure", Map.of("receipt", receipt.toLowerCase()));

        assertThat(erased.status()).as(erased.text()).isEqualTo(200);
        assertThat(consultant.get("/api/rounds/" + p[1] + "/responses").json().get("total").asInt()).isEqualTo(3);
        assertThat(anonymous.post("/api/respond/erasure", Map.of("receipt", receipt)).status()).isEqualTo(404);
        assertThat(anonymous.post("/api/respond/erasure", new LinkedHashMap<>()).status()).isEqualTo(400);
        JsonNode audit = consultant.get("/api/audit").json().get(0);
        assertThat(audit.get("actor").asText()).isEqualTo("respondent (receipt code)");
        assertThat(audit.toString()).doesNotContain(receipt);
    }

    @Test
    void aGrownExportImportsOnlyItsNewResponsesAndCountsTheOnesEditedSince() {
        String[] p = roundWith(0, "BUSINESS");
        String first = "respondent,sector,role,tenure,Q01A,Q02A\nR1,BUSINESS,LEADERSHIP,OVER_3_YEARS,4,4\n"
                + "R2,NONPROFIT,LEADERSHIP,OVER_3_YEARS,3,2\nR3,BUSINESS,LEADERSHIP,OVER_3_YEARS,5,5\n";
        Http.Reply imported = consultant.upload("/api/rounds/" + p[1] + "/responses/import", "march.csv",
                first.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(imported.status()).as(imported.text()).isEqualTo(201);

        String grown = first.replace("R2,NONPROFIT,LEADERSHIP,OVER_3_YEARS,3,2", "R2,NONPROFIT,LEADERSHIP,OVER_3_YEARS,3,5")
                + "R4,FUNDER,LEADERSHIP,OVER_3_YEARS,2,2\n";
        Http.Reply again = consultant.upload("/api/rounds/" + p[1] + "/responses/import", "april.csv",
                grown.getBytes(java.nio.charset.StandardCharsets.UTF_8));

        assertThat(again.status()).as(again.text()).isEqualTo(201);
        assertThat(again.json().get("imported").asInt()).isEqualTo(1);
        assertThat(again.json().get("alreadyInRound").asInt()).isEqualTo(3);
        assertThat(again.json().get("changedSinceImported").asInt()).isEqualTo(1);
        assertThat(consultant.get("/api/rounds/" + p[1] + "/responses").json().get("total").asInt()).isEqualTo(4);
    }

    @Test
    void rowsAnImportLeftOutAreCountedOnceInThePublishedMethodHoweverOftenTheExportIsImported() {
        String[] p = roundWith(0, "BUSINESS");
        byte[] export = org.partnershiphealth.advisor.intake.csv.ExportFixtures.csv("qualtrics-numeric.csv");
        for (int i = 0; i < 2; i++) {
            Http.Reply imported = consultant.upload("/api/rounds/" + p[1] + "/responses/import", "q.csv", export);
            assertThat(imported.status()).as(imported.text()).isEqualTo(201);
            assertThat(imported.json().get("rowsLeftOut").toString())
                    .isEqualTo("[\"1 × Qualtrics survey preview\",\"1 × unfinished response\"]");
        }

        JsonNode method = consultant.post("/api/rounds/" + p[1] + "/diagnosis", Map.of()).json().get("method");

        assertThat(method.get("respondentsUsed").asInt()).isEqualTo(6);
        assertThat(method.get("rowsLeftOut").toString())
                .isEqualTo("[\"1 × Qualtrics survey preview\",\"1 × unfinished response\"]");
    }
}
