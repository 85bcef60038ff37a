package org.partnershiphealth.reports.annual;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.partnershiphealth.assessment.Partnership;
import org.partnershiphealth.assessment.QuestionnaireForm;
import org.partnershiphealth.diagnosis.Band;
import org.partnershiphealth.diagnosis.Diagnosis;
import org.partnershiphealth.diagnosis.Finding;
import org.partnershiphealth.diagnosis.FindingKind;
import org.partnershiphealth.diagnosis.Horizon;
import org.partnershiphealth.diagnosis.PracticeScore;
import org.partnershiphealth.diagnosis.PrincipleScore;
import org.partnershiphealth.diagnosis.Recommendation;
import org.partnershiphealth.diagnosis.RecommendationKind;
import org.partnershiphealth.diagnosis.Scores;
import org.partnershiphealth.knowledge.KnowledgeBase;
import org.partnershiphealth.knowledge.KnowledgeBaseLoader;
import org.partnershiphealth.reports.annual.AnnualComparison.AntiPatternStatus;
import org.partnershiphealth.reports.annual.AnnualComparison.Direction;
import org.partnershiphealth.reports.annual.AnnualComparison.FocusFollowUp;
import org.partnershiphealth.reports.annual.AnnualComparison.HealthPoint;
import org.partnershiphealth.reports.annual.AnnualComparison.Outcome;
import org.partnershiphealth.reports.annual.AnnualComparison.PracticeChange;
import org.partnershiphealth.reports.annual.AnnualComparison.PrincipleTrend;
import org.partnershiphealth.reports.annual.AnnualComparison.Status;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

class AnnualComparerTest {

    static final KnowledgeBase KNOWLEDGE = KnowledgeBaseLoader.loadDefault();

    final AnnualComparer comparer = new AnnualComparer(KNOWLEDGE);

    @Nested
    class RoundsToCompare {

        @Test
        void roundsAreSortedByPeriodWhateverOrderTheyArriveIn() {
            AnnualComparison comparison = comparer.compare(List.of(
                    Round.of("metro-transit", "2026").health(64.0, Band.WATCH, 24).diagnosis(),
                    Round.of("metro-transit", "2024").health(50.0, Band.CONCERN, 18).diagnosis(),
                    Round.of("metro-transit", "2025").health(56.5, Band.WATCH, 22).diagnosis()));

            assertThat(comparison.periods()).containsExactly("2024", "2025", "2026");
            assertThat(comparison.health()).containsExactly(
                    new HealthPoint("2024", 50.0, Band.CONCERN, 18),
                    new HealthPoint("2025", 56.5, Band.WATCH, 22),
                    new HealthPoint("2026", 64.0, Band.WATCH, 24));
            assertThat(comparison.partnership()).isEqualTo(new Partnership("metro-transit", "Metro Transit"));
        }

        @Test
        void theSameRoundsInAnyOrderGiveTheSameComparison() {
            Diagnosis earlier = metroTransit2025().diagnosis();
            Diagnosis later = metroTransit2026().diagnosis();

            assertThat(comparer.compare(List.of(later, earlier))).isEqualTo(comparer.compare(List.of(earlier, later)));
        }

        @Test
        void aSingleRoundIsRefusedBecauseThereIsNothingToCompare() {
            assertThatThrownBy(() -> comparer.compare(List.of(Round.of("metro-transit", "2026").diagnosis())))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("an annual report needs two or more rounds of the same partnership; got one round");
            assertThatThrownBy(() -> comparer.compare(List.of()))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("got no rounds");
        }

        @Test
        void roundsOfDifferentPartnershipsAreRefusedNamingThePartnerships() {
            assertThatThrownBy(() -> comparer.compare(List.of(
                    Round.of("river-basin-compact", "2025").diagnosis(),
                    Round.of("metro-transit", "2026").diagnosis())))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("an annual report needs two or more rounds of the same partnership; "
                            + "got rounds of river-basin-compact and metro-transit");
        }

        @Test
        void twoRoundsOfTheSamePeriodAreRefusedNamingThePeriod() {
            assertThatThrownBy(() -> comparer.compare(List.of(
                    Round.of("metro-transit", "2025").diagnosis(),
                    Round.of("metro-transit", "2026").diagnosis(),
                    Round.of("metro-transit", "2026").diagnosis())))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("an annual report needs one round per period; got two rounds of metro-transit for 2026");
        }
    }

