package org.partnershiphealth.diagnosis;

import java.util.List;

/**
 * The scored assessment: per questionnaire item, per practice, per principle, per shown group (only groups of at
 * least k respondents), and the overall health index 0..100.
 */
public record Scores(
        int respondents,
        List<QuestionScore> questions,
        List<PracticeScore> practices,
        List<PrincipleScore> principles,
        List<GroupScore> groups,
        double healthIndex,
        Band healthBand) {

    public Scores {
        questions = questions == null ? List.of() : List.copyOf(questions);
        practices = List.copyOf(practices);
        principles = List.copyOf(principles);
        groups = groups == null ? List.of() : List.copyOf(groups);
    }
}
