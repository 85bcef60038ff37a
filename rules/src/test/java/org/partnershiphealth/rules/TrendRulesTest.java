package org.partnershiphealth.rules;

import org.junit.jupiter.api.Test;
import org.partnershiphealth.assessment.Partnership;
import org.partnershiphealth.assessment.QuestionnaireForm;
import org.partnershiphealth.diagnosis.Assertion;
import org.partnershiphealth.diagnosis.Band;
import org.partnershiphealth.diagnosis.Commitment;
import org.partnershiphealth.diagnosis.Diagnosis;
import org.partnershiphealth.diagnosis.Finding;
import org.partnershiphealth.diagnosis.FindingKind;
import org.partnershiphealth.diagnosis.PracticeScore;
import org.partnershiphealth.diagnosis.Scores;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The trend rules on rounds of one partnership: an anti-pattern that persists escalates, a practice that falls
 * round after round is flagged even when each step is small, and work reported done that did not move its practice
 * says to revisit the approach; with the near misses that must stay quiet.
 */
class TrendRulesTest {

    private static final String OVER = "AP-OVER-COORDINATION";

    @Test
    void anAntiPatternFoundInTwoRoundsInARowEscalates() {
        Diagnosis before = round("2025", Map.of("PR18", 2.8), antiPattern(OVER, 0.5, Assertion.ASSERTED));
        Finding now = antiPattern(OVER, 0.5, Assertion.ASSERTED);

        List<Finding> trends = trends(List.of(before), scores(Map.of("PR18", 2.7)), List.of(now), List.of());

        Finding persisting = Rules.the(trends, "TREND-PERSISTS");
        assertThat(persisting.kind()).isEqualTo(FindingKind.TREND);
        assertThat(persisting.antiPatternId()).isEqualTo(OVER);
        assertThat(persisting.practiceIds()).isEqualTo(now.practiceIds());
        assertThat(persisting.severity()).isEqualTo(0.75);
        assertThat(Rules.evidence(persisting)).containsExactly(OVER + " found in rounds = 2025, 2026 rounds"
                + " (in a row, at least 2 rounds)");
    }

    @Test
    void threeRoundsInARowEscalateFurtherButNeverBeyondOne() {
        List<Diagnosis> earlier = List.of(
                round("2024", Map.of(), antiPattern(OVER, 0.6, Assertion.ASSERTED)),
                round("2025", Map.of(), antiPattern(OVER, 0.6, Assertion.ASSERTED)));

        Finding persisting = Rules.the(trends(earlier, scores(Map.of()),
                List.of(antiPattern(OVER, 0.6, Assertion.ASSERTED)), List.of()), "TREND-PERSISTS");

        assertThat(persisting.severity()).isEqualTo(1.0);
        assertThat(Rules.evidence(persisting).get(0)).contains("2024, 2025, 2026");
    }

    @Test
    void aPatternOnlyToVerifyOrWithABreakDoesNotCountAsPersisting() {
        Diagnosis unconfirmed = round("2025", Map.of(), antiPattern(OVER, 0.5, Assertion.TO_VERIFY));
        Diagnosis gapYear = round("2025", Map.of());
        Diagnosis longAgo = round("2024", Map.of(), antiPattern(OVER, 0.5, Assertion.ASSERTED));
        Finding now = antiPattern(OVER, 0.5, Assertion.ASSERTED);

        assertThat(Rules.ids(trends(List.of(unconfirmed), scores(Map.of()), List.of(now), List.of()))).isEmpty();
        assertThat(Rules.ids(trends(List.of(longAgo, gapYear), scores(Map.of()), List.of(now), List.of()))).isEmpty();
        assertThat(Rules.ids(trends(List.of(round("2025", Map.of(), antiPattern(OVER, 0.5, Assertion.ASSERTED))),
                scores(Map.of()), List.of(antiPattern(OVER, 0.5, Assertion.TO_VERIFY)), List.of())))
                .as("this round's finding is only to verify").isEmpty();
    }

    @Test
    void aPracticeThatFallsInEveryStepOverThreeRoundsIsFlaggedThoughEachStepIsSmall() {
        List<Diagnosis> earlier = List.of(round("2024", Map.of("PR05", 3.6)), round("2025", Map.of("PR05", 3.4)));

        Finding decline = Rules.the(trends(earlier, scores(Map.of("PR05", 3.2)), List.of(), List.of()), "TREND-DECLINE");

        assertThat(decline.practiceIds()).containsExactly("PR05");
        assertThat(decline.principleId()).isEqualTo("P2");
        assertThat(Rules.evidence(decline)).containsExactly(
                "PR05 mean by round = 3.6 → 3.4 → 3.2 (over 2024, 2025, 2026; 12 answered)",
                "PR05 fall in all = 0.4 (>= 0.3)");
    }