    @Nested
    class PrincipleTrends {

        @Test
        void everyKnowledgeBasePrincipleHasATrendInOrderWithNullWhereARoundDidNotScoreIt() {
            AnnualComparison comparison = comparer.compare(List.of(
                    Round.of("metro-transit", "2025").principle("P1", 3.0).diagnosis(),
                    Round.of("metro-transit", "2026").principle("P1", 3.5).principle("P6", 3.2).diagnosis()));

            assertThat(comparison.principles()).extracting(PrincipleTrend::principleId)
                    .containsExactly("P1", "P2", "P3", "P4", "P5", "P6");
            assertThat(comparison.principles().get(0).name()).isEqualTo("Clarity of purpose");
            assertThat(comparison.principles().get(5).means()).containsExactly(null, 3.2);
            assertThat(comparison.principles().get(5).change()).isZero();
            assertThat(comparison.principles().get(5).direction()).isEqualTo(Direction.STEADY);
        }

        @Test
        void aPrincipleMovesOnlyBeyondNoiseAndLessIsSteady() {
            // the same noise rule as for practices: at least half a point and two standard errors
            AnnualComparison comparison = comparer.compare(List.of(
                    Round.of("metro-transit", "2025").principle("P1", 3.00).principle("P2", 3.00)
                            .principle("P3", 3.10).principle("P4", 3.40).principle("P5", 3.40).diagnosis(),
                    Round.of("metro-transit", "2026").principle("P1", 3.50).principle("P2", 3.49)
                            .principle("P3", 3.41).principle("P4", 2.90).principle("P5", 3.09).diagnosis()));

            assertThat(comparison.principles()).extracting(PrincipleTrend::principleId, PrincipleTrend::change,
                            PrincipleTrend::direction)
                    .startsWith(
                            tuple("P1", 0.5, Direction.UP),
                            tuple("P2", 0.49, Direction.STEADY),
                            tuple("P3", 0.31, Direction.STEADY),
                            tuple("P4", -0.5, Direction.DOWN),
                            tuple("P5", -0.31, Direction.STEADY));
        }

        @Test
        void theChangeRunsFromTheFirstToTheLastRoundThatScoredThePrinciple() {
            AnnualComparison comparison = comparer.compare(List.of(
                    Round.of("metro-transit", "2024").principle("P1", 3.0).diagnosis(),
                    Round.of("metro-transit", "2025").diagnosis(),
                    Round.of("metro-transit", "2026").principle("P1", 3.6).diagnosis()));

            PrincipleTrend clarity = comparison.principles().get(0);
            assertThat(clarity.means()).containsExactly(3.0, null, 3.6);
            assertThat(clarity.change()).isEqualTo(0.6);
            assertThat(clarity.direction()).isEqualTo(Direction.UP);
        }
    }

    @Nested
    class PracticeChanges {

        @Test
        void onlyPracticesScoredInBothRoundsAreComparedLargestChangeFirst() {
            AnnualComparison comparison = comparer.compare(List.of(
                    Round.of("metro-transit", "2025").practice("PR01", 3.0).practice("PR02", 3.0)
                            .practice("PR03", 3.0).practice("PR04", 3.0).diagnosis(),
                    Round.of("metro-transit", "2026").practice("PR01", 3.2).practice("PR02", 2.6)
                            .practice("PR04", 3.4).practice("PR05", 4.0).diagnosis()));

            assertThat(comparison.practices()).extracting(PracticeChange::practiceId, PracticeChange::change)
                    .containsExactly(tuple("PR02", -0.4), tuple("PR04", 0.4), tuple("PR01", 0.2));
            assertThat(comparison.practices().get(0).title())
                    .isEqualTo("Clear, consistent communication with shareable stories and examples of impact");
        }

        @Test
        void sixTenthsOfAPointIsNoiseWhenSpreadsAreWideAndFewAnswered() {
            // sd 1.2 and n 5 in both rounds: standard error 0.76, so the bar is 1.52
            AnnualComparison comparison = comparer.compare(List.of(
                    Round.of("metro-transit", "2025").practice("PR18", 2.0, 1.2, 5).diagnosis(),
                    Round.of("metro-transit", "2026").practice("PR18", 2.6, 1.2, 5).diagnosis()));

            assertThat(comparison.practices().get(0).change()).isEqualTo(0.6);
            assertThat(comparison.practices().get(0).beyondNoise()).isFalse();
        }

