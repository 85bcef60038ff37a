package org.partnershiphealth.advisor.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.partnershiphealth.advisor.AdvisorApplication;
import org.partnershiphealth.advisor.diagnosis.Advisor;
import org.partnershiphealth.advisor.store.StoredPartnership;
import org.partnershiphealth.advisor.store.StoredRound;
import org.partnershiphealth.assessment.QuestionnaireForm;
import org.partnershiphealth.diagnosis.Diagnosis;
import org.partnershiphealth.diagnosis.Finding;
import org.partnershiphealth.diagnosis.Recommendation;
import org.partnershiphealth.knowledge.Question;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.partnershiphealth.reports.Reports;
import java.nio.charset.StandardCharsets;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Three yearly rounds of one partnership through the real service and database: over-coordination is found every
 * year, one practice slips a little each year, and the work the partnership reported done after 2025 did not move its
 * practice. The 2025 diagnosis escalates the persisting pattern; the 2026 diagnosis escalates it further, flags the
 * slow decline, and says the done work is not working, without proposing the same steps again.
 */
@SpringBootTest(classes = AdvisorApplication.class, properties = {"logging.structured.format.console=",
        "spring.datasource.url=jdbc:h2:mem:pha-loop;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1"})
class CommitmentLoopScenarioTest {

    private static final String OVER = "AP-OVER-COORDINATION";
    /** PR05's respondent scores per round: means 3.67, 3.33 and 3.17, each step within noise. */
    private static final Map<String, int[]> SLIPPING = Map.of("2024", new int[]{4, 4, 4, 3, 3, 4},
            "2025", new int[]{4, 3, 3, 4, 3, 3}, "2026", new int[]{3, 3, 3, 3, 3, 4});

    @Autowired
    AssessmentService assessments;
    @Autowired
    CommitmentService commitments;
    @Autowired
    Advisor advisor;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Reports reports;

