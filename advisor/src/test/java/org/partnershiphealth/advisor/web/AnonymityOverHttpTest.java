package org.partnershiphealth.advisor.web;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.partnershiphealth.advisor.AdvisorApplication;
import org.partnershiphealth.advisor.anonymity.PublishedFigures;
import org.partnershiphealth.advisor.anonymity.RandomRounds;
import org.partnershiphealth.assessment.Respondent;
import org.partnershiphealth.assessment.Role;
import org.partnershiphealth.assessment.Sector;
import org.partnershiphealth.diagnosis.Diagnosis;
import org.partnershiphealth.knowledge.KnowledgeBase;
import org.partnershiphealth.knowledge.KnowledgeBaseLoader;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The four ways a consultant's login could recover one respondent's answers before the disclosure policy, each
 * tried over real HTTP against the running service: subtracting one published group from another, reading a round
 * of one or two, diagnosing again after one more response, and counting a one-person sector. Every figure the API
 * publishes is handed to the same linear attacker as the property tests; it must find nothing.
 */
@SpringBootTest(classes = AdvisorApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"logging.structured.format.console=", "pha.demo.enabled=false",
                "spring.datasource.url=jdbc:h2:mem:pha-anonymity;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                        + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1"})
class AnonymityOverHttpTest {

    private static final KnowledgeBase KB = KnowledgeBaseLoader.loadDefault();
    private static final ObjectMapper DIAGNOSES = new ObjectMapper()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    private static final int K = 3;

    @LocalServerPort
    int port;

    Http consultant;
    Http anonymous;

    @BeforeEach
    void login() {
        anonymous = Http.anonymous(port);
        consultant = anonymous.as("admin@example.org", "change-me-now");
    }

    @Test
    void subtractingNonprofitsFromLeadersDoesNotIsolateTheGovernmentLeader() throws Exception {
        Round round = new Round("2026");
        round.answer(RandomRounds.people(3, Sector.NONPROFIT, Role.LEADERSHIP, 0));
        round.answer(RandomRounds.people(1, Sector.GOVERNMENT, Role.LEADERSHIP, 3));
        round.answer(RandomRounds.people(3, Sector.BUSINESS, Role.PARTNER_REPRESENTATIVE, 4));
        round.answer(RandomRounds.people(3, Sector.ACADEMIC, Role.PARTNER_REPRESENTATIVE, 7));

        Diagnosis published = round.publish();

        PublishedFigures figures = new PublishedFigures(KB, round.people, K).add(published, round.people);
        assertThat(figures.attack()).isEmpty();
        assertThat(published.disclosure().groupsHeldBack()).isTrue();
        String report = consultant.get("/api/rounds/" + round.id + "/report?format=md").text();
        assertThat(report).contains("Some stakeholder groups are not shown separately")
                .doesNotContain("No group reached");
    }

    @Test
    void aRoundOfOneOrTwoPublishesNothingButItsCount() throws Exception {
        Round round = new Round("2026");
        round.answer(RandomRounds.people(2, Sector.BUSINESS, Role.LEADERSHIP, 0));

        for (String path : List.of("/diagnosis", "/report?format=md", "/report?format=json")) {
            Http.Reply reply = consultant.get("/api/rounds/" + round.id + path);
            assertThat(reply.status()).as(path).isEqualTo(409);
            assertThat(reply.json().get("detail").asText()).startsWith("2 of 3 responses so far");
        }
        assertThat(consultant.post("/api/rounds/" + round.id + "/diagnosis", "").status()).isEqualTo(409);
        JsonNode counts = consultant.get("/api/rounds/" + round.id + "/responses").json();
        assertThat(counts.get("total").asInt()).isEqualTo(2);
        assertThat(counts.get("bySector")).isEmpty();
        assertThat(counts.get("byRole")).isEmpty();
        assertThat(counts.has("published")).isFalse();
    }

    @Test
    void oneMoreResponseDoesNotRefreshTheResultsUntilKMoreAreIn() throws Exception {
        Round round = new Round("2026");
        round.answer(RandomRounds.people(5, Sector.NONPROFIT, Role.PARTNER_REPRESENTATIVE, 0));
        Diagnosis first = round.publish();
        List<Respondent> firstPeople = List.copyOf(round.people);

        round.answer(RandomRounds.people(1, Sector.FUNDER, Role.LEADERSHIP, 5));
        Http.Reply refused = consultant.post("/api/rounds/" + round.id + "/diagnosis", "");
        Diagnosis shown = round.latest();

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().get("detail").asText())
                .startsWith("1 response(s) since the results were last published");
        assertThat(shown).as("repeated views show the snapshot").isEqualTo(first);
        assertThat(consultant.get("/api/rounds/" + round.id + "/responses").json().get("published").asInt())
                .isEqualTo(5);