        @Test
        void halfAPointIsRealWhenSpreadsAreTight() {
            // 3.30 - 2.80 is 0.4999999999999996 in binary; the rule compares the change as printed
            AnnualComparison comparison = comparer.compare(List.of(
                    Round.of("metro-transit", "2025").practice("PR18", 2.80, 0.4, 20).diagnosis(),
                    Round.of("metro-transit", "2026").practice("PR18", 3.30, 0.4, 20).diagnosis()));

            assertThat(comparison.practices().get(0).change()).isEqualTo(0.5);
            assertThat(comparison.practices().get(0).beyondNoise()).isTrue();
        }

        @Test
        void justUnderHalfAPointIsNeverRealHoweverTightTheSpreads() {
            AnnualComparison comparison = comparer.compare(List.of(
                    Round.of("metro-transit", "2025").practice("PR18", 3.00, 0.0, 1000).diagnosis(),
                    Round.of("metro-transit", "2026").practice("PR18", 2.51, 0.0, 1000).diagnosis()));

            assertThat(comparison.practices().get(0).change()).isEqualTo(-0.49);
            assertThat(comparison.practices().get(0).beyondNoise()).isFalse();
        }

        @Test
        void theNoiseRuleIsStatedWithItsNumbers() {
            AnnualComparison comparison = comparer.compare(List.of(
                    Round.of("metro-transit", "2025").diagnosis(), Round.of("metro-transit", "2026").diagnosis()));

            assertThat(comparison.noiseRule()).contains("0.5", "2 standard errors", "sqrt(sd1²/n1 + sd2²/n2)");
        }
    }

    @Nested
    class AntiPatterns {

        @Test
        void antiPatternsArePersistingNewOrResolvedWithTheirSeverities() {
            AnnualComparison comparison = comparer.compare(List.of(
                    Round.of("metro-transit", "2025").antiPattern("AP-PILOTITIS", 0.4)
                            .antiPattern("AP-OVER-COORDINATION", 0.52).antiPattern("AP-GOTCHA-ACCOUNTABILITY", 0.46)
                            .diagnosis(),
                    Round.of("metro-transit", "2026").antiPattern("AP-OVER-COORDINATION", 0.47)
                            .antiPattern("AP-GOTCHA-ACCOUNTABILITY", 0.39).antiPattern("AP-BIG-BANG-ROLLOUT", 0.3)
                            .diagnosis()));

            assertThat(comparison.antiPatterns()).containsExactly(
                    new AntiPatternStatus("AP-GOTCHA-ACCOUNTABILITY", "Gotcha accountability", Status.PERSISTING,
                            0.46, 0.39),
                    new AntiPatternStatus("AP-OVER-COORDINATION", "Death by coordination", Status.PERSISTING,
                            0.52, 0.47),
                    new AntiPatternStatus("AP-BIG-BANG-ROLLOUT", "The big reveal", Status.NEW, null, 0.3),
                    new AntiPatternStatus("AP-PILOTITIS", "Pilotitis", Status.RESOLVED, 0.4, null));
        }
    }

    @Nested
    class FocusFollowUps {

        @Test
        void aFocusPracticeThatReachedTheStrengthLineIsNowAStrength() {
            AnnualComparison comparison = comparer.compare(List.of(
                    Round.of("harbour-health", "2025").practice("PR11", 3.23)
                            .antiPattern("AP-NO-RELAUNCH-AFTER-TURNOVER", 0.43)
                            .focus("PR11", "AP-NO-RELAUNCH-AFTER-TURNOVER").diagnosis(),
                    Round.of("harbour-health", "2026").practice("PR11", 4.29).diagnosis()));

            assertThat(comparison.previousFocus()).containsExactly(new FocusFollowUp("PR11",
                    "Formally launch and relaunch teams", 3.23, 4.29, Outcome.IMPROVED,
                    "PR11 rose beyond noise from 3.23 to 4.29 and is now a strength; AP-NO-RELAUNCH-AFTER-TURNOVER is"
                            + " resolved."));
        }

