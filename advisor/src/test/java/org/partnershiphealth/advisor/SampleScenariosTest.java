package org.partnershiphealth.advisor;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.partnershiphealth.advisor.cli.DiagnosisJson;
import org.partnershiphealth.advisor.diagnosis.Advisor;
import org.partnershiphealth.advisor.intake.IntakeOptions;
import org.partnershiphealth.advisor.intake.SurveyReader;
import org.partnershiphealth.diagnosis.Diagnosis;
import org.partnershiphealth.diagnosis.Finding;
import org.partnershiphealth.diagnosis.FindingKind;
import org.partnershiphealth.diagnosis.Step;
import org.partnershiphealth.diagnosis.GroupDimension;
import org.partnershiphealth.diagnosis.GroupScore;
import org.partnershiphealth.diagnosis.Recommendation;
import org.partnershiphealth.diagnosis.RecommendationKind;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The sample partnerships in samples/, run through intake and diagnosis, checked as a consultant would. */
class SampleScenariosTest {

    private static final Advisor ADVISOR = Advisor.withShippedRules();
    private static final SurveyReader READER = new SurveyReader(ADVISOR.knowledge());
    private static final Path SAMPLES = Path.of("../samples");

    static Diagnosis diagnose(String file) {
        return ADVISOR.diagnose(READER.read(SAMPLES.resolve(file), IntakeOptions.strict()));
    }

    private static List<String> antiPatterns(Diagnosis d) {
        return d.findings().stream().filter(f -> f.kind() == FindingKind.ANTI_PATTERN).map(Finding::antiPatternId).toList();
    }

    private static List<String> focus(Diagnosis d) {
        return d.focus().stream().map(Recommendation::practiceId).toList();
    }

    @Test
    void theHealthyAllianceGetsNoManufacturedProblems() {
        Diagnosis d = diagnose("harbour-health-alliance-2026.json");

        assertThat(d.findings()).extracting(Finding::kind).containsOnly(FindingKind.STRENGTH);
        assertThat(d.focus()).hasSizeLessThanOrEqualTo(2).extracting(Recommendation::kind)
                .containsOnly(RecommendationKind.SUSTAIN);
        assertThat(d.scores().healthIndex()).isGreaterThanOrEqualTo(75);
    }

    @Test
    void theFundingDrivenCompactIsToldToRealignBeforeRaisingMoreMoney() {
        Diagnosis d = diagnose("coastal-jobs-compact-2026.json");

        assertThat(antiPatterns(d)).containsExactlyInAnyOrder("AP-FUNDING-DRIVEN-TABLE", "AP-OVERDRAWN-RELATIONSHIP-BANK",
                "AP-BETTER-ALONE");
        // Q07A alone (the round did not ask Q15F): a question for the consultant, not part of the plan
        assertThat(d.findings()).filteredOn(f -> "AP-BETTER-ALONE".equals(f.antiPatternId())).singleElement()
                .satisfies(f -> assertThat(f.asserted()).isFalse());
        assertThat(d.focus()).noneMatch(r -> r.basedOn().contains("AP-BETTER-ALONE"));
        // partners wrote "ask us what we need first": no prospect list while the relationship bank is overdrawn
        assertThat(d.focus()).flatExtracting(Recommendation::actions)
                .noneMatch(step -> step.text().startsWith("Build a prospect list"));
        assertThat(d.method().actionsLeftOut()).anySatisfy(left ->
                assertThat(left.reason()).contains("The overdrawn relationship bank"));
        assertThat(focus(d)).startsWith("PR01").contains("PR04", "PR07");
        assertThat(focus(d).indexOf("PR07")).as("ROI narratives before fundraising").isLessThan(focus(d).indexOf("PR04"));
    }

    @Test
    void theOverCoordinatedCoalitionFixesMeetingsBeforeFollowUp() {
        Diagnosis d = diagnose("metro-transit-coalition-2026.json");

        assertThat(antiPatterns(d)).containsExactlyInAnyOrder("AP-OVER-COORDINATION", "AP-GOTCHA-ACCOUNTABILITY");
        assertThat(focus(d)).containsExactly("PR18", "PR19");
        assertThat(d.focus().get(0).basedOn()).contains("AP-OVER-COORDINATION", "PR18-GAP");
        assertThat(d.focus().get(1).strengthToBuildOn()).startsWith("PR1");
    }

