package org.partnershiphealth.knowledge;

import java.util.List;

/**
 * A Likert item of the questionnaire; reverse items are flipped (6 - x) before scoring. A {@code position} item asks
 * where the respondent's own organisation stands between two models (e.g. side by side or one team): neither end
 * is healthier, so it never counts towards a practice's score; the rules read how spread the positions are.
 */
public record Question(
        String id,
        List<String> practices,
        String text,
        boolean reverse,
        boolean shortForm,
        Boolean position,
        List<String> formerTexts) {

    /**
     * {@code position} may be left out of the YAML: an item is an ordinary judgement unless marked.
     * {@code formerTexts}: earlier wordings, so that exports of rounds asked with them still match the item.
     */
    public Question {
        practices = Content.listOf(practices);
        position = Boolean.TRUE.equals(position);
        formerTexts = Content.listOf(formerTexts);
    }

    public boolean isPosition() {
        return position;
    }

    /** Whether the item counts towards the practice's score (position items never do). */
    public boolean measures(String practiceId) {
        return !position && practices.contains(practiceId);
    }
}