        @Test
        void aFocusPracticeThatMovedLessThanTheNoiseRuleHasNotImproved() {
            // the issue this guards: +0.31 was called "improved" while the report's own rule for change is 0.5
            AnnualComparison comparison = comparer.compare(List.of(
                    Round.of("metro-transit", "2025").practice("PR18", 2.02).practice("PR19", 2.15)
                            .antiPattern("AP-OVER-COORDINATION", 0.52)
                            .focus("PR18", "PR18-GAP", "AP-OVER-COORDINATION").focus("PR19", "PR19-GAP").diagnosis(),
                    Round.of("metro-transit", "2026").practice("PR18", 2.33).practice("PR19", 2.33)
                            .antiPattern("AP-OVER-COORDINATION", 0.47).diagnosis()));

            assertThat(comparison.previousFocus()).extracting(FocusFollowUp::practiceId, FocusFollowUp::outcome,
                    FocusFollowUp::note).containsExactly(
                    tuple("PR18", Outcome.WITHIN_NOISE, "PR18 moved only within noise (2.02 to 2.33) and is still"
                            + " below 3.0; AP-OVER-COORDINATION persists."),
                    tuple("PR19", Outcome.WITHIN_NOISE,
                            "PR19 moved only within noise (2.15 to 2.33) and is still below 3.0."));
        }

        @Test
        void theNoiseRuleDecidesWhatImprovedOrWorsenedAndSmallRoundsNeedLargerMoves() {
            AnnualComparison comparison = comparer.compare(List.of(
                    Round.of("metro-transit", "2025").practice("PR01", 3.00).practice("PR02", 3.00)
                            .practice("PR03", 3.50).practice("PR04", 4.20).practice("PR05", 3.00, 1.2, 5)
                            .focus("PR01").focus("PR02").focus("PR03").focus("PR04").focus("PR05").diagnosis(),
                    Round.of("metro-transit", "2026").practice("PR01", 3.50).practice("PR02", 3.25)
                            .practice("PR03", 3.00).practice("PR04", 3.70).practice("PR05", 3.60, 1.2, 5)
                            .diagnosis()));

            assertThat(comparison.previousFocus()).extracting(FocusFollowUp::practiceId, FocusFollowUp::outcome,
                    FocusFollowUp::note).containsExactly(
                    tuple("PR01", Outcome.IMPROVED, "PR01 rose beyond noise from 3.00 to 3.50 but is still below 4.0."),
                    tuple("PR02", Outcome.WITHIN_NOISE,
                            "PR02 moved only within noise (3.00 to 3.25) and is still between 3.0 and 4.0."),
                    tuple("PR03", Outcome.WORSE,
                            "PR03 fell beyond noise from 3.50 to 3.00 but is still at or above 3.0."),
                    tuple("PR04", Outcome.WORSE,
                            "PR04 fell beyond noise from 4.20 to 3.70 and is no longer a strength."),
                    // +0.6 between two rounds of five people who disagree a lot: within noise
                    tuple("PR05", Outcome.WITHIN_NOISE,
                            "PR05 moved only within noise (3.00 to 3.60) and is still between 3.0 and 4.0."));
        }

        @Test
        void aFocusPracticeTheLatestRoundDidNotScoreIsNotMeasured() {
            AnnualComparison comparison = comparer.compare(List.of(
                    Round.of("metro-transit", "2025").practice("PR10", 2.91).focus("PR10").diagnosis(),
                    Round.of("metro-transit", "2026").diagnosis()));

            assertThat(comparison.previousFocus()).containsExactly(new FocusFollowUp("PR10",
                    "Expectations and conditions for experimentation and innovation", 2.91, null,
                    Outcome.NOT_MEASURED, "PR10 stood at 2.91 in 2025 but was not scored in 2026."));
        }

        @Test
        void aPracticeNobodyRatedHasNoScoreRatherThanAFallToZero() {
            // the issue this guards: "fell from 2.33 to 0.00" when nobody rated the practice in the later round
            AnnualComparison comparison = comparer.compare(List.of(
                    Round.of("metro-transit", "2025").practice("PR19", 2.33).focus("PR19").diagnosis(),
                    Round.of("metro-transit", "2026").practice("PR19", 0.0, 0.0, 0).diagnosis()));

            assertThat(comparison.previousFocus()).extracting(FocusFollowUp::outcome, FocusFollowUp::after)
                    .containsExactly(tuple(Outcome.NOT_MEASURED, null));
            assertThat(comparison.practices()).isEmpty();
            assertThat(comparison.narrative().obstacles()).doesNotContain("0.00");
        }

