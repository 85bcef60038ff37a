package org.partnershiphealth.advisor.calibration;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.partnershiphealth.advisor.SurveyBuilder;
import org.partnershiphealth.advisor.diagnosis.Advisor;
import org.partnershiphealth.advisor.intake.IntakeOptions;
import org.partnershiphealth.advisor.intake.SurveyReader;
import org.partnershiphealth.diagnosis.Diagnosis;
import org.partnershiphealth.diagnosis.Finding;
import org.partnershiphealth.diagnosis.FindingKind;
import org.partnershiphealth.diagnosis.Recommendation;
import org.partnershiphealth.diagnosis.RecommendationKind;
import org.partnershiphealth.disclosure.WithheldException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partnershiphealth.advisor.SurveyBuilder.survey;

/**
 * The calibration suite: synthetic partnerships written from the field guide's stories and a consultant's judgement,
 * each with the verdict the advisor must reach. Every case runs through the whole pipeline; the table of cases and
 * verdicts is docs/calibration.md (a test keeps it in sync: run with -Dcalibration.write=true to rewrite it).
 */
class CalibrationSuiteTest {

    private static final Advisor ADVISOR = Advisor.withShippedRules();
    private static final Path TABLE = Path.of("../docs/calibration.md");

    /** What the advisor must conclude; null or empty means "not checked". */
    record Verdict(Set<String> asserted, Set<String> toVerify, Set<String> notAsserted, Set<String> inFocus,
                   Set<String> notInFocus, int maxFocus, boolean divergence, Boolean groupsHeldBack,
                   Set<String> notApplicable, boolean withheld) {

        static Verdict of() {
            return new Verdict(Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), 5, false, null, Set.of(), false);
        }

        Verdict asserts(String... ids) {
            return new Verdict(Set.of(ids), toVerify, notAsserted, inFocus, notInFocus, maxFocus, divergence,
                    groupsHeldBack, notApplicable, withheld);
        }

        Verdict verifies(String... ids) {
            return new Verdict(asserted, Set.of(ids), notAsserted, inFocus, notInFocus, maxFocus, divergence,
                    groupsHeldBack, notApplicable, withheld);
        }

        Verdict never(String... ids) {
            return new Verdict(asserted, toVerify, Set.of(ids), inFocus, notInFocus, maxFocus, divergence,
                    groupsHeldBack, notApplicable, withheld);
        }

        Verdict focus(String... practices) {
            return new Verdict(asserted, toVerify, notAsserted, Set.of(practices), notInFocus, maxFocus, divergence,
                    groupsHeldBack, notApplicable, withheld);
        }

        Verdict notFocus(String... practices) {
            return new Verdict(asserted, toVerify, notAsserted, inFocus, Set.of(practices), maxFocus, divergence,
                    groupsHeldBack, notApplicable, withheld);
        }

        Verdict atMost(int focusItems) {
            return new Verdict(asserted, toVerify, notAsserted, inFocus, notInFocus, focusItems, divergence,
                    groupsHeldBack, notApplicable, withheld);
        }

        Verdict diverges() {
            return new Verdict(asserted, toVerify, notAsserted, inFocus, notInFocus, maxFocus, true, groupsHeldBack,
                    notApplicable, withheld);
        }

        Verdict heldBack(boolean held) {
            return new Verdict(asserted, toVerify, notAsserted, inFocus, notInFocus, maxFocus, divergence, held,
                    notApplicable, withheld);
        }

        Verdict skips(String... ids) {
            return new Verdict(asserted, toVerify, notAsserted, inFocus, notInFocus, maxFocus, divergence,
                    groupsHeldBack, Set.of(ids), withheld);
        }

        Verdict isWithheld() {
            return new Verdict(asserted, toVerify, notAsserted, inFocus, notInFocus, 0, divergence, groupsHeldBack,
                    notApplicable, true);
        }

