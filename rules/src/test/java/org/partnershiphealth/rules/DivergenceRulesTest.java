package org.partnershiphealth.rules;

import org.junit.jupiter.api.Test;
import org.partnershiphealth.diagnosis.Finding;
import org.partnershiphealth.diagnosis.FindingKind;
import org.partnershiphealth.diagnosis.GroupDimension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partnershiphealth.rules.Rules.evaluate;
import static org.partnershiphealth.rules.Rules.evidence;
import static org.partnershiphealth.rules.Rules.ids;
import static org.partnershiphealth.rules.Rules.the;

/** Stakeholder groups that disagree (DIVERGENCE) and respondents split as a whole (DIVIDED_VIEWS). */
class DivergenceRulesTest {

    @Test
    void companiesAndNgosThatSeeIntegrationAFullPointApartAreNamed() {
        Finding divergence = the(evaluate(Situation.unremarkable()
                .sector("BUSINESS", "PR15", 2.2, 4)
                .sector("NONPROFIT", "PR15", 3.4, 5)), "DIV-PRACTICE");

        assertThat(divergence.kind()).isEqualTo(FindingKind.DIVERGENCE);
        assertThat(divergence.practiceIds()).containsExactly("PR15");
        assertThat(divergence.principleId()).isEqualTo("P4");
        assertThat(divergence.groups()).containsExactly("SECTOR:NONPROFIT", "SECTOR:BUSINESS");
        assertThat(evidence(divergence)).containsExactly(
                "PR15 mean, SECTOR:NONPROFIT = 3.4 (5 answered)", "PR15 mean, SECTOR:BUSINESS = 2.2 (4 answered)",
                "PR15 gap between groups = 1.2 (>= 1)", "PR15 gap in standard errors = 3.58 (>= 2)");
    }

    @Test
    void aFullPointBetweenTwoNoisyGroupsOfThreeIsNotAFindingButBetweenTwoClearGroupsOfTwelveItIs() {
        Situation small = Situation.unremarkable()
                .group(GroupDimension.SECTOR, "BUSINESS", "PR15", 2.3, 1.2, 3)
                .group(GroupDimension.SECTOR, "NONPROFIT", "PR15", 3.5, 1.2, 3);
        Situation large = Situation.unremarkable()
                .group(GroupDimension.SECTOR, "BUSINESS", "PR15", 2.3, 0.8, 12)
                .group(GroupDimension.SECTOR, "NONPROFIT", "PR15", 3.5, 0.8, 12);

        assertThat(ids(evaluate(small))).doesNotContain("DIV-PRACTICE");
        assertThat(evidence(the(evaluate(large), "DIV-PRACTICE")))
                .contains("PR15 gap in standard errors = 3.67 (>= 2)");
    }

    @Test
    void groupsLessThanAFullPointApartDoNotDiverge() {
        assertThat(evaluate(Situation.unremarkable()
                .sector("BUSINESS", "PR15", 2.5, 4)
                .sector("NONPROFIT", "PR15", 3.4, 5))).isEmpty();
    }

    @Test
    void withSeveralGroupsOnlyTheMostAndLeastPositiveAreNamedOnce() {
        var findings = evaluate(Situation.unremarkable()
                .sector("BUSINESS", "PR08", 2.0, 3)
                .sector("GOVERNMENT", "PR08", 2.6, 3)
                .sector("NONPROFIT", "PR08", 3.9, 6)
                .sector("FUNDER", "PR08", 3.4, 3));

        Finding divergence = the(findings, "DIV-PRACTICE");
        assertThat(divergence.groups()).containsExactly("SECTOR:NONPROFIT", "SECTOR:BUSINESS");
    }

