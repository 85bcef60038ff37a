package org.partnershiphealth.advisor.web;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.partnershiphealth.advisor.AdvisorApplication;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The plan as a tracked list over real HTTP: a partnership accepts a focus item with an owner, a date and progress,
 * declines an action, gets clear 400s naming the field for bad values, and exports the list as CSV.
 */
@SpringBootTest(classes = AdvisorApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"logging.structured.format.console=", "spring.datasource.url=jdbc:h2:mem:pha-commitments;"
                + "MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1"})
class CommitmentApiTest {

    @LocalServerPort
    int port;

    Http consultant;
    long round;

    @org.springframework.beans.factory.annotation.Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @org.springframework.beans.factory.annotation.Autowired
    org.partnershiphealth.advisor.service.CheckInService checkIns;

    @BeforeEach
    void aRoundWithPublishedWeaknesses() {
        consultant = Http.anonymous(port).as("admin@example.org", "change-me-now");
        long partnership = consultant.post("/api/partnerships", Map.of("slug", "plan-" + UUID.randomUUID()
                .toString().substring(0, 6), "name", "Committed Network")).json().get("id").asLong();
        JsonNode created = consultant.post("/api/partnerships/" + partnership + "/rounds",
                Map.of("period", "2026", "form", "SHORT")).json();
        round = created.get("id").asLong();
        for (int i = 0; i < 5; i++) {
            Http.anonymous(port).post("/api/respond/" + created.get("shareToken").asText(),
                    ServiceApiTest.response(i % 2 == 0 ? "NONPROFIT" : "BUSINESS", 2));
        }
    }

    @Test
    void aFocusItemIsAcceptedWithOwnerDateAndProgressAndAnActionIsDeclined() {
        JsonNode plan = consultant.get("/api/rounds/" + round + "/commitments").json();
        assertThat(plan.get("accepted").asInt()).isZero();
        JsonNode first = plan.get("practices").get(0);
        String focusKey = first.get("focus").get("itemKey").asText();
        String actionKey = first.get("actions").get(0).get("itemKey").asText();
        assertThat(focusKey).matches("PR\\d\\d");
        assertThat(actionKey).isEqualTo(focusKey + "-A1");
        assertThat(plan.get("undecided").asInt()).isEqualTo(countItems(plan));

        Http.Reply accepted = consultant.put("/api/rounds/" + round + "/commitments/" + focusKey,
                change("ACCEPTED", "Maria (backbone lead)", "2027-03-01", "UNDER_WAY", null));
        Http.Reply declined = consultant.put("/api/rounds/" + round + "/commitments/" + actionKey,
                change("DECLINED", null, null, null, null));

        assertThat(accepted.status()).isEqualTo(200);
        JsonNode commitment = accepted.json().get("commitment");
        assertThat(commitment.get("owner").asText()).isEqualTo("Maria (backbone lead)");
        assertThat(commitment.get("due").asText()).isEqualTo("2027-03-01");
        assertThat(commitment.get("status").asText()).isEqualTo("UNDER_WAY");
        assertThat(commitment.get("text").asText()).isEqualTo(first.get("focus").get("proposed").asText());
        assertThat(declined.json().get("commitment").get("decision").asText()).isEqualTo("DECLINED");
        assertThat(declined.json().get("commitment").has("status")).as("a declined item has no progress").isFalse();
        JsonNode after = consultant.get("/api/rounds/" + round + "/commitments").json();
        assertThat(after.get("accepted").asInt()).isEqualTo(1);
        assertThat(after.get("undecided").asInt()).isEqualTo(countItems(plan) - 2);

        String csv = new String(consultant.get("/api/rounds/" + round + "/commitments/csv").body(),
                StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFFitem,practice,kind,text,decision,owner,due,status,drop_reason");
        assertThat(csv).contains(focusKey + "," + focusKey + ",focus,")
                .contains("accepted,Maria (backbone lead),2027-03-01,under way,")
                .contains(actionKey + "," + focusKey + ",action,");
        assertThat(csv.lines().count()).isEqualTo(1 + countItems(plan));
    }

    @Test
    void theOwnWordingIsKeptAndADroppedItemNeedsAReason() {
        String focusKey = consultant.get("/api/rounds/" + round + "/commitments").json()
                .get("practices").get(0).get("focus").get("itemKey").asText();
        Map<String, Object> reworded = change("ACCEPTED", "Steering group", null, "DONE", null);
        reworded.put("text", "Relaunch the team at the spring retreat");

        assertThat(consultant.put("/api/rounds/" + round + "/commitments/" + focusKey, reworded).json()
                .get("commitment").get("text").asText()).isEqualTo("Relaunch the team at the spring retreat");
        Http.Reply noReason = consultant.put("/api/rounds/" + round + "/commitments/" + focusKey,
                change("ACCEPTED", null, null, "DROPPED", " "));
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.text()).contains("dropReason");
        Http.Reply dropped = consultant.put("/api/rounds/" + round + "/commitments/" + focusKey,
                change("ACCEPTED", null, null, "DROPPED", "The funder's review comes first"));
        assertThat(dropped.json().get("commitment").get("dropReason").asText()).isEqualTo("The funder's review comes first");
    }