        /** The verdict in words for the table. */
        String describe() {
            if (withheld) {
                return "nothing published (fewer than k respondents)";
            }
            List<String> parts = new ArrayList<>();
            parts.add(asserted.isEmpty() ? "no anti-pattern asserted" : "asserts " + sorted(asserted));
            if (!toVerify.isEmpty()) {
                parts.add("to verify: " + sorted(toVerify));
            }
            if (!notAsserted.isEmpty()) {
                parts.add("never asserts " + sorted(notAsserted));
            }
            if (!inFocus.isEmpty()) {
                parts.add("focus includes " + sorted(inFocus));
            }
            if (!notInFocus.isEmpty()) {
                parts.add("no action (other than sustaining a strength) on " + sorted(notInFocus));
            }
            parts.add("at most " + maxFocus + " focus items");
            if (divergence) {
                parts.add("names the groups that disagree");
            }
            if (groupsHeldBack != null) {
                parts.add(groupsHeldBack ? "holds groups back" : "shows every group of k or more");
            }
            if (!notApplicable.isEmpty()) {
                parts.add("skips " + sorted(notApplicable) + " as not applicable");
            }
            return String.join("; ", parts);
        }

        private static String sorted(Set<String> ids) {
            return String.join(", ", new TreeSet<>(ids));
        }
    }

    record Case(String name, String story, Supplier<SurveyBuilder> survey, Verdict verdict) {
    }

    private static Consumer<Map<String, Object>> set(Object... pairs) {
        return answers -> {
            for (int i = 0; i < pairs.length; i += 2) {
                answers.put((String) pairs[i], pairs[i + 1]);
            }
        };
    }

    private static SurveyBuilder healthy(long seed) {
        return survey(seed).respondents(6, "NONPROFIT", 4.3).respondents(5, "BUSINESS", 4.3)
                .respondents(4, "GOVERNMENT", 4.3);
    }

    static List<Case> cases() {
        return List.of(
                new Case("healthy", "strong on every practice, healthy facts",
                        () -> healthy(101).fact("backboneFte", 2).fact("partnerCount", 12)
                                .fact("turnoverPercentSinceLaunch", 5).fact("meetingsPerMonth", 3),
                        Verdict.of().atMost(2)),
                new Case("healthy-alarming-facts", "strong answers, but facts alone look worrying (16% turnover,"
                        + " four pilots none scaled, no follower support)",
                        () -> healthy(102).fact("turnoverPercentSinceLaunch", 16).fact("monthsSinceLaunch", 30)
                                .fact("activePilots", 4).fact("pilotsScaled24m", 0)
                                .fact("implementationSupportForFollowers", false),
                        Verdict.of().verifies("AP-NO-RELAUNCH-AFTER-TURNOVER", "AP-PILOTITIS",
                                        "AP-LEADERS-ONLY-COMMITMENTS")
                                .notFocus("PR11", "PR24", "PR21").atMost(2)),
                new Case("mildly-weak", "every practice a little below the line, nothing dramatic",
                        () -> survey(103).respondents(8, "NONPROFIT", 2.8).respondents(6, "BUSINESS", 2.8),
                        Verdict.of().atMost(5)),
                new Case("over-coordinated", "heavy meeting load that partners find a waste (field guide, practice 18)",
                        () -> survey(104).respondents(8, "GOVERNMENT", "PARTNER_REPRESENTATIVE", 3.6,
                                        set("Q18A", 2, "Q18B", 2, "Q18C", 5))
                                .respondents(6, "NONPROFIT", "PARTNER_REPRESENTATIVE", 3.6,
                                        set("Q18A", 2, "Q18B", 2, "Q18C", 4))
                                .fact("meetingsPerMonth", 12).fact("coordinationSharePercent", 45),
                        Verdict.of().asserts("AP-OVER-COORDINATION").focus("PR18")),
                new Case("funding-driven", "table set to win a grant, little shared history, purpose would not"
                        + " outlive the money (Relational Outcomes essay)",
                        () -> survey(105).respondents(6, "NONPROFIT", "PARTNER_REPRESENTATIVE", 3.4,
                                        set("Q01C", 5, "Q01A", 2))
                                .respondents(5, "BUSINESS", "PARTNER_REPRESENTATIVE", 3.4, set("Q01C", 4))
                                .fact("formationTrigger", "FUNDING_OPPORTUNITY")
                                .fact("monthsRelationshipBeforeFunding", 2),
                        Verdict.of().asserts("AP-FUNDING-DRIVEN-TABLE").focus("PR01")),
                new Case("parallel-play", "companies see parallel play, NGOs expect one team (field guide,"
                        + " practice 15), and some act alone where others expected to be asked",
                        () -> survey(106).respondents(8, "BUSINESS", "PARTNER_REPRESENTATIVE", 3.6,
                                        set("Q15A", 5, "Q15B", 5, "Q15C", 4, "Q15D", 4))
                                .respondents(8, "NONPROFIT", "PARTNER_REPRESENTATIVE", 3.6,
                                        set("Q15A", 1, "Q15B", 2, "Q15C", 4, "Q15D", 2)),
                        Verdict.of().asserts("AP-UNEXAMINED-INTEGRATION").focus("PR15").diverges()),
                new Case("different-models", "no one says partners disagree, but each sector places its own"
                        + " organisation differently: companies at parallel play, NGOs at one team; some act alone",
                        () -> survey(123).respondents(7, "BUSINESS", "PARTNER_REPRESENTATIVE", 3.7,
                                        set("Q15E", 5, "Q15C", 4))
                                .respondents(7, "NONPROFIT", "PARTNER_REPRESENTATIVE", 3.7, set("Q15E", 1, "Q15C", 4)),
                        Verdict.of().asserts("AP-UNEXAMINED-INTEGRATION").focus("PR15")),
                new Case("noisy-small-groups", "two groups of three about a point apart, each split within itself",
                        () -> survey(107).respondents(2, "BUSINESS", 4.6).respondents(1, "BUSINESS", 1.4)
                                .respondents(1, "NONPROFIT", 4.6).respondents(2, "NONPROFIT", 1.4)
                                .respondents(4, "GOVERNMENT", 3.2),
                        Verdict.of()),
                new Case("companies-targeted", "the work is for companies; no community members answered",
                        () -> survey(108).respondents(8, "BUSINESS", "PARTNER_REPRESENTATIVE", 3.7, set("Q22A", 2))
                                .respondents(6, "NONPROFIT", 3.7).fact("targetPopulation", "COMPANIES"),
                        Verdict.of().never("AP-INFLICTOR-INFLICTED")),
                new Case("community-designed-for", "the work is for residents; designed without them",
                        () -> survey(109).respondents(8, "GOVERNMENT", "PARTNER_REPRESENTATIVE", 3.5,
                                        set("Q22A", 2, "Q21C", 4))
                                .respondents(6, "NONPROFIT", "PARTNER_REPRESENTATIVE", 3.5, set("Q22A", 2, "Q21C", 4))
                                .fact("targetPopulation", "COMMUNITIES").fact("targetPopulationInDesign", false),
                        Verdict.of().asserts("AP-INFLICTOR-INFLICTED").focus("PR22")),
                new Case("short-form-pilotitis", "short form: pilots that never scale are still seen",
                        () -> survey(110).set("form", "SHORT").respondents(10, "NONPROFIT", "PARTNER_REPRESENTATIVE",
                                        3.6, shortFormOnly(set("Q24B", 2)))
                                .fact("partnershipAgeMonths", 48).fact("activePilots", 5).fact("pilotsScaled24m", 0),
                        Verdict.of().asserts("AP-PILOTITIS")),
                new Case("young-pilots", "pilots not yet scaled in a partnership 14 months old",
                        () -> survey(111).respondents(10, "NONPROFIT", "PARTNER_REPRESENTATIVE", 3.6, set("Q24B", 2))
                                .fact("partnershipAgeMonths", 14).fact("activePilots", 5).fact("pilotsScaled24m", 0),
                        Verdict.of().never("AP-PILOTITIS").skips("AP-PILOTITIS")),
                new Case("unstaffed-backbone", "twelve partners and a fifth of a post to run it",
                        () -> survey(112).respondents(10, "NONPROFIT", "PARTNER_REPRESENTATIVE", 3.5,
                                        set("Q17D", 2, "Q17C", 4))
                                .fact("backboneFte", 0.2).fact("partnerCount", 12),
                        Verdict.of().asserts("AP-UNSTAFFED-BACKBONE")),
                new Case("new-ask-too-few-touches", "asked to act on a new ask after eight touches",
                        () -> survey(113).respondents(10, "NONPROFIT", "PARTNER_REPRESENTATIVE", 3.6, set("Q02C", 4))
                                .fact("touchesBeforeAsk", 8).fact("askIsNew", true),
                        Verdict.of().asserts("AP-UNDER-COMMUNICATION")),
                new Case("known-ask-enough-touches", "the same eight touches for an ask people already know",
                        () -> survey(114).respondents(10, "NONPROFIT", "PARTNER_REPRESENTATIVE", 3.6, set("Q02C", 4))
                                .fact("touchesBeforeAsk", 8).fact("askIsNew", false),
                        Verdict.of().never("AP-UNDER-COMMUNICATION")),
                new Case("relaunch-due", "a fifth of the seats changed since launch and newcomers never agreed the"
                        + " ways of working (field guide: relaunch at 15%)",
                        () -> survey(115).respondents(10, "NONPROFIT", "PARTNER_REPRESENTATIVE", 3.6, set("Q11C", 4))
                                .fact("turnoverPercentSinceLaunch", 20).fact("monthsSinceLaunch", 26),
                        Verdict.of().asserts("AP-NO-RELAUNCH-AFTER-TURNOVER").focus("PR11")),
                new Case("turnover-just-under", "14% turnover since launch: below the relaunch line",
                        () -> survey(116).respondents(10, "NONPROFIT", "PARTNER_REPRESENTATIVE", 3.6, set("Q11C", 4))
                                .fact("turnoverPercentSinceLaunch", 14).fact("monthsSinceLaunch", 26),
                        Verdict.of().never("AP-NO-RELAUNCH-AFTER-TURNOVER")),
                new Case("sparse-facts", "weak answers, no facts recorded: only what respondents corroborate",
                        () -> survey(117).respondents(10, "NONPROFIT", "PARTNER_REPRESENTATIVE", 3.4,
                                set("Q27D", 4)),
                        Verdict.of().verifies("AP-FIXING-WEAKNESSES").notFocus("PR27")),
                new Case("nested-leaders", "every nonprofit respondent is a leader, one government leader too",
                        () -> survey(118).respondents(3, "NONPROFIT", "LEADERSHIP", 3.5, null)
                                .respondents(1, "GOVERNMENT", "LEADERSHIP", 3.5, null)
                                .respondents(4, "BUSINESS", "PARTNER_REPRESENTATIVE", 3.5, null)
                                .respondents(3, "ACADEMIC", "PARTNER_REPRESENTATIVE", 3.5, null),
                        Verdict.of().heldBack(true)),
                new Case("two-respondents", "only two people answered",
                        () -> survey(119).respondents(2, "NONPROFIT", 3.5),
                        Verdict.of().isWithheld()),
                new Case("split-views", "half the partners rate follow-up highly, half poorly, in every sector",
                        () -> survey(120).respondents(4, "NONPROFIT", "PARTNER_REPRESENTATIVE", 3.5,
                                        set("Q19A", 5, "Q19B", 1, "Q19C", 1))
                                .respondents(4, "NONPROFIT", "PARTNER_REPRESENTATIVE", 3.5,
                                        set("Q19A", 1, "Q19B", 5, "Q19C", 5)),
                        Verdict.of().notFocus("PR19")),
                new Case("pledges-without-help", "forty organisations pledged; nobody helps their staff deliver",
                        () -> survey(121).respondents(10, "BUSINESS", "PARTNER_REPRESENTATIVE", 3.6, set("Q21D", 2))
                                .fact("pledgeModel", true).fact("partnerCount", 40)
                                .fact("implementationSupportForFollowers", false),
                        Verdict.of().asserts("AP-LEADERS-ONLY-COMMITMENTS")),
                new Case("no-pledge-model", "the same answers where nobody is asked to pledge",
                        () -> survey(122).respondents(10, "BUSINESS", "PARTNER_REPRESENTATIVE", 3.6, set("Q21D", 2))
                                .fact("pledgeModel", false).fact("implementationSupportForFollowers", false),
                        Verdict.of().never("AP-LEADERS-ONLY-COMMITMENTS").skips("AP-LEADERS-ONLY-COMMITMENTS")),
                new Case("home-organisation-wins", "dual loyalty never worked through: the home organisation wins every"
                        + " clash and people sit at the table as delegates (field guide, principle 3)",
                        () -> survey(124).respondents(6, "GOVERNMENT", "PARTNER_REPRESENTATIVE", 3.6,
                                        set("Q12D", 4, "Q12C", 4))
                                .respondents(6, "NONPROFIT", "PARTNER_REPRESENTATIVE", 3.6, set("Q12D", 5, "Q12C", 4)),
                        Verdict.of().asserts("AP-HOME-ORGANISATION-WINS")),
                new Case("businesses-better-alone", "the companies think they could do it alone and see little"
                        + " return; the NGOs do not (field guide, practice 15)",
                        () -> survey(125).respondents(6, "BUSINESS", "PARTNER_REPRESENTATIVE", 3.6,
                                        set("Q15F", 5, "Q07A", 2, "Q14B", 4))
                                .respondents(6, "NONPROFIT", "PARTNER_REPRESENTATIVE", 3.6, set("Q15F", 1, "Q14B", 4)),
                        Verdict.of().asserts("AP-BETTER-ALONE")),
                new Case("unequal-stakes", "frontline nonprofits say they carry the risk and go unrecognised; the"
                        + " funders see a fair deal (UpMetrics essay)",
                        () -> survey(126).respondents(4, "FUNDER", "PARTNER_REPRESENTATIVE", 3.6,
                                        set("Q17E", 5, "Q08A", 5))
                                .respondents(7, "NONPROFIT", "PARTNER_REPRESENTATIVE", 3.6, set("Q17E", 2, "Q08A", 2)),
                        Verdict.of().asserts("AP-UNEQUAL-STAKES").diverges()),
                new Case("own-past-only", "progress judged only against last year; nobody looks at other ways of"
                        + " tackling the problem (field guide, principle 6)",
                        () -> survey(127).respondents(10, "NONPROFIT", "PARTNER_REPRESENTATIVE", 3.6, set("Q25D", 2))
                                .fact("comparedWithAlternatives12m", false),
                        Verdict.of().asserts("AP-OWN-PAST-ONLY")));
    }

    private static Consumer<Map<String, Object>> shortFormOnly(Consumer<Map<String, Object>> then) {
        Set<String> shortForm = ADVISOR.knowledge().questionnaire().shortForm().stream().map(q -> q.id())
                .collect(Collectors.toSet());
        return answers -> {
            answers.keySet().retainAll(shortForm);
            then.accept(answers);
        };
    }

    @TestFactory
    Stream<DynamicTest> everyCaseReachesItsVerdict() {
        return cases().stream().map(c -> DynamicTest.dynamicTest(c.name() + ": " + c.story(), () -> check(c)));
    }

    private static void check(Case c) {
        byte[] json = c.survey().get().json().getBytes(StandardCharsets.UTF_8);
        Diagnosis d;
        try {
            d = ADVISOR.diagnose(new SurveyReader(ADVISOR.knowledge()).read(c.name() + ".json", json,
                    IntakeOptions.strict(), null));
        } catch (WithheldException e) {
            assertThat(c.verdict().withheld()).as("%s was withheld: %s", c.name(), e.getMessage()).isTrue();
            return;
        }
        Verdict v = c.verdict();
        assertThat(v.withheld()).as(c.name() + " should have been withheld").isFalse();
        List<Finding> antiPatterns = d.findings().stream().filter(f -> f.kind() == FindingKind.ANTI_PATTERN).toList();
        Set<String> asserted = antiPatterns.stream().filter(Finding::asserted).map(Finding::antiPatternId)
                .collect(Collectors.toSet());
        Set<String> toVerify = antiPatterns.stream().filter(f -> !f.asserted()).map(Finding::antiPatternId)
                .collect(Collectors.toSet());
        Set<String> focus = d.focus().stream().map(Recommendation::practiceId).collect(Collectors.toSet());
        assertThat(asserted).as(c.name() + ": asserted anti-patterns").isEqualTo(v.asserted());
        assertThat(toVerify).as(c.name() + ": to verify").containsAll(v.toVerify());
        assertThat(asserted.stream().filter(v.notAsserted()::contains)).as(c.name() + ": never asserted").isEmpty();
        assertThat(focus).as(c.name() + ": focus").containsAll(v.inFocus());
        assertThat(d.focus().stream().filter(r -> r.kind() != RecommendationKind.SUSTAIN)
                .map(Recommendation::practiceId).filter(v.notInFocus()::contains))
                .as(c.name() + ": no action on; focus is "
                        + d.focus().stream().map(r -> r.practiceId() + " " + r.kind() + " " + r.basedOn()).toList())
                .isEmpty();
        assertThat(d.focus()).as(c.name() + ": focus size").hasSizeLessThanOrEqualTo(v.maxFocus());
        assertThat(d.findings().stream().anyMatch(f -> f.kind() == FindingKind.DIVERGENCE))
                .as(c.name() + ": divergence").isEqualTo(v.divergence());
        if (v.groupsHeldBack() != null) {
            assertThat(d.disclosure().groupsHeldBack()).as(c.name() + ": groups held back")
                    .isEqualTo(v.groupsHeldBack());
        }
        assertThat(d.method().notApplicable()).extracting(Diagnosis.NotApplicable::antiPatternId)
                .as(c.name() + ": not applicable").containsExactlyInAnyOrderElementsOf(v.notApplicable());
    }

    @Test
    void theTableInDocsListsEveryCaseAndItsVerdict() throws IOException {
        StringBuilder table = new StringBuilder("""
                # Calibration suite

                Synthetic partnerships written from the field guide's stories and a consultant's judgement, each with
                the verdict the advisor must reach. They run in CI (`CalibrationSuiteTest`); this table is generated
                from the same definitions (`./mvnw -pl advisor test -Dtest=CalibrationSuiteTest -Dcalibration.write=true`
                rewrites it).

                | case | situation | expected verdict |
                |---|---|---|
                """);
        for (Case c : cases()) {
            table.append("| ").append(c.name()).append(" | ").append(c.story()).append(" | ")
                    .append(c.verdict().describe()).append(" |\n");
        }
        if (Boolean.getBoolean("calibration.write")) {
            Files.writeString(TABLE, table.toString());
        }
        assertThat(Files.readString(TABLE)).as("docs/calibration.md is out of date; rewrite it with"
                + " -Dcalibration.write=true").isEqualTo(table.toString());
    }
}