    @Test
    void tiedGroupsAreNamedByTheirOrderWhateverOrderTheScoresCameIn() {
        // Two groups share the top and two the bottom: the top goes to the name sorting first, the bottom to the name
        // sorting last, as the rules did when they compared every group with every other.
        Situation forwards = Situation.unremarkable()
                .sector("BUSINESS", "PR08", 3.9, 4)
                .sector("FUNDER", "PR08", 3.9, 4)
                .sector("GOVERNMENT", "PR08", 2.0, 4)
                .sector("NONPROFIT", "PR08", 2.0, 4);
        Situation backwards = Situation.unremarkable()
                .sector("NONPROFIT", "PR08", 2.0, 4)
                .sector("GOVERNMENT", "PR08", 2.0, 4)
                .sector("FUNDER", "PR08", 3.9, 4)
                .sector("BUSINESS", "PR08", 3.9, 4);

        assertThat(the(evaluate(forwards), "DIV-PRACTICE").groups())
                .containsExactly("SECTOR:BUSINESS", "SECTOR:NONPROFIT");
        assertThat(the(evaluate(backwards), "DIV-PRACTICE").groups())
                .containsExactly("SECTOR:BUSINESS", "SECTOR:NONPROFIT");
    }

    @Test
    void rolesAreComparedSeparatelyFromSectors() {
        var findings = evaluate(Situation.unremarkable()
                .group(GroupDimension.ROLE, "LEADERSHIP", "PR19", 4.1, 3)
                .group(GroupDimension.ROLE, "PARTNER_REPRESENTATIVE", "PR19", 2.6, 7)
                .sector("BUSINESS", "PR19", 3.0, 4)
                .sector("NONPROFIT", "PR19", 3.5, 6));

        assertThat(the(findings, "DIV-PRACTICE").groups()).containsExactly("ROLE:LEADERSHIP", "ROLE:PARTNER_REPRESENTATIVE");
    }

    @Test
    void aPrincipleSeenVeryDifferentlyByTwoSectorsDiverges() {
        Finding divergence = the(evaluate(Situation.unremarkable()
                .sector("COMMUNITY", "P5", 2.1, 3)
                .sector("GOVERNMENT", "P5", 3.6, 4)), "DIV-PRINCIPLE");

        assertThat(divergence.principleId()).isEqualTo("P5");
        assertThat(divergence.groups()).containsExactly("SECTOR:GOVERNMENT", "SECTOR:COMMUNITY");
    }

    @Test
    void aWiderGapIsMoreSevere() {
        double narrow = the(evaluate(Situation.unremarkable()
                .sector("BUSINESS", "PR15", 2.4, 4).sector("NONPROFIT", "PR15", 3.4, 4)), "DIV-PRACTICE").severity();
        double wide = the(evaluate(Situation.unremarkable()
                .sector("BUSINESS", "PR15", 1.6, 4).sector("NONPROFIT", "PR15", 4.4, 4)), "DIV-PRACTICE").severity();

        assertThat(narrow).isLessThan(wide);
    }

    @Test
    void aSplitWholeGroupIsDividedViewsEvenWhenTheMeanIsUnremarkable() {
        Finding divided = the(evaluate(Situation.unremarkable().practice("PR03", 3.4, 1.3, 12)), "DIVIDED-VIEWS");

        assertThat(divided.kind()).isEqualTo(FindingKind.DIVIDED_VIEWS);
        assertThat(divided.practiceIds()).containsExactly("PR03");
        assertThat(evidence(divided)).containsExactly("PR03 spread = 1.3 (>= 1; 12 answered)", "PR03 mean = 3.4");
    }

    @Test
    void aLowMeanWithConsensusIsAGapButNotDividedViews() {
        assertThat(ids(evaluate(Situation.unremarkable().practice("PR03", 2.2, 0.4, 12))))
                .containsExactly("PR03-GAP");
    }

    @Test
    void spreadJustBelowTheLineOrFromTooFewRespondentsIsNotDividedViews() {
        assertThat(evaluate(Situation.unremarkable().practice("PR03", 3.4, 0.99, 12))).isEmpty();
        assertThat(evaluate(Situation.unremarkable().practice("PR03", 3.4, 1.5, 4))).isEmpty();
    }
}