        @Test
        void bandLimitsQuotedInNotesAreTheLatestRoundsOwn() {
            AnnualComparison comparison = comparer.compare(List.of(
                    Round.of("metro-transit", "2025").practice("PR18", 2.0).focus("PR18").diagnosis(),
                    Round.of("metro-transit", "2026").bandLimits(3.75, 2.5).practice("PR18", 2.4).diagnosis()));

            assertThat(comparison.previousFocus().get(0).note())
                    .isEqualTo("PR18 moved only within noise (2.00 to 2.40) and is still below 2.5.");
        }
    }

    @Nested
    class ThreeRounds {

        @Test
        void trendsSpanEveryRoundWhilePracticesAntiPatternsAndFocusCompareTheLastTwo() {
            AnnualComparison comparison = comparer.compare(List.of(
                    Round.of("metro-transit", "2026").principle("P4", 3.6).practice("PR18", 2.33)
                            .antiPattern("AP-OVER-COORDINATION", 0.47).diagnosis(),
                    Round.of("metro-transit", "2024").principle("P4", 2.9).practice("PR18", 1.50, 0.3, 20)
                            .practice("PR14", 2.2).antiPattern("AP-PILOTITIS", 0.5).focus("PR14").diagnosis(),
                    Round.of("metro-transit", "2025").principle("P4", 3.26).practice("PR18", 2.02)
                            .antiPattern("AP-OVER-COORDINATION", 0.52).focus("PR18", "AP-OVER-COORDINATION")
                            .diagnosis()));

            assertThat(comparison.principles().get(3).means()).containsExactly(2.9, 3.26, 3.6);
            assertThat(comparison.principles().get(3).change()).isEqualTo(0.7);
            assertThat(comparison.health()).hasSize(3);
            assertThat(comparison.practices()).extracting(PracticeChange::practiceId, PracticeChange::before,
                    PracticeChange::after).containsExactly(tuple("PR18", 2.02, 2.33));
            assertThat(comparison.antiPatterns()).extracting(AntiPatternStatus::antiPatternId,
                    AntiPatternStatus::status).containsExactly(tuple("AP-OVER-COORDINATION", Status.PERSISTING));
            assertThat(comparison.previousFocus()).extracting(FocusFollowUp::practiceId).containsExactly("PR18");
        }
    }

    @Nested
    class Narratives {

        @Test
        void theStartNamesTheFirstRoundsHealthWeakestAndStrongestPrinciplesAndAntiPatterns() {
            String start = comparer.compare(List.of(metroTransit2025().diagnosis(), metroTransit2026().diagnosis()))
                    .narrative().start();

            assertThat(start).isEqualTo("In 2025, Metro Transit had a health index of 56.5 (watch band) from 22 "
                    + "respondents. Its weakest principle was Partnership identity (P3) at 3.02 and its strongest "
                    + "Involving the target population (P5) at 3.38. Two anti-patterns were detected in 2025: "
                    + "Death by coordination (AP-OVER-COORDINATION) and Gotcha accountability "
                    + "(AP-GOTCHA-ACCOUNTABILITY).");
        }

        @Test
        void theObstaclesNamePersistingAntiPatternsStalledFocusAndFallingPrinciples() {
            // +0.31 on PR18 is within noise, so it is not called an improvement; P5 falls a full 0.58
            String obstacles = comparer.compare(List.of(metroTransit2025().diagnosis(),
                    metroTransit2026().principle("P5", 2.80).diagnosis())).narrative().obstacles();

            assertThat(obstacles).isEqualTo("Gotcha accountability (AP-GOTCHA-ACCOUNTABILITY) and Death by "
                    + "coordination (AP-OVER-COORDINATION) carried over from 2025 to 2026. None of the three focus "
                    + "items set in 2025 improved beyond noise: Effective and productive meetings (PR18) went from "
                    + "2.02 to 2.33 (within noise), Driving action and accountability (coach, not auditor) (PR19) "
                    + "went from 2.15 to 2.33 (within noise) and Expectations and conditions for experimentation and "
                    + "innovation (PR10) was not scored in 2026. One principle went down beyond noise between 2025 "
                    + "and 2026: Involving the target population (P5) by 0.58.");
        }