        round.answer(RandomRounds.people(2, Sector.FUNDER, Role.LEADERSHIP, 6));
        Diagnosis second = round.publish();
        PublishedFigures figures = new PublishedFigures(KB, round.people, K)
                .add(first, firstPeople).add(second, round.people);
        assertThat(second.method().respondentsUsed()).isEqualTo(8);
        assertThat(figures.attack()).isEmpty();
    }

    @Test
    void headCountsNeverRevealAOnePersonSector() throws Exception {
        Round round = new Round("2026");
        round.answer(RandomRounds.people(3, Sector.NONPROFIT, Role.PARTNER_REPRESENTATIVE, 0));
        round.answer(RandomRounds.people(3, Sector.BUSINESS, Role.PARTNER_REPRESENTATIVE, 3));
        round.answer(RandomRounds.people(1, Sector.COMMUNITY, Role.COMMUNITY_MEMBER, 6));
        Diagnosis published = round.publish();

        JsonNode counts = consultant.get("/api/rounds/" + round.id + "/responses").json();
        int shownSectors = 0;
        for (JsonNode n : counts.get("bySector")) {
            shownSectors += n.asInt();
        }
        int leftOver = counts.get("total").asInt() - shownSectors;
        assertThat(leftOver == 0 || leftOver >= K).as("%d respondents outside the sectors shown", leftOver).isTrue();
        assertThat(new PublishedFigures(KB, round.people, K).add(published, round.people).attack()).isEmpty();
        String method = consultant.get("/api/rounds/" + round.id + "/report?format=md").text();
        assertThat(method).doesNotContain("COMMUNITY (1)").doesNotContain("community (1)");
    }

    @Test
    void commentsAppearFromFiveRespondentsAndTheAnnualReportLeavesOutRoundsBelowK() throws Exception {
        Round small = new Round("2024");
        small.answer(RandomRounds.people(2, Sector.BUSINESS, Role.LEADERSHIP, 0));
        Round four = new Round("2025", small.partnership);
        four.answer(RandomRounds.people(4, Sector.BUSINESS, Role.LEADERSHIP, 10));
        Round five = new Round("2026", small.partnership);
        five.answer(RandomRounds.people(5, Sector.BUSINESS, Role.LEADERSHIP, 20));

        assertThat(four.publish().comments()).isEmpty();
        assertThat(four.publish().disclosure().commentsWithheld()).isTrue();
        assertThat(five.publish().comments()).isNotEmpty();
        String annual = consultant.get("/api/partnerships/" + small.partnership + "/annual?format=md").text();
        assertThat(annual).contains("Left out: 2024").contains("2025, 2026");
    }

    /** One round of a fresh partnership, answered through its share link as respondents would. */
    private final class Round {
        final long partnership;
        final long id;
        final String shareToken;
        final List<Respondent> people = new ArrayList<>();

        Round(String period) {
            this(period, newPartnership());
        }

        Round(String period, long partnership) {
            this.partnership = partnership;
            JsonNode round = consultant.post("/api/partnerships/" + partnership + "/rounds",
                    Map.of("period", period, "form", "FULL")).json();
            this.id = round.get("id").asLong();
            this.shareToken = round.get("shareToken").asText();
        }

        void answer(List<Respondent> respondents) {
            for (Respondent respondent : respondents) {
                Map<String, Object> answers = new LinkedHashMap<>();
                respondent.answers().forEach((item, answer) -> answers.put(item, answer.value()));
                Map<String, Object> body = new LinkedHashMap<>();
                body.put("sector", respondent.profile().sector().name());
                body.put("role", respondent.profile().role().name());
                body.put("tenure", respondent.profile().tenure().name());
                body.put("answers", answers);
                body.put("comments", respondent.openAnswers());
                Http.Reply reply = anonymous.post("/api/respond/" + shareToken, body);
                assertThat(reply.status()).as(reply.text()).isEqualTo(201);
                people.add(respondent);
            }
        }

        Diagnosis publish() throws Exception {
            Http.Reply reply = consultant.post("/api/rounds/" + id + "/diagnosis", "");
            assertThat(reply.status()).as(reply.text()).isEqualTo(200);
            return DIAGNOSES.readValue(reply.body(), Diagnosis.class);
        }

        Diagnosis latest() throws Exception {
            return DIAGNOSES.readValue(consultant.get("/api/rounds/" + id + "/diagnosis").body(), Diagnosis.class);
        }
    }

    private long newPartnership() {
        String slug = "a-" + UUID.randomUUID().toString().substring(0, 8);
        return consultant.post("/api/partnerships", Map.of("slug", slug, "name", "Partnership " + slug)).json()
                .get("id").asLong();
    }
}