    @Test
    void badValuesAreRefusedNamingTheFieldAndNothingIsSaved() {
        String focusKey = consultant.get("/api/rounds/" + round + "/commitments").json()
                .get("practices").get(0).get("focus").get("itemKey").asText();
        String path = "/api/rounds/" + round + "/commitments/";

        Http.Reply badStatus = consultant.put(path + focusKey, change("ACCEPTED", null, null, "FINISHED", null));
        Http.Reply badDate = consultant.put(path + focusKey, change("ACCEPTED", null, "next spring", null, null));
        Http.Reply noDecision = consultant.put(path + focusKey, change(null, null, null, null, null));
        Http.Reply unknown = consultant.put(path + "PR99", change("ACCEPTED", null, null, null, null));

        assertThat(badStatus.status()).isEqualTo(400);
        assertThat(badStatus.text()).contains("status: one of NOT_STARTED, UNDER_WAY, DONE, DROPPED, not \\\"FINISHED\\\"");
        assertThat(badDate.status()).isEqualTo(400);
        assertThat(badDate.text()).contains("due: a date as YYYY-MM-DD");
        assertThat(noDecision.status()).isEqualTo(400);
        assertThat(noDecision.text()).contains("decision");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(consultant.get(path.substring(0, path.length() - 1)).json().get("accepted").asInt()).isZero();
    }

    @Test
    void aRoundWithCommitmentsAndACheckInIsDeletedWithThem() {
        String focusKey = consultant.get("/api/rounds/" + round + "/commitments").json()
                .get("practices").get(0).get("focus").get("itemKey").asText();
        consultant.put("/api/rounds/" + round + "/commitments/" + focusKey, change("ACCEPTED", null, null, null, null));
        long organisation = jdbc.sql("select p.organisation_id from partnership p join assessment_round r"
                + " on r.partnership_id = p.id where r.id = :r").param("r", round).query(Long.class).single();
        checkIns.open(new org.partnershiphealth.advisor.service.DataService.Actor(organisation, "admin@example.org"), round);

        Http.Reply deleted = consultant.raw("DELETE", "/api/rounds/" + round + "?confirm=2026", null,
                java.net.http.HttpRequest.BodyPublishers.noBody());

        assertThat(deleted.status()).isEqualTo(204);
        assertThat(jdbc.sql("select count(*) from commitment where round_id = :r").param("r", round)
                .query(Integer.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from check_in where round_id = :r").param("r", round)
                .query(Integer.class).single()).isZero();
    }

    @Test
    void theCheckInAndThePortfolioAnswerOverTheApiUnderTheSameLimits() {
        String focusKey = consultant.get("/api/rounds/" + round + "/commitments").json()
                .get("practices").get(0).get("focus").get("itemKey").asText();
        assertThat(consultant.post("/api/rounds/" + round + "/check-in", "").status())
                .as("nothing committed yet").isEqualTo(409);
        consultant.put("/api/rounds/" + round + "/commitments/" + focusKey, change("ACCEPTED", null, null, null, null));

        JsonNode opened = consultant.post("/api/rounds/" + round + "/check-in", "").json();
        JsonNode read = consultant.get("/api/rounds/" + round + "/check-in").json();
        JsonNode portfolio = consultant.get("/api/portfolio").json();
        Http.Reply portfolioCsv = consultant.get("/api/portfolio?format=csv");

        assertThat(opened.get("commitments").get(0).get("itemKey").asText()).isEqualTo(focusKey);
        assertThat(opened.get("items").size()).isBetween(1, 8);
        assertThat(read.get("results").get("withheld").asText()).startsWith("Results appear once at least 3 people");
        assertThat(consultant.post("/api/rounds/" + round + "/check-in", "").status()).isEqualTo(409);
        assertThat(portfolio.get("shown").asBoolean()).as("%s", portfolio).isFalse();
        assertThat(portfolio.get("minimum").asInt()).isEqualTo(5);
        assertThat(portfolio.get("rows").size()).isZero();
        assertThat(portfolioCsv.status()).isEqualTo(409);
        assertThat(portfolioCsv.text()).contains("needs at least 5 partnerships");
    }

    private static int countItems(JsonNode plan) {
        int items = 0;
        for (JsonNode practice : plan.get("practices")) {
            items += 1 + practice.get("actions").size();
        }
        return items;
    }

    private static Map<String, Object> change(String decision, String owner, String due, String status, String reason) {
        Map<String, Object> change = new HashMap<>();
        change.put("decision", decision);
        change.put("owner", owner);
        change.put("due", due);
        change.put("status", status);
        change.put("dropReason", reason);
        return change;
    }
}
