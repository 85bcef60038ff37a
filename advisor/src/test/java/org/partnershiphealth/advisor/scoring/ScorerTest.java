package org.partnershiphealth.advisor.scoring;

import org.junit.jupiter.api.Test;
import org.partnershiphealth.advisor.SurveyBuilder;
import org.partnershiphealth.assessment.Answer;
import org.partnershiphealth.assessment.AssessmentInput;
import org.partnershiphealth.assessment.Partnership;
import org.partnershiphealth.assessment.Profile;
import org.partnershiphealth.assessment.QuestionnaireForm;
import org.partnershiphealth.assessment.Respondent;
import org.partnershiphealth.assessment.Role;
import org.partnershiphealth.assessment.Sector;
import org.partnershiphealth.assessment.Tenure;
import org.partnershiphealth.diagnosis.Band;
import org.partnershiphealth.diagnosis.GroupDimension;
import org.partnershiphealth.diagnosis.GroupScore;
import org.partnershiphealth.diagnosis.PracticeScore;
import org.partnershiphealth.diagnosis.Scores;
import org.partnershiphealth.rules.ThresholdsFile;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ScorerTest {

    private final Scorer scorer = new Scorer(SurveyBuilder.KB, ThresholdsFile.defaults());

    private static Respondent respondent(String id, Sector sector, Role role, Map<String, Answer> answers) {
        return new Respondent(id, new Profile(sector, role, Tenure.OVER_3_YEARS), answers, Map.of());
    }

    private static Scores score(Scorer scorer, List<Respondent> respondents) {
        return scorer.score(new AssessmentInput(new Partnership("p", "P"), "2026", QuestionnaireForm.FULL, null,
                respondents)).scores();
    }

    private static PracticeScore practice(Scores scores, String id) {
        return scores.practices().stream().filter(p -> p.practiceId().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void reverseItemsAreFlippedAndDontKnowIsLeftOut() {
        // PR18: Q18A and Q18B positive, Q18C reverse. Agreeing 4 with Q18A, 4 with Q18B and 2 with Q18C all mean 4.
        List<Respondent> respondents = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            respondents.add(respondent("a" + i, Sector.BUSINESS, Role.LEADERSHIP,
                    Map.of("Q18A", Answer.of(4), "Q18B", Answer.of(4), "Q18C", Answer.of(2))));
            respondents.add(respondent("b" + i, Sector.BUSINESS, Role.LEADERSHIP,
                    Map.of("Q18A", Answer.of(2), "Q18B", Answer.dontKnow(), "Q18C", Answer.of(4))));
            respondents.add(respondent("c" + i, Sector.BUSINESS, Role.LEADERSHIP,
                    Map.of("Q18A", Answer.dontKnow(), "Q18B", Answer.dontKnow())));
        }

        Scores scores = score(scorer, respondents);

        PracticeScore pr18 = practice(scores, "PR18");
        // item means: Q18A 3, Q18B 4 (only the "a" respondents), Q18C 3 flipped to 3
        assertThat(pr18.mean()).isEqualTo(3.33);
        assertThat(pr18.n()).as("the \"c\" respondents only said don't know").isEqualTo(6);
        assertThat(pr18.dontKnowCount()).isEqualTo(3);
        assertThat(pr18.dontKnowShare()).isEqualTo(0.33);
        assertThat(pr18.standardDeviation()).as("spread of the respondents' own scores, 4 and 2").isEqualTo(1.1);
        assertThat(pr18.band()).isEqualTo(Band.WATCH);
        var q18c = scores.questions().stream().filter(q -> q.questionId().equals("Q18C")).findFirst().orElseThrow();
        assertThat(q18c.agreement()).as("items keep their raw agreement for the anti-pattern rules").isEqualTo(3.0);
    }

    @Test
    void scoresFewerThanKPeopleAnsweredAreWithheld() {
        List<Respondent> respondents = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            respondents.add(respondent("r" + i, Sector.BUSINESS, Role.LEADERSHIP,
                    Map.of("Q18A", Answer.of(4), "Q18B", i < 2 ? Answer.of(5) : Answer.dontKnow())));
        }

        Scores scores = score(scorer, respondents);

        assertThat(scores.questions()).extracting(q -> q.questionId()).containsExactly("Q18A");
        assertThat(practice(scores, "PR18").mean()).as("from the items that may be shown").isEqualTo(4.0);
    }

    @Test
    void principleScoresAverageTheirPracticesAndTheIndexMapsOntoZeroToHundred() {
        Map<String, Answer> allFives = new HashMap<>();
        Map<String, Answer> allThrees = new HashMap<>();
        SurveyBuilder.KB.questionnaire().items().forEach(q -> {
            allFives.put(q.id(), Answer.of(q.reverse() ? 1 : 5));
            allThrees.put(q.id(), Answer.of(3));
        });

        List<Respondent> respondents = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            respondents.add(respondent("a" + i, Sector.BUSINESS, Role.LEADERSHIP, allFives));
            respondents.add(respondent("b" + i, Sector.NONPROFIT, Role.LEADERSHIP, allThrees));
        }

        Scores scores = score(scorer, respondents);

        assertThat(scores.principles()).hasSize(6).allSatisfy(p -> assertThat(p.mean()).isEqualTo(4.0));
        assertThat(scores.healthIndex()).isEqualTo(75.0);
        assertThat(scores.healthBand()).isEqualTo(Band.STRENGTH);
        assertThat(scores.respondents()).isEqualTo(6);
    }

    @Test
    void groupsBelowTheAnonymityLimitAreNotScored() {
        List<Respondent> respondents = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            respondents.add(respondent("b" + i, Sector.BUSINESS, Role.PARTNER_REPRESENTATIVE, Map.of("Q15A", Answer.of(4))));
        }
        for (int i = 0; i < 3; i++) {
            respondents.add(respondent("n" + i, Sector.NONPROFIT, Role.PARTNER_REPRESENTATIVE, Map.of("Q15A", Answer.of(2))));
        }
        for (int i = 0; i < 3; i++) {
            respondents.add(respondent("g" + i, Sector.GOVERNMENT, Role.PARTNER_REPRESENTATIVE, Map.of("Q15A", Answer.of(3))));
        }
        respondents.add(respondent("c", Sector.COMMUNITY, Role.COMMUNITY_MEMBER, Map.of("Q15A", Answer.of(1))));

        List<GroupScore> sectors = score(scorer, respondents).groups().stream()
                .filter(g -> g.dimension() == GroupDimension.SECTOR && g.subjectId().equals("Q15A")).toList();

        // COMMUNITY (1) is withheld; so is one more sector, or total minus the others would reveal it: of the two
        // equally large choices, the one earlier by name stays
        assertThat(sectors).extracting(GroupScore::group).containsExactly("BUSINESS", "GOVERNMENT");
        int shown = sectors.stream().mapToInt(GroupScore::n).sum();
        assertThat(respondents.size() - shown).isGreaterThanOrEqualTo(3);
    }

    @Test
    void noWithheldGroupCanBeRecoveredBySubtractionWhateverTheGroupSizes() {
        for (int seed = 0; seed < 200; seed++) {
            java.util.Random random = new java.util.Random(seed);
            List<Respondent> respondents = new ArrayList<>();
            for (Sector sector : Sector.values()) {
                int size = random.nextInt(6);
                for (int i = 0; i < size; i++) {
                    respondents.add(respondent(sector + "-" + i, sector, Role.values()[random.nextInt(4)],
                            Map.of("Q01A", Answer.of(1 + random.nextInt(5)))));
                }
            }
            Scores scores = score(scorer, respondents);
            for (GroupDimension dimension : GroupDimension.values()) {
                List<GroupScore> shown = scores.groups().stream()
                        .filter(g -> g.dimension() == dimension && g.subjectId().equals("P1")).toList();
                int remainder = respondents.size() - shown.stream().mapToInt(GroupScore::n).sum();
                assertThat(shown).allSatisfy(g -> assertThat(g.n()).isGreaterThanOrEqualTo(3));
                assertThat(remainder == 0 || remainder >= 3)
                        .as("seed %d, %s: %d respondents left over", seed, dimension, remainder).isTrue();
            }
        }
    }

    @Test
    void aLargerAnonymityLimitWithholdsMore() {
        Scorer strict = new Scorer(SurveyBuilder.KB, ThresholdsFile.defaults().withMinGroupSize(5));
        List<Respondent> respondents = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            respondents.add(respondent("b" + i, Sector.BUSINESS, Role.LEADERSHIP, Map.of("Q01A", Answer.of(4))));
            respondents.add(respondent("n" + i, Sector.NONPROFIT, Role.LEADERSHIP, Map.of("Q01A", Answer.of(4))));
        }

        assertThat(score(strict, respondents).groups()).filteredOn(g -> g.dimension() == GroupDimension.SECTOR).isEmpty();
        assertThat(score(scorer, respondents).groups()).filteredOn(g -> g.dimension() == GroupDimension.SECTOR)
                .isNotEmpty();
    }
}