    @Test
    void aPersistingPatternEscalatesASlowDeclineIsFlaggedAndDoneWorkThatDidNotHelpIsRevisited() {
        long organisation = jdbc.sql("select id from organisation order by id fetch first 1 rows only")
                .query(Long.class).single();
        StoredPartnership partnership = assessments.createPartnership(organisation,
                "loop-" + UUID.randomUUID().toString().substring(0, 6), "Harbour Loop Network");
        DataService.Actor actor = new DataService.Actor(organisation, "consultant@example.org");

        Diagnosis first = round(organisation, partnership, "2024");
        Diagnosis second = round(organisation, partnership, "2025");
        long secondRound = roundId(organisation, partnership, "2025");
        Recommendation committed = second.focus().get(0);
        commitments.save(actor, secondRound, committed.practiceId(),
                new CommitmentService.Change("ACCEPTED", null, "Backbone lead", "2025-09-30", "DONE", null));
        commitments.save(actor, secondRound, committed.practiceId() + "-A1",
                new CommitmentService.Change("ACCEPTED", null, "Backbone lead", "2025-08-31", "DONE", null));
        CheckInService.Results checkIn = checkIn(actor, organisation, secondRound, committed.practiceId());
        Diagnosis third = round(organisation, partnership, "2026");

        Finding pattern = only(first, OVER);
        assertThat(ids(first)).noneMatch(id -> id.startsWith("TREND-"));

        Finding escalated = only(second, "TREND-PERSISTS");
        assertThat(escalated.antiPatternId()).isEqualTo(OVER);
        assertThat(escalated.severity()).isEqualTo(Math.min(1, Math.round((only(second, OVER).severity() + 0.25) * 1000)
                / 1000.0));
        assertThat(escalated.severity()).isGreaterThan(pattern.severity());
        assertThat(second.focus()).anySatisfy(item -> {
            assertThat(item.basedOn()).contains(OVER, "TREND-PERSISTS");
            assertThat(item.reason()).contains("\u201d has now been found in two rounds in a row (2024, 2025), so it is no longer a one-off.");
        });

        Finding further = only(third, "TREND-PERSISTS");
        assertThat(further.evidence().get(0).observed()).isEqualTo("2024, 2025, 2026");
        assertThat(further.severity()).isGreaterThanOrEqualTo(escalated.severity());

        Finding decline = third.findings().stream().filter(f -> f.ruleId().equals("TREND-DECLINE")
                && f.practiceIds().equals(List.of("PR05"))).findFirst().orElseThrow();
        assertThat(decline.evidence().get(0).observed()).isEqualTo("3.67 → 3.33 → 3.17");

        assertThat(third.focus()).extracting(Recommendation::strengthToBuildOn)
                .as("a practice that keeps falling is nothing to build on").noneMatch(s -> s != null && s.startsWith("PR05"));

        Finding notWorking = only(third, "TREND-DONE-NOT-WORKING");
        assertThat(notWorking.practiceIds()).containsExactly(committed.practiceId());
        assertThat(notWorking.evidence()).extracting(evidence -> evidence.observed())
                .startsWith(committed.title(), committed.actions().get(0).text());
        Recommendation revisited = third.focus().stream()
                .filter(item -> item.practiceId().equals(committed.practiceId())).findFirst().orElseThrow();
        assertThat(revisited.reason()).contains("reported done after the last round, yet partners' scores did not"
                + " improve");
        assertThat(revisited.actions()).extracting(step -> step.text())
                .as("the step reported done is not proposed again").doesNotContain(committed.actions().get(0).text());

        assertThat(checkIn.responses()).isEqualTo(7);
        assertThat(checkIn.published()).as("the seventh answer waits for two more").isEqualTo(6);
        CheckInService.Outcome seen = checkIn.outcomes().get(0);
        assertThat(seen.commitment().itemKey()).isEqualTo(committed.practiceId());
        assertThat(List.of(seen.yes(), seen.partly(), seen.no(), seen.dontKnow())).containsExactly(4, 1, 1, 0);
        double then = second.scores().practices().stream().filter(s -> s.practiceId().equals(committed.practiceId()))
                .findFirst().orElseThrow().mean();
        assertThat(seen.roundMean()).isEqualTo(Math.round(then * 100) / 100.0);
        assertThat(seen.pulseMean()).as("the same answers to the statements asked").isEqualTo(seen.roundMean());
        assertThat(seen.beyondNoise()).as("the partners saw it happen, yet the practice did not move").isFalse();

        assertThat(second.sinceLastRound()).as("nothing was committed after 2024").isEmpty();
        assertThat(third.sinceLastRound()).singleElement().satisfies(followUp -> {
            assertThat(followUp.committedAfter()).isEqualTo("2025");
            assertThat(followUp.practiceId()).isEqualTo(committed.practiceId());
            assertThat(followUp.done()).isEqualTo(2);
            assertThat(followUp.accepted()).isEqualTo(2);
            assertThat(followUp.outcome()).isEqualTo(Diagnosis.FollowUp.Outcome.WITHIN_NOISE);
        });
        String nextReport = new String(reports.render(Reports.Kind.DIAGNOSIS, Reports.Format.HTML, third),
                StandardCharsets.UTF_8);
        assertThat(nextReport).contains("Since the 2025 round: what was committed, and did it move?",
                "2 of 2", "within noise — done without effect: revisit the approach", "Across rounds",
                "Compared with the earlier rounds: \u201cDeath by coordination\u201d has now been found three rounds"
                        + " running (2024, 2025, 2026)", "has slipped at every round (2024, 2025, 2026)",
                "The work reported done on effective and productive meetings has not moved partners");
        assertThat(new String(reports.render(Reports.Kind.DIAGNOSIS, Reports.Format.MD, third), StandardCharsets.UTF_8))
                .contains("## Since the 2025 round: what was committed, and did it move?", "## Across rounds");

        AssessmentService.AnnualRounds annual = assessments.roundsForAnnualReport(organisation, partnership.id());
        String report = new String(reports.annual(Reports.Format.HTML, annual.rounds(), annual.leftOut(),
                annual.commitments(), checkIns.seen(organisation, partnership.id())), StandardCharsets.UTF_8);
        String loop = report.substring(report.indexOf("<section id=\"loop\">"),
                report.indexOf("</section>", report.indexOf("<section id=\"loop\">")));
        assertThat(loop).contains("The loop: committed, done, and did it move?", committed.title(),
                "Backbone lead", "2 of 2", "check-in: 4 saw it happen, 1 partly, 1 not", "(2026)", "within noise — done without effect: revisit the approach");
        String markdown = new String(reports.annual(Reports.Format.MD, annual.rounds(), annual.leftOut(),
                annual.commitments()), StandardCharsets.UTF_8);
        assertThat(markdown).contains("## The loop: committed, done, and did it move?");
    }