    @Test
    void theCompactThatNeverAsksItsPeopleStartsByUnderstandingTheirJob() {
        Diagnosis d = diagnose("river-basin-water-compact-2026.json");

        assertThat(antiPatterns(d)).contains("AP-INFLICTOR-INFLICTED", "AP-BIG-BANG-ROLLOUT", "AP-PILOTITIS",
                "AP-ASSOCIATION-AS-ONLY-VOICE");
        // understanding the people served comes first; co-creation and outreach both depend on it and start later
        assertThat(focus(d)).containsExactly("PR21", "PR22", "PR23");
        assertThat(d.focus().stream().mapToInt(r -> r.actions().size()).sum()).isLessThanOrEqualTo(8);
        assertThat(d.focus().get(1).actions().get(0).weeks()).isEqualTo(Step.Weeks.WEEKS_5_TO_8);
        assertThat(d.notNow()).anySatisfy(r -> assertThat(r.practiceId()).isEqualTo("PR24"));
        assertThat(d.findings()).filteredOn(f -> "AP-INFLICTOR-INFLICTED".equals(f.antiPatternId()))
                .singleElement().satisfies(f -> assertThat(f.evidence().toString()).contains("respondents from COMMUNITY = 0"));
    }

    @Test
    void theSplitInitiativeNamesTheSectorsThatDisagreeAboutIntegration() {
        Diagnosis d = diagnose("green-supply-chain-initiative-2026.json");

        assertThat(antiPatterns(d)).containsExactly("AP-UNEXAMINED-INTEGRATION");
        Finding integration = d.findings().stream()
                .filter(f -> f.kind() == FindingKind.DIVERGENCE && f.practiceIds().equals(List.of("PR15")))
                .findFirst().orElseThrow();
        assertThat(integration.groups()).containsExactly("SECTOR:BUSINESS", "SECTOR:NONPROFIT");
        assertThat(focus(d)).startsWith("PR15");
        assertThat(d.notNow()).anySatisfy(r -> assertThat(r.reason()).contains("respondents are split"));
    }

    @Test
    void theGoogleFormsExportGivesTheSameDiagnosisAsTheNativeFile() {
        assertThat(DiagnosisJson.write(diagnose("green-supply-chain-initiative-2026-google-forms.csv")))
                .isEqualTo(DiagnosisJson.write(diagnose("green-supply-chain-initiative-2026.json")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"harbour-health-alliance-2026.json", "harbour-health-alliance-2025.json",
            "coastal-jobs-compact-2026.json", "metro-transit-coalition-2026.json", "metro-transit-coalition-2025.json",
            "river-basin-water-compact-2026.json", "green-supply-chain-initiative-2026.json"})
    void noSampleShowsOrNamesAGroupBelowTheAnonymityLimit(String file) {
        Diagnosis d = diagnose(file);
        int k = d.method().anonymityThreshold();

        assertThat(d.scores().groups()).allSatisfy(g -> assertThat(g.n()).isGreaterThanOrEqualTo(k));
        Map<String, Integer> shownSizes = d.scores().groups().stream().filter(g -> g.subjectId().equals("P4"))
                .collect(Collectors.toMap(g -> g.dimension() + ":" + g.group(), GroupScore::n));
        d.findings().forEach(f -> f.groups().forEach(group -> assertThat(shownSizes).containsKey(group)));
        for (GroupDimension dimension : GroupDimension.values()) {
            int shown = d.scores().groups().stream()
                    .filter(g -> g.dimension() == dimension && g.subjectId().equals("P4")).mapToInt(GroupScore::n).sum();
            int total = d.scores().principles().stream().filter(p -> p.principleId().equals("P4")).findFirst()
                    .orElseThrow().n();
            assertThat(total - shown).as("%s respondents left over in %s", dimension, file)
                    .satisfiesAnyOf(left -> assertThat(left).isZero(), left -> assertThat(left).isGreaterThanOrEqualTo(k));
        }
    }
}
