package org.partnershiphealth.rules;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.partnershiphealth.diagnosis.Finding;
import org.partnershiphealth.diagnosis.FindingKind;
import org.partnershiphealth.knowledge.Practice;

import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partnershiphealth.rules.Rules.evaluate;
import static org.partnershiphealth.rules.Rules.evidence;
import static org.partnershiphealth.rules.Rules.ids;
import static org.partnershiphealth.rules.Rules.the;

/** Every practice's gap rule and strength rule, each with its near miss. */
class PracticeRulesTest {

    static Stream<String> practices() {
        return Situation.KB.practices().stream().map(Practice::id);
    }

    @Test
    void anUnremarkablePartnershipProducesNoFindingAtAll() {
        assertThat(evaluate(Situation.unremarkable())).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("practices")
    void aPracticeJustBelowTheConcernLineIsAGap(String practiceId) {
        Finding gap = the(evaluate(Situation.unremarkable().practice(practiceId, 2.9)), practiceId + "-GAP");

        String principle = Situation.KB.practice(practiceId).principle();
        assertThat(gap.kind()).isEqualTo(FindingKind.GAP);
        assertThat(gap.practiceIds()).containsExactly(practiceId);
        assertThat(gap.principleId()).isEqualTo(principle);
        assertThat(gap.statement()).isNotBlank();
        assertThat(evidence(gap)).containsExactly(practiceId + " mean = 2.9 (< 3; 10 answered)");
    }

    @ParameterizedTest
    @MethodSource("practices")
    void aPracticeAtTheConcernLineIsNotAGap(String practiceId) {
        assertThat(ids(evaluate(Situation.unremarkable().practice(practiceId, 3.0)))).doesNotContain(practiceId + "-GAP");
    }

    @ParameterizedTest
    @MethodSource("practices")
    void aPracticeInTheStrengthBandWithoutASplitIsAStrength(String practiceId) {
        Finding strength = the(evaluate(Situation.unremarkable().practice(practiceId, 4.0)), practiceId + "-STRENGTH");

        assertThat(strength.kind()).isEqualTo(FindingKind.STRENGTH);
        assertThat(strength.practiceIds()).containsExactly(practiceId);
        assertThat(evidence(strength)).containsExactly(practiceId + " mean = 4 (>= 4; 10 answered)",
                practiceId + " spread = 0.5 (< 1)");
    }

    @ParameterizedTest
    @MethodSource("practices")
    void aPracticeJustBelowTheStrengthLineIsNotAStrength(String practiceId) {
        assertThat(ids(evaluate(Situation.unremarkable().practice(practiceId, 3.99)))).isEmpty();
    }

    @Test
    void aHighMeanThatHidesASplitIsNotCountedAsAStrength() {
        var findings = evaluate(Situation.unremarkable().practice("PR18", 4.2, 1.1, 10));

        assertThat(ids(findings)).doesNotContain("PR18-STRENGTH").contains("DIVIDED-VIEWS");
    }

    @Test
    void aPracticeScoredByTooFewRespondentsIsNotJudged() {
        var findings = evaluate(Situation.unremarkable().practice("PR05", 1.5, 0.5, 2).practice("PR06", 4.8, 0.2, 2));

        assertThat(findings).isEmpty();
    }

    @Test
    void severityGrowsWithTheDistanceBelowTheLine() {
        double barely = the(evaluate(Situation.unremarkable().practice("PR20", 2.9)), "PR20-GAP").severity();
        double clearly = the(evaluate(Situation.unremarkable().practice("PR20", 2.0)), "PR20-GAP").severity();
        double entirely = the(evaluate(Situation.unremarkable().practice("PR20", 1.0)), "PR20-GAP").severity();

        assertThat(barely).isGreaterThanOrEqualTo(Findings.FLOOR).isLessThan(clearly);
        assertThat(clearly).isLessThan(entirely);
        assertThat(entirely).isEqualTo(1.0);
    }
}
