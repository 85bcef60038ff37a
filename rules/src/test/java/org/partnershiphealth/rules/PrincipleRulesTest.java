package org.partnershiphealth.rules;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.partnershiphealth.diagnosis.Finding;
import org.partnershiphealth.diagnosis.FindingKind;
import org.partnershiphealth.knowledge.Practice;
import org.partnershiphealth.knowledge.Principle;

import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partnershiphealth.rules.Rules.evaluate;
import static org.partnershiphealth.rules.Rules.evidence;
import static org.partnershiphealth.rules.Rules.ids;
import static org.partnershiphealth.rules.Rules.the;

/** Each principle's gap rule looks at the principle's own mean and at its practices together. */
class PrincipleRulesTest {

    static Stream<String> principles() {
        return Situation.KB.principles().stream().map(Principle::id);
    }

    private static List<String> practicesOf(String principleId) {
        return Situation.KB.practicesOf(principleId).stream().map(Practice::id).toList();
    }

    @ParameterizedTest
    @MethodSource("principles")
    void aPrincipleWhoseMeanIsInTheConcernBandIsAGap(String principleId) {
        Finding gap = the(evaluate(Situation.unremarkable().principle(principleId, 2.8)), principleId + "-GAP");

        assertThat(gap.kind()).isEqualTo(FindingKind.GAP);
        assertThat(gap.principleId()).isEqualTo(principleId);
        assertThat(evidence(gap)).contains(principleId + " mean = 2.8 (< 3; 10 answered)");
    }

    @ParameterizedTest
    @MethodSource("principles")
    void aPrincipleIsAGapWhenHalfOfItsPracticesAreEvenIfItsMeanLooksFine(String principleId) {
        List<String> practices = practicesOf(principleId);
        int half = Math.max(2, (practices.size() + 1) / 2);
        Situation situation = Situation.unremarkable().principle(principleId, 3.2);
        practices.subList(0, half).forEach(id -> situation.practice(id, 2.7));

        Finding gap = the(evaluate(situation), principleId + "-GAP");

        assertThat(gap.practiceIds()).containsExactlyElementsOf(practices.subList(0, half));
        assertThat(evidence(gap)).contains(principleId + " practices in the concern band = " + half + " of "
                + practices.size() + " (>= half)");
    }

    @ParameterizedTest
    @MethodSource("principles")
    void oneWeakPracticeInAnOtherwiseHealthyPrincipleIsNotAPrincipleGap(String principleId) {
        String weakest = practicesOf(principleId).get(0);

        List<String> fired = ids(evaluate(Situation.unremarkable().principle(principleId, 3.2).practice(weakest, 2.5)));

        assertThat(fired).contains(weakest + "-GAP").doesNotContain(principleId + "-GAP");
    }

    @Test
    void severityGrowsWithHowFarThePrincipleLiesBelowTheLineNotWithEveryPracticeBeingSlightlyWeak() {
        Situation slightly = Situation.unremarkable().principle("P4", 2.63);
        Situation deeper = Situation.unremarkable().principle("P3", 2.44);
        Situation deep = Situation.unremarkable().principle("P4", 1.5);
        practicesOf("P4").forEach(id -> slightly.practice(id, 2.63).principle("P4", 2.63));
        practicesOf("P3").forEach(id -> deeper.practice(id, 2.44));
        practicesOf("P4").forEach(id -> deep.practice(id, 1.5));

        double p4 = the(evaluate(slightly), "P4-GAP").severity();
        double p3 = the(evaluate(deeper), "P3-GAP").severity();
        double worst = the(evaluate(deep), "P4-GAP").severity();

        assertThat(p4).isLessThan(p3).isLessThan(0.6);
        assertThat(p3).isLessThan(worst);
        assertThat(worst).isGreaterThan(0.8);
    }

    @Test
    void aPrincipleAtTheConcernLineIsNotAGap() {
        assertThat(evaluate(Situation.unremarkable().principle("P4", 3.0))).isEmpty();
    }
}
