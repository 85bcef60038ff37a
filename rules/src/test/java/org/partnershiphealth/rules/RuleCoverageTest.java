package org.partnershiphealth.rules;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.partnershiphealth.knowledge.AntiPattern;
import org.partnershiphealth.knowledge.Practice;
import org.partnershiphealth.knowledge.Principle;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Every id of the knowledge base has a rule, and every rule fired somewhere in this suite. Runs after the other
 * rule tests (junit-platform.properties orders classes by @Order), because it reads what they fired.
 */
@Order(Integer.MAX_VALUE)
class RuleCoverageTest {

    private static final Set<String> RULE_IDS = Rules.BOOK.ruleNames().stream()
            .map(RuleBook::ruleId).collect(Collectors.toCollection(TreeSet::new));

    @Test
    void everyPracticeHasAGapRuleAndAStrengthRule() {
        for (Practice practice : Situation.KB.practices()) {
            assertThat(RULE_IDS).contains(practice.id() + "-GAP", practice.id() + "-STRENGTH");
        }
    }

    @Test
    void everyPrincipleHasAGapRule() {
        for (Principle principle : Situation.KB.principles()) {
            assertThat(RULE_IDS).contains(principle.id() + "-GAP");
        }
    }

    @Test
    void everyAntiPatternHasADetectionRuleUnderItsOwnId() {
        List<String> antiPatterns = Situation.KB.antiPatterns().stream().map(AntiPattern::id).toList();

        assertThat(RULE_IDS).containsAll(antiPatterns);
        assertThat(RULE_IDS.stream().filter(id -> id.startsWith("AP-"))).containsExactlyInAnyOrderElementsOf(antiPatterns);
    }

    @Test
    void everyRuleFiredSomewhereInTheSuite() {
        assumeTrue(Rules.EVALUATIONS.get() > 200,
                "Run the whole rules test suite: this test checks what the other rule tests fired");

        assertThat(new TreeSet<>(Rules.FIRED)).as("rules that fired across the suite").isEqualTo(RULE_IDS);
    }
}