        @Test
        void theChangeGivesTheIndexInPointsPrinciplesPracticesBeyondNoiseAndResolvedAntiPatterns() {
            String change = comparer.compare(List.of(harbourHealth2025().diagnosis(), harbourHealth2026().diagnosis()))
                    .narrative().change();

            assertThat(change).isEqualTo("The health index rose 6.2 points, from 73.8 in 2025 to 80.0 in 2026, "
                    + "moving from the watch band to the strength band. One principle went up beyond noise between "
                    + "2025 and 2026: Partnership identity (P3) by 0.53. Two practices moved beyond noise between "
                    + "2025 and 2026: Formally launch and "
                    + "relaunch teams (PR11) from 3.23 to 4.29 and Institutional memory and decision-making (PR20) "
                    + "from 3.33 to 4.39; New faces, old launch (AP-NO-RELAUNCH-AFTER-TURNOVER) was resolved.");
        }

        @Test
        void atMostThreePracticesBeyondNoiseAreNamedThenCounted() {
            Round before = Round.of("metro-transit", "2025");
            Round after = Round.of("metro-transit", "2026");
            for (String id : List.of("PR01", "PR02", "PR03", "PR04", "PR05")) {
                before.practice(id, 2.5, 0.3, 20);
                after.practice(id, 3.5, 0.3, 20);
            }
            String change = comparer.compare(List.of(before.diagnosis(), after.diagnosis())).narrative().change();

            assertThat(change).contains("Five practices moved beyond noise between 2025 and 2026: ",
                    "(PR03) from 2.50 to 3.50 and 2 more, and no anti-pattern was resolved.");
        }

        @Test
        void nextNamesTheLatestFocusRepeatsAndNewAntiPatterns() {
            String next = comparer.compare(List.of(metroTransit2025().diagnosis(),
                    metroTransit2026().antiPattern("AP-BIG-BANG-ROLLOUT", 0.3).diagnosis())).narrative().next();

            assertThat(next).isEqualTo("The 2026 plan puts its 90-day focus on Effective and productive meetings "
                    + "(PR18) and Driving action and accountability (coach, not auditor) (PR19). PR18 and PR19 were "
                    + "already in the 2025 plan. The big reveal (AP-BIG-BANG-ROLLOUT) is new since 2025.");
        }

        @Test
        void aRoundWithNothingToFixPointsToTheStrengthsToSustain() {
            String next = comparer.compare(List.of(harbourHealth2025().diagnosis(), harbourHealth2026().diagnosis()))
                    .narrative().next();

            assertThat(next).isEqualTo("With no anti-pattern and nothing to fix in 2026, the task ahead is to "
                    + "sustain its strengths, above all Mapping the team's knowledge and skills (PR16) at 4.50. "
                    + "In 2026, three practices scored as strengths, against one in 2025.");
        }

        @Test
        void emptyListsAreStatedInTermsOfTheData() {
            AnnualComparison comparison = comparer.compare(List.of(
                    Round.of("river-basin-compact", "2025").health(61.0, Band.WATCH, 20).principle("P5", 2.34)
                            .principle("P4", 3.62).practice("PR22", 1.93).diagnosis(),
                    Round.of("river-basin-compact", "2026").health(61.0, Band.WATCH, 20).principle("P5", 2.40)
                            .principle("P4", 3.70).practice("PR22", 2.10).focus("PR22").diagnosis()));

            AnnualComparison.Narrative narrative = comparison.narrative();
            assertThat(narrative.start()).contains("No anti-pattern was detected in 2025.");
            assertThat(narrative.obstacles()).isEqualTo("No anti-pattern carried over from 2025 to 2026. "
                    + "The 2025 round set no focus items to follow up. "
                    + "No principle went down beyond noise between 2025 and 2026.");
            assertThat(narrative.change()).isEqualTo("The health index held at 61.0 from 2025 to 2026. "
                    + "No principle moved beyond noise between 2025 and 2026. "
                    + "No practice moved beyond noise between 2025 and 2026, and no anti-pattern was resolved.");
            assertThat(narrative.next()).isEqualTo("The 2026 plan puts its 90-day focus on Constant, focused "
                    + "co-creation (PR22). No new anti-pattern appeared in 2026.");
        }

