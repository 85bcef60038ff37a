package org.partnershiphealth.knowledge;

import java.util.List;

/** A Likert item of the questionnaire; reverse items are flipped (6 - x) before scoring. */
public record Question(
        String id,
        List<String> practices,
        String text,
        boolean reverse,
        boolean shortForm) {

    public Question {
        practices = Content.listOf(practices);
    }

    public boolean measures(String practiceId) {
        return practices.contains(practiceId);
    }
}