    @Autowired
    CheckInService checkIns;

    /**
     * The check-in 90 days after 2025: results withheld below k answers; then six partners, four of whom saw the
     * committed focus item happen, rate the practice's statements as they did in the round.
     */
    private CheckInService.Results checkIn(DataService.Actor actor, long organisation, long roundId, String practiceId) {
        var opened = checkIns.open(actor, roundId);
        assertThat(opened.commitments()).extracting(a -> a.itemKey()).containsExactly(practiceId);
        assertThat(opened.items()).hasSizeBetween(1, 8)
                .allSatisfy(id -> assertThat(advisor.knowledge().question(id).orElseThrow().measures(practiceId)).isTrue());
        String[] happened = {"yes", "yes", "partly", "yes", "no", "yes", "no"};
        for (int i = 0; i < happened.length; i++) {
            if (i == 6) {
                CheckInService.Results six = checkIns.results(organisation, roundId);
                assertThat(six.published()).isEqualTo(6);
            }
            if (i == 2) {
                assertThat(checkIns.results(organisation, roundId).withheld()).isEqualTo("Results appear once at least 3"
                        + " people have answered: 2 so far.");
            }
            Map<String, String> form = new LinkedHashMap<>();
            Map<String, Object> same = answers(SLIPPING.get("2025")[i % 6]);
            opened.items().forEach(id -> form.put(id, String.valueOf(same.get(id))));
            form.put("happened-" + practiceId, happened[i]);
            checkIns.submit(opened.shareToken(), form);
        }
        return checkIns.results(organisation, roundId);
    }

    private Diagnosis round(long organisation, StoredPartnership partnership, String period) {
        StoredRound round = assessments.createRound(organisation, partnership.id(), period, QuestionnaireForm.FULL,
                null, "en");
        assessments.updateFacts(organisation, round.id(), assessments.reader().facts("facts",
                new ObjectMapper().createObjectNode().put("meetingsPerMonth", 10).put("coordinationSharePercent", 40)));
        int[] slipping = SLIPPING.get(period);
        for (int i = 0; i < slipping.length; i++) {
            assessments.submit(round.shareToken(), new Submission(i % 2 == 0 ? "NONPROFIT" : "BUSINESS",
                    "PARTNER_REPRESENTATIVE", "ONE_TO_3_YEARS", answers(slipping[i]), Map.of()), null);
        }
        return assessments.results(organisation, round.id()).diagnosis();
    }

    /** Everything neutral (3), partners rejecting that meetings are worth their time, PR05 at {@code pr05}. */
    private Map<String, Object> answers(int pr05) {
        Map<String, Object> answers = new LinkedHashMap<>();
        for (Question question : advisor.knowledge().questionnaire().fullForm()) {
            if (question.isPosition()) {
                continue;
            }
            int value = question.measures("PR05") ? pr05 : 3;
            answers.put(question.id(), question.reverse() ? 6 - value : value);
        }
        answers.put("Q18A", 2);
        return answers;
    }

    private long roundId(long organisation, StoredPartnership partnership, String period) {
        return jdbc.sql("select id from assessment_round where partnership_id = :p and period = :period")
                .param("p", partnership.id()).param("period", period).query(Long.class).single();
    }

    private static Finding only(Diagnosis diagnosis, String ruleId) {
        List<Finding> found = diagnosis.findings().stream().filter(f -> f.ruleId().equals(ruleId)).toList();
        assertThat(found).as("%s in %s: %s", ruleId, diagnosis.period(), ids(diagnosis)).hasSize(1);
        return found.get(0);
    }

    private static List<String> ids(Diagnosis diagnosis) {
        return diagnosis.findings().stream().map(Finding::ruleId).toList();
    }
}