        @Test
        void twoDifferentPartnershipsGetTwoDifferentNarratives() {
            AnnualComparison.Narrative metro = comparer.compare(List.of(metroTransit2025().diagnosis(),
                    metroTransit2026().diagnosis())).narrative();
            AnnualComparison.Narrative harbour = comparer.compare(List.of(harbourHealth2025().diagnosis(),
                    harbourHealth2026().diagnosis())).narrative();

            assertThat(metro.start()).isNotEqualTo(harbour.start());
            assertThat(metro.obstacles()).isNotEqualTo(harbour.obstacles());
            assertThat(metro.change()).isNotEqualTo(harbour.change());
            assertThat(metro.next()).isNotEqualTo(harbour.next());
            assertThat(metro.obstacles()).contains("AP-OVER-COORDINATION");
            assertThat(harbour.obstacles()).contains("No anti-pattern carried over from 2025 to 2026.");
        }

        @Test
        void everyParagraphHasOneToThreeSentences() {
            for (AnnualComparison.Narrative narrative : List.of(
                    comparer.compare(List.of(metroTransit2025().diagnosis(), metroTransit2026().diagnosis()))
                            .narrative(),
                    comparer.compare(List.of(harbourHealth2025().diagnosis(), harbourHealth2026().diagnosis()))
                            .narrative())) {
                for (String paragraph : List.of(narrative.start(), narrative.obstacles(), narrative.change(),
                        narrative.next())) {
                    // a full stop followed by a space or the end; "3.02" is not a sentence end
                    assertThat(paragraph.split("\\.(\\s|$)")).as(paragraph).hasSizeBetween(1, 3);
                }
            }
        }
    }

    // --- two small partnerships in the shape of the samples (see samples/README.md) -----------------------------

    static Round metroTransit2025() {
        return Round.of("metro-transit", "2025").health(56.5, Band.WATCH, 22)
                .principle("P1", 3.25).principle("P2", 3.31).principle("P3", 3.02).principle("P4", 3.26)
                .principle("P5", 3.38).principle("P6", 3.33)
                .practice("PR03", 3.11, 0.45, 22).practice("PR10", 2.91).practice("PR18", 2.02, 0.62, 22)
                .practice("PR19", 2.15, 0.70, 22)
                .antiPattern("AP-OVER-COORDINATION", 0.524).antiPattern("AP-GOTCHA-ACCOUNTABILITY", 0.456)
                .focus("PR18", "AP-OVER-COORDINATION").focus("PR19", "AP-GOTCHA-ACCOUNTABILITY").focus("PR10");
    }

    static Round metroTransit2026() {
        return Round.of("metro-transit", "2026").health(64.0, Band.WATCH, 24)
                .principle("P1", 3.70).principle("P2", 3.56).principle("P3", 3.41).principle("P4", 3.60)
                .principle("P5", 3.56).principle("P6", 3.55)
                .practice("PR03", 3.71, 0.55, 24).practice("PR18", 2.33, 0.60, 24).practice("PR19", 2.33, 0.59, 24)
                .antiPattern("AP-OVER-COORDINATION", 0.466).antiPattern("AP-GOTCHA-ACCOUNTABILITY", 0.394)
                .focus("PR18", "AP-OVER-COORDINATION").focus("PR19", "AP-GOTCHA-ACCOUNTABILITY");
    }

    static Round harbourHealth2025() {
        return Round.of("harbour-health", "2025").health(73.8, Band.WATCH, 20)
                .principle("P1", 4.08).principle("P2", 4.11).principle("P3", 3.55).principle("P4", 3.90)
                .principle("P5", 4.11).principle("P6", 3.95)
                .practice("PR11", 3.23, 0.50, 20).practice("PR20", 3.33, 0.50, 20).practice("PR16", 4.10, 0.5, 20)
                .strength("PR16").antiPattern("AP-NO-RELAUNCH-AFTER-TURNOVER", 0.43)
                .focus("PR11", "AP-NO-RELAUNCH-AFTER-TURNOVER");
    }

    static Round harbourHealth2026() {
        return Round.of("harbour-health", "2026").health(80.0, Band.STRENGTH, 22)
                .principle("P1", 4.21).principle("P2", 4.13).principle("P3", 4.08).principle("P4", 4.37)
                .principle("P5", 4.25).principle("P6", 4.17)
                .practice("PR11", 4.29, 0.45, 22).practice("PR20", 4.39, 0.45, 22).practice("PR16", 4.50, 0.4, 22)
                .strength("PR11").strength("PR20").strength("PR16").sustain("PR16");
    }

    /** One assessment round built up in a few calls: only what a test sets is in its diagnosis. */
    static final class Round {

