package org.partnershiphealth.rules;

import org.junit.jupiter.api.Test;
import org.partnershiphealth.assessment.Sector;
import org.partnershiphealth.diagnosis.Assertion;
import org.partnershiphealth.diagnosis.Finding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partnershiphealth.rules.Rules.evaluate;
import static org.partnershiphealth.rules.Rules.evidence;
import static org.partnershiphealth.rules.Rules.the;

/**
 * An anti-pattern is asserted only when respondents (an item answered by at least k people) and a second,
 * independent signal (another item or a recorded fact) point to it; otherwise it is a finding to verify.
 */
class CorroborationTest {

    private static Finding found(Situation situation, String antiPatternId) {
        return the(evaluate(situation), antiPatternId);
    }

    @Test
    void turnoverFactsAloneAreAQuestionToAskNotAnAssertion() {
        Finding facts = found(Situation.unremarkable().fact("turnoverPercentSinceLaunch", 16).fact("monthsSinceLaunch", 30),
                "AP-NO-RELAUNCH-AFTER-TURNOVER");
        Finding confirmed = found(Situation.unremarkable().fact("turnoverPercentSinceLaunch", 16).fact("monthsSinceLaunch", 30)
                .agreement("Q11C", 4.2), "AP-NO-RELAUNCH-AFTER-TURNOVER");

        assertThat(facts.assertion()).isEqualTo(Assertion.TO_VERIFY);
        assertThat(confirmed.assertion()).isEqualTo(Assertion.ASSERTED);
    }

    @Test
    void oneStatementWithoutAnythingElseIsToVerifyAndASecondStatementAssertsIt() {
        Finding single = found(Situation.unremarkable().agreement("Q27D", 4.0), "AP-FIXING-WEAKNESSES");
        Finding corroborated = found(Situation.unremarkable().agreement("Q27D", 4.0).agreement("Q27B", 2.0),
                "AP-FIXING-WEAKNESSES");

        assertThat(single.assertion()).isEqualTo(Assertion.TO_VERIFY);
        assertThat(evidence(single)).containsExactly("Q27D agreement = 4 (>= 3.5; 10 answered)");
        assertThat(corroborated.assertion()).isEqualTo(Assertion.ASSERTED);
    }

    @Test
    void aStatementFewerThanKPeopleAnsweredIsNoSignalAtAll() {
        Situation twoAnswered = Situation.unremarkable().fact("turnoverPercentSinceLaunch", 16).fact("monthsSinceLaunch", 30)
                .agreement("Q11C", 4.8, 2, 8);

        Finding finding = found(twoAnswered, "AP-NO-RELAUNCH-AFTER-TURNOVER");

        assertThat(finding.assertion()).isEqualTo(Assertion.TO_VERIFY);
        assertThat(evidence(finding)).noneMatch(line -> line.startsWith("Q11C"));
    }

    @Test
    void commentsFromAtLeastKRespondentsCorroborateButFewerDoNot() {
        Situation facts = Situation.unremarkable().fact("turnoverPercentSinceLaunch", 20).fact("monthsSinceLaunch", 30);

        Finding three = found(facts.comments(10, "AP-NO-RELAUNCH-AFTER-TURNOVER", 3), "AP-NO-RELAUNCH-AFTER-TURNOVER");
        Finding two = found(Situation.unremarkable().fact("turnoverPercentSinceLaunch", 20)
                .fact("monthsSinceLaunch", 30).comments(10, "AP-NO-RELAUNCH-AFTER-TURNOVER", 2),
                "AP-NO-RELAUNCH-AFTER-TURNOVER");

        assertThat(three.assertion()).isEqualTo(Assertion.ASSERTED);
        assertThat(evidence(three)).contains("comments mentioning it = 3 (of 10 commenting)");
        assertThat(two.assertion()).isEqualTo(Assertion.TO_VERIFY);
        assertThat(evidence(two)).noneMatch(line -> line.startsWith("comments"));
    }

    @Test
    void partnersHoldingDifferentModelsShowInTheSpreadOfTheirOwnPositionsNotInTheAverage() {
        // half the respondents place their organisation at parallel play (5), half at one team (1): mean 3
        Situation split = Situation.unremarkable().agreement("Q15C", 3.9);
        split.agreement("Q15E", 3.0, 10, 0);
        Situation settled = Situation.unremarkable().agreement("Q15C", 3.9);

        Finding finding = found(positions(split, 2.1), "AP-UNEXAMINED-INTEGRATION");

        assertThat(finding.assertion()).isEqualTo(Assertion.ASSERTED);
        assertThat(evidence(finding)).contains("Q15E spread of positions = 2.1 (>= 1; 10 answered)");
        assertThat(Rules.ids(Rules.evaluate(positions(settled, 0.4)))).doesNotContain("AP-UNEXAMINED-INTEGRATION");
    }

    private static Situation positions(Situation situation, double spread) {
        return situation.question(new org.partnershiphealth.diagnosis.QuestionScore("Q15E", 3.0, spread, 10, 0));
    }

    @Test
    void whoDidNotAnswerIsContextAndNeverCorroboratesAPattern() {
        Situation situation = Situation.unremarkable().fact("targetPopulationInDesign", false)
                .respondents(Sector.BUSINESS, 6).respondents(Sector.NONPROFIT, 4);

        Finding finding = found(situation, "AP-INFLICTOR-INFLICTED");

        assertThat(evidence(finding)).contains("respondents from COMMUNITY = 0 (>= 1)");
        assertThat(finding.assertion()).isEqualTo(Assertion.TO_VERIFY);
    }

    @Test
    void statementsAnsweredAgainstThePatternAreShownBesideIt() {
        // turnover facts and newcomers who say they never agreed the ways of working, but the team does regroup
        Finding finding = found(Situation.unremarkable().fact("turnoverPercentSinceLaunch", 20)
                .fact("monthsSinceLaunch", 30).agreement("Q11C", 4.0).agreement("Q11B", 4.1),
                "AP-NO-RELAUNCH-AFTER-TURNOVER");

        assertThat(finding.counterEvidence()).extracting(Object::toString)
                .containsExactly("Q11B agreement = 4.1 (>= 3.5; 10 answered)");
        assertThat(evidence(finding)).noneMatch(line -> line.startsWith("Q11B"));
    }

    @Test
    void theEvidenceOfAStatementSaysHowManyAnsweredAndHowManyDidNotKnow() {
        Finding finding = found(Situation.unremarkable().agreement("Q27D", 4.0, 12, 3).agreement("Q27B", 2.0),
                "AP-FIXING-WEAKNESSES");

        assertThat(evidence(finding)).contains("Q27D agreement = 4 (>= 3.5; 12 answered, 3 don't know)");
    }

    @Test
    void gapsStrengthsAndDivergenceRestOnPublishedScoresAndAreAlwaysAsserted() {
        assertThat(found(Situation.unremarkable().practice("PR18", 2.1), "PR18-GAP").asserted()).isTrue();
    }
}
