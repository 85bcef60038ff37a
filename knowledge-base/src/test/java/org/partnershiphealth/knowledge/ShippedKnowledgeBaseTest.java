package org.partnershiphealth.knowledge;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The content we ship is complete: what the issue, the rules and the reports rely on is all there. */
class ShippedKnowledgeBaseTest {

    private static KnowledgeBase kb;

    @BeforeAll
    static void load() {
        kb = KnowledgeBaseLoader.loadDefault();
    }

    @Test
    void definesTheSixPrinciplesAndTheTwentySevenPracticesOfTheFieldGuide() {
        assertThat(kb.principles()).extracting(Principle::id).containsExactly("P1", "P2", "P3", "P4", "P5", "P6");
        assertThat(kb.practices()).extracting(Practice::id)
                .containsExactlyElementsOf(KnowledgeBaseValidator.PRACTICE_IDS);
        assertThat(kb.practicesOf("P2")).extracting(Practice::id)
                .containsExactly("PR04", "PR05", "PR06", "PR07", "PR08", "PR09", "PR10");
        assertThat(kb.practicesOf("P6")).extracting(Practice::id).containsExactly("PR25", "PR26", "PR27");
    }

    @Test
    void coversTheAntiPatternsTheSourceDocumentsWarnAbout() {
        assertThat(kb.antiPatterns()).hasSizeGreaterThanOrEqualTo(18);
        assertThat(kb.antiPatterns()).extracting(AntiPattern::id).contains(
                "AP-FUNDING-DRIVEN-TABLE", "AP-OVER-COORDINATION", "AP-UNDER-COORDINATION",
                "AP-COOPERATION-NOT-COLLABORATION", "AP-GOTCHA-ACCOUNTABILITY", "AP-COMPLIANCE-ONLY-ALIGNMENT",
                "AP-CREDIT-GRABBING", "AP-IN-NEVER-ON", "AP-UNEXAMINED-INTEGRATION", "AP-GROUNDHOG-DAY",
                "AP-INFLICTOR-INFLICTED", "AP-BIG-BANG-ROLLOUT", "AP-PILOTITIS", "AP-METRIC-PROLIFERATION",
                "AP-DATA-DIVORCED-FROM-LEARNING", "AP-PERISHABLE-IN-KIND", "AP-ASSOCIATION-AS-ONLY-VOICE",
                "AP-NO-RELAUNCH-AFTER-TURNOVER", "AP-OVERDRAWN-RELATIONSHIP-BANK", "AP-UNSTAFFED-BACKBONE",
                "AP-FIXING-WEAKNESSES", "AP-LEADERS-ONLY-COMMITMENTS", "AP-UNDER-COMMUNICATION");
    }

    @Test
    void theShortFormMeasuresEveryPracticeAndSeesEveryAntiPatternInAboutTwelveMinutes() {
        Questionnaire questionnaire = kb.questionnaire();
        assertThat(questionnaire.fullForm()).hasSizeGreaterThanOrEqualTo(54);
        assertThat(questionnaire.shortForm()).hasSizeBetween(27, 40);
        assertThat(Questionnaire.answerMinutes(questionnaire.shortForm())).isLessThanOrEqualTo(10);
        assertThat(kb.antiPatterns()).allSatisfy(antiPattern -> assertThat(antiPattern.detection().questions())
                .as(antiPattern.id()).anyMatch(id -> kb.question(id).orElseThrow().shortForm()));
        assertThat(questionnaire.shortForm().stream().flatMap(q -> q.practices().stream()).distinct())
                .hasSize(27);
        for (Practice practice : kb.practices()) {
            assertThat(kb.questionsFor(practice.id())).as(practice.id()).hasSizeGreaterThanOrEqualTo(2);
        }
    }

    @Test
    void someItemsAreReverseScoredInEveryPartOfTheQuestionnaire() {
        Set<String> principlesWithReverseItems = kb.questionnaire().fullForm().stream()
                .filter(Question::reverse)
                .map(q -> kb.practice(q.practices().get(0)).principle())
                .collect(Collectors.toSet());
        assertThat(principlesWithReverseItems).containsExactlyInAnyOrder("P1", "P2", "P3", "P4", "P5", "P6");
    }

    @Test
    void theRespondentProfileOffersEverySectorRoleAndTenure() {
        var profile = kb.questionnaire().profile();
        assertThat(profile.sector()).extracting(Option::code)
                .containsExactly("BUSINESS", "NONPROFIT", "GOVERNMENT", "FUNDER", "ACADEMIC", "COMMUNITY");
        assertThat(profile.role()).extracting(Option::code)
                .containsExactly("LEADERSHIP", "PARTNER_REPRESENTATIVE", "BACKBONE_STAFF", "COMMUNITY_MEMBER");
        assertThat(profile.tenure()).hasSize(3);
        assertThat(kb.questionnaire().open()).hasSizeBetween(1, 2);
        assertThat(kb.questionnaire().dontKnow()).containsIgnoringCase("know");
    }

    @Test
    void everyPracticeOffersThreeToSevenFirstStepsAndASustainingAction() {
        for (Practice practice : kb.practices()) {
            assertThat(practice.actions()).as(practice.id()).hasSizeBetween(3, 7);
            assertThat(practice.actions()).as(practice.id()).allMatch(action -> !action.answers().isEmpty());
            assertThat(practice.actions().stream().filter(action -> action.appliesWhen().isEmpty()))
                    .as(practice.id() + " steps that fit any partnership").hasSizeGreaterThanOrEqualTo(2);
            assertThat(practice.sustainingAction()).as(practice.id()).isNotBlank();
            assertThat(practice.effort()).as(practice.id()).isNotNull();
        }
    }