        private final String partnershipId;
        private final String period;
        private double healthIndex = 60;
        private Band healthBand = Band.WATCH;
        private int respondents = 20;
        private double strengthAtLeast = 4.0;
        private double concernBelow = 3.0;
        private final Map<String, Double> principles = new LinkedHashMap<>();
        private final List<PracticeScore> practices = new ArrayList<>();
        private final List<Finding> findings = new ArrayList<>();
        private final List<Recommendation> focus = new ArrayList<>();

        private Round(String partnershipId, String period) {
            this.partnershipId = partnershipId;
            this.period = period;
        }

        static Round of(String partnershipId, String period) {
            return new Round(partnershipId, period);
        }

        Round health(double index, Band band, int respondents) {
            this.healthIndex = index;
            this.healthBand = band;
            this.respondents = respondents;
            return this;
        }

        Round bandLimits(double strengthAtLeast, double concernBelow) {
            this.strengthAtLeast = strengthAtLeast;
            this.concernBelow = concernBelow;
            return this;
        }

        Round principle(String id, double mean) {
            principles.put(id, mean);
            return this;
        }

        Round practice(String id, double mean) {
            return practice(id, mean, 0.5, respondents);
        }

        Round practice(String id, double mean, double standardDeviation, int n) {
            practices.add(new PracticeScore(id, mean, standardDeviation, n, 0, 0, band(mean)));
            return this;
        }

        /** A strength finding of the practice, as the round's diagnosis reports it. */
        Round strength(String practiceId) {
            findings.add(new Finding(practiceId + "-STRENGTH", FindingKind.STRENGTH, null, List.of(practiceId), null,
                    0.5, practiceId + " is a strength", List.of(), List.of()));
            return this;
        }

        Round antiPattern(String id, double severity) {
            findings.add(new Finding(id, FindingKind.ANTI_PATTERN, null, List.of(), id, severity, id + " detected",
                    List.of(), List.of()));
            return this;
        }

        /** A focus item based on a gap of its practice and on the given anti-pattern findings. */
        Round focus(String practiceId, String... antiPatternIds) {
            List<String> basedOn = new ArrayList<>(List.of(practiceId + "-GAP"));
            basedOn.addAll(Arrays.asList(antiPatternIds));
            RecommendationKind kind = antiPatternIds.length > 0 ? RecommendationKind.REMEDY
                    : RecommendationKind.STRENGTHEN;
            return recommend(practiceId, kind, basedOn);
        }

        Round sustain(String practiceId) {
            return recommend(practiceId, RecommendationKind.SUSTAIN, List.of(practiceId + "-STRENGTH"));
        }

        private Round recommend(String practiceId, RecommendationKind kind, List<String> basedOn) {
            focus.add(new Recommendation(practiceId, KNOWLEDGE.practice(practiceId).title(), kind, Horizon.FOCUS,
                    0.5, List.of(org.partnershiphealth.diagnosis.Step.ofText("act")), basedOn, List.of(), "reason", null));
            return this;
        }

        Diagnosis diagnosis() {
            List<PrincipleScore> principleScores = principles.entrySet().stream()
                    .map(e -> new PrincipleScore(e.getKey(), e.getValue(), 0.5, respondents, band(e.getValue())))
                    .toList();
            Scores scores = new Scores(respondents, List.of(), practices, principleScores, List.of(), healthIndex,
                    healthBand);
            Diagnosis.Method method = new Diagnosis.Method("test", 5, strengthAtLeast, concernBelow, respondents, 0,
                    List.of(), List.of(), List.of(), List.of(), List.of(), null, List.of());
            return new Diagnosis(new Partnership(partnershipId, name()), period, QuestionnaireForm.FULL, scores,
                    findings, focus, List.of(), List.of(), method, new Diagnosis.Disclosure(
                            Diagnosis.Disclosure.Status.ANONYMOUS, 5, List.of(), false, 0, false));
        }

        private Band band(double mean) {
            return mean >= strengthAtLeast ? Band.STRENGTH : mean < concernBelow ? Band.CONCERN : Band.WATCH;
        }

        /** "metro-transit" is shown as "Metro Transit". */
        private String name() {
            StringBuilder name = new StringBuilder();
            for (String word : partnershipId.split("-")) {
                name.append(name.length() == 0 ? "" : " ").append(Character.toUpperCase(word.charAt(0)))
                        .append(word.substring(1));
            }
            return name.toString();
        }
    }
}
