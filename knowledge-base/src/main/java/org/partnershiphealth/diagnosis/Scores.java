package org.partnershiphealth.diagnosis;

import java.util.List;

/** The scored assessment: per practice, per principle, per shown group, and the overall health index 0..100. */
public record Scores(
        int respondents,
        List<PracticeScore> practices,
        List<PrincipleScore> principles,
        List<GroupScore> groups,
        double healthIndex,
        Band healthBand) {

    public Scores {
        practices = List.copyOf(practices);
        principles = List.copyOf(principles);
        groups = groups == null ? List.of() : List.copyOf(groups);
    }
}
