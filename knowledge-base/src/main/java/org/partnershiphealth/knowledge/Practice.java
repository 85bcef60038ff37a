package org.partnershiphealth.knowledge;

import java.util.List;

/** One of the 27 practices of the Partnership Engagement System, numbered as in the field guide. */
public record Practice(
        String id,
        String principle,
        String title,
        String summary,
        String whyItMatters,
        List<String> signalsOfWeakness,
        List<Action> actions,
        String sustainingAction,
        String guideExample,
        List<String> prerequisites,
        List<String> antiPatterns,
        Effort effort) {

    public Practice {
        signalsOfWeakness = Content.listOf(signalsOfWeakness);
        actions = Content.listOf(actions);
        prerequisites = Content.listOf(prerequisites);
        antiPatterns = Content.listOf(antiPatterns);
    }

    /** The field guide's number, 1..27. */
    public int number() {
        return Integer.parseInt(id.substring(2));
    }
}