    @Test
    void aDriftTooSmallAReboundOrOnlyTwoRoundsIsNotADecline() {
        List<Diagnosis> drift = List.of(round("2024", Map.of("PR05", 3.6)), round("2025", Map.of("PR05", 3.5)));
        List<Diagnosis> rebound = List.of(round("2024", Map.of("PR05", 3.6)), round("2025", Map.of("PR05", 3.1)));
        List<Diagnosis> twoRounds = List.of(round("2025", Map.of("PR05", 3.9)));

        assertThat(Rules.ids(trends(drift, scores(Map.of("PR05", 3.45)), List.of(), List.of()))).isEmpty();
        assertThat(Rules.ids(trends(rebound, scores(Map.of("PR05", 3.3)), List.of(), List.of()))).isEmpty();
        assertThat(Rules.ids(trends(twoRounds, scores(Map.of("PR05", 3.0)), List.of(), List.of())))
                .as("one big fall is the annual report's business, not a trend").isEmpty();
    }

    @Test
    void workReportedDoneThatDidNotMoveItsPracticeSaysToRevisitTheApproach() {
        List<Diagnosis> earlier = List.of(round("2025", Map.of("PR11", 2.6)));
        List<Commitment> commitments = List.of(done("PR11", "Relaunch the team with a half-day workshop"),
                done("PR11-A1", "Run the relaunch workshop"));

        Finding notWorking = Rules.the(trends(earlier, scores(Map.of("PR11", 2.8)), List.of(), commitments),
                "TREND-DONE-NOT-WORKING");

        assertThat(notWorking.practiceIds()).containsExactly("PR11");
        assertThat(Rules.evidence(notWorking)).containsExactly(
                "reported done after 2025 = Relaunch the team with a half-day workshop",
                "reported done after 2025 = Run the relaunch workshop",
                "PR11 mean = 2.6 → 2.8 (change 0.2; 12 answered)",
                "PR11 change needed to count = 0.2 (< 0.5)");
    }

    @Test
    void workDoneThatMovedItsPracticeOrWorkNotDoneTriggersNothing() {
        List<Diagnosis> earlier = List.of(round("2025", Map.of("PR11", 2.6)));
        Commitment underWay = new Commitment("PR11", "PR11", Commitment.Kind.FOCUS, "Relaunch the team",
                Commitment.Decision.ACCEPTED, "Backbone lead", null, Commitment.Status.UNDER_WAY, null);
        Commitment declined = new Commitment("PR11", "PR11", Commitment.Kind.FOCUS, "Relaunch the team",
                Commitment.Decision.DECLINED, null, null, null, null);

        assertThat(Rules.ids(trends(earlier, scores(Map.of("PR11", 3.5)), List.of(), List.of(done("PR11", "Relaunch")))))
                .as("0.9 up with 12 respondents each clears the noise rule").isEmpty();
        assertThat(Rules.ids(trends(earlier, scores(Map.of("PR11", 2.6)), List.of(), List.of(underWay)))).isEmpty();
        assertThat(Rules.ids(trends(earlier, scores(Map.of("PR11", 2.6)), List.of(), List.of(declined)))).isEmpty();
        assertThat(Rules.ids(trends(earlier, scores(Map.of()), List.of(), List.of(done("PR11", "Relaunch")))))
                .as("not measured this round: nothing can be said").isEmpty();
    }

    @Test
    void aFirstRoundHasNoTrends() {
        assertThat(Rules.BOOK.evaluateTrends(TrendInput.none(scores(Map.of("PR05", 1.5)), "2026",
                List.of(antiPattern(OVER, 0.9, Assertion.ASSERTED))))).isEmpty();
    }

    private static List<Finding> trends(List<Diagnosis> earlier, Scores current, List<Finding> findings,
                                        List<Commitment> commitments) {
        List<Finding> trends = Rules.BOOK.evaluateTrends(new TrendInput(earlier, current, "2026", findings, commitments));
        trends.forEach(finding -> Rules.FIRED.add(finding.ruleId()));
        return trends;
    }

    private static Commitment done(String key, String text) {
        return new Commitment(key, key.substring(0, 4), key.length() > 4 ? Commitment.Kind.ACTION : Commitment.Kind.FOCUS,
                text, Commitment.Decision.ACCEPTED, "Backbone lead", null, Commitment.Status.DONE, null);
    }

    private static Finding antiPattern(String id, double severity, Assertion assertion) {
        return new Finding(id, FindingKind.ANTI_PATTERN, null, List.of("PR18", "PR19"), id, severity,
                "too much coordination", List.of(), List.of(), assertion, List.of());
    }

    private static Diagnosis round(String period, Map<String, Double> means, Finding... findings) {
        return new Diagnosis(new Partnership("p", "P"), period, QuestionnaireForm.FULL, scores(means),
                List.of(findings), List.of(), List.of(), List.of(), null,
                new Diagnosis.Disclosure(Diagnosis.Disclosure.Status.ANONYMOUS, 5, List.of(), false, 0, false));
    }

    /** Published practice means of 12 respondents with a spread of 0.8 each. */
    private static Scores scores(Map<String, Double> means) {
        List<PracticeScore> practices = new ArrayList<>();
        new java.util.TreeMap<>(means).forEach((id, mean) ->
                practices.add(new PracticeScore(id, mean, 0.8, 12, 0, 0, mean < 3 ? Band.CONCERN : Band.WATCH)));
        return new Scores(12, List.of(), practices, List.of(), List.of(), 50, Band.WATCH);
    }
}
