package org.partnershiphealth.rules;

import org.junit.jupiter.api.Test;
import org.partnershiphealth.assessment.Sector;
import org.partnershiphealth.diagnosis.Diagnosis;
import org.partnershiphealth.diagnosis.Finding;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partnershiphealth.rules.Rules.evaluate;
import static org.partnershiphealth.rules.Rules.evidence;
import static org.partnershiphealth.rules.Rules.ids;
import static org.partnershiphealth.rules.Rules.the;

/** Checks that only make sense in some contexts are skipped, with the reason, where the recorded context rules them out. */
class ContextTest {

    private static List<Diagnosis.NotApplicable> notApplicable(Situation situation) {
        return Rules.BOOK.notApplicable(situation.input().partnership());
    }

    @Test
    void pilotsThatHaveNotScaledInAYoungPartnershipAreNotPilotitis() {
        Situation young = Situation.unremarkable().fact("partnershipAgeMonths", 14).fact("activePilots", 5)
                .fact("pilotsScaled24m", 0).agreement("Q24B", 2.0);
        Situation older = Situation.unremarkable().fact("partnershipAgeMonths", 30).fact("activePilots", 5)
                .fact("pilotsScaled24m", 0).agreement("Q24B", 2.0);

        assertThat(ids(evaluate(young))).doesNotContain("AP-PILOTITIS");
        assertThat(notApplicable(young)).singleElement()
                .satisfies(skipped -> assertThat(skipped.reason()).contains("less than two years old"));
        assertThat(ids(evaluate(older))).contains("AP-PILOTITIS");
    }

    @Test
    void anUnrecordedContextNeverRulesACheckOut() {
        Situation unknownAge = Situation.unremarkable().fact("activePilots", 5).fact("pilotsScaled24m", 0)
                .agreement("Q24B", 2.0);

        assertThat(ids(evaluate(unknownAge))).contains("AP-PILOTITIS");
        assertThat(notApplicable(unknownAge)).isEmpty();
    }

    @Test
    void leadersOnlyCommitmentsNeedAPledgeModelAndEnoughOrganisationsToBeAtScale() {
        Situation noPledges = Situation.unremarkable().fact("pledgeModel", false)
                .fact("implementationSupportForFollowers", false).agreement("Q21D", 2.0);
        Situation few = Situation.unremarkable().fact("pledgeModel", true).fact("partnerCount", 8)
                .fact("implementationSupportForFollowers", false).agreement("Q21D", 2.0);
        Situation many = Situation.unremarkable().fact("pledgeModel", true).fact("partnerCount", 40)
                .fact("implementationSupportForFollowers", false).agreement("Q21D", 2.0);

        assertThat(ids(evaluate(noPledges))).doesNotContain("AP-LEADERS-ONLY-COMMITMENTS");
        assertThat(notApplicable(noPledges)).extracting(Diagnosis.NotApplicable::antiPatternId)
                .containsExactly("AP-LEADERS-ONLY-COMMITMENTS");
        assertThat(ids(evaluate(few))).doesNotContain("AP-LEADERS-ONLY-COMMITMENTS");
        Finding finding = the(evaluate(many), "AP-LEADERS-ONLY-COMMITMENTS");
        assertThat(evidence(finding)).contains("partnerCount = 40 organisations (>= 20 organisations)");
    }

    @Test
    void whenCompaniesAreTheTargetNoCommunityRespondentsIsNoConcern() {
        Situation companies = Situation.unremarkable().fact("targetPopulation", "COMPANIES").agreement("Q22A", 2.0)
                .respondents(Sector.BUSINESS, 6).respondents(Sector.NONPROFIT, 4);
        Situation communities = Situation.unremarkable().fact("targetPopulation", "COMMUNITIES")
                .agreement("Q22A", 2.0).respondents(Sector.BUSINESS, 6).respondents(Sector.NONPROFIT, 4);

        assertThat(ids(evaluate(companies))).doesNotContain("AP-INFLICTOR-INFLICTED");
        assertThat(evidence(the(evaluate(communities), "AP-INFLICTOR-INFLICTED")))
                .contains("respondents from COMMUNITY = 0 (>= 1)");
    }
}