    @Test
    void prerequisitesFollowTheFieldGuidesOrderOfFoundations() {
        assertThat(kb.practice("PR04").prerequisites()).as("governance before fundraising").contains("PR17");
        assertThat(kb.practice("PR22").prerequisites()).as("the target population's job before co-creation")
                .contains("PR21");
        assertThat(kb.practice("PR26").prerequisites()).as("fewest critical metrics before data stories")
                .contains("PR25");
        assertThat(kb.practice("PR07").prerequisites()).as("fewest critical metrics before ROI narratives")
                .contains("PR25");
    }

    @Test
    void everyAntiPatternIsLinkedFromAtLeastOnePracticeItRelatesTo() {
        Set<String> linked = kb.practices().stream().map(Practice::antiPatterns).flatMap(Collection::stream)
                .collect(Collectors.toSet());
        List<String> orphans = kb.antiPatterns().stream().map(AntiPattern::id).filter(id -> !linked.contains(id))
                .toList();
        assertThat(orphans).as("anti-patterns no practice mentions").isEmpty();
    }

    @Test
    void theRelaunchRuleOfThumbIsRecordedWhereConsultantsLook() {
        assertThat(kb.fact("turnoverPercentSinceLaunch").meaning()).contains("15%");
        assertThat(kb.antiPattern("AP-NO-RELAUNCH-AFTER-TURNOVER").detection().facts())
                .contains("turnoverPercentSinceLaunch");
        assertThat(kb.antiPattern("AP-NO-RELAUNCH-AFTER-TURNOVER").remedies()).contains("PR11");
    }

    @Test
    void theKnowledgeBaseHasAVersionForReportsToCite() {
        assertThat(kb.version()).matches("\\d{4}\\.\\d{2}.*");
    }

    @Test
    void commentPhrasesTieAPartnersWordsToTheirPattern() {
        var overCoordination = kb.antiPattern("AP-OVER-COORDINATION").detection();

        assertThat(overCoordination.mentionedIn("Cut the Standing Meetings in half, please.")).isTrue();
        assertThat(overCoordination.mentionedIn("The monthly call is short and useful.")).isFalse();
        assertThat(kb.antiPatterns()).filteredOn(a -> !a.detection().comments().isEmpty()).hasSizeGreaterThan(10);
    }

    @Test
    void aNegatedPhraseIsNotAMention() {
        var betterAlone = kb.antiPattern("AP-BETTER-ALONE").detection();

        assertThat(betterAlone.mentionedIn("Honestly these meetings are a waste of our time.")).isTrue();
        assertThat(betterAlone.mentionedIn("The meetings are not a waste of our time at all.")).isFalse();
        assertThat(betterAlone.mentionedIn("It isn't a waste of our time, but it is a waste of our time when"
                + " nobody prepares.")).isTrue();
        assertThat(betterAlone.mentionedIn("We couldn\u2019t do this ourselves.")).isFalse();
    }

    @Test
    void theRelationshipModelDecidesWhoIsAskedToConvene() {
        List<Action> steps = kb.practice("PR17").actions();

        assertThat(steps).filteredOn(step -> step.appliesWhen().stream()
                .anyMatch(context -> context.fact().equals("relationshipModel"))).hasSize(2);
        Map<String, Object> peers = Map.of("relationshipModel", "PEER");
        assertThat(steps).filteredOn(step -> Context.firstFailing(step.appliesWhen(), peers).isEmpty())
                .noneMatch(step -> step.text().contains("sub-agreements"));
    }

    @Test
    void theSpanishQuestionnaireAsksTheSameStatementsInTheSameOrderWithEveryTextTranslated() {
        KnowledgeBase kb = KnowledgeBaseLoader.loadDefault();
        Questionnaire english = kb.questionnaire();
        Questionnaire spanish = kb.questionnaire("es");

        assertThat(kb.languages()).containsExactly(java.util.Map.entry("en", "English"),
                java.util.Map.entry("es", "Español"));
        assertThat(spanish.items()).extracting(Question::id).containsExactlyElementsOf(
                english.items().stream().map(Question::id).toList());
        assertThat(spanish.shortForm()).extracting(Question::id).containsExactlyElementsOf(
                english.shortForm().stream().map(Question::id).toList());
        for (int i = 0; i < english.items().size(); i++) {
            Question en = english.items().get(i);
            Question es = spanish.items().get(i);
            assertThat(es.text()).as(en.id()).isNotBlank().isNotEqualTo(en.text());
            assertThat(es.reverse()).as("scored as in English: " + en.id()).isEqualTo(en.reverse());
            assertThat(es.practices()).isEqualTo(en.practices());
        }
        assertThat(spanish.scale()).extracting(Questionnaire.ScalePoint::label)
                .containsExactly("Muy en desacuerdo", "En desacuerdo", "Ni de acuerdo ni en desacuerdo", "De acuerdo",
                        "Muy de acuerdo");
        assertThat(kb.questionnaire("xx")).as("a language without a translation falls back to English")
                .isSameAs(english);
    }
}
