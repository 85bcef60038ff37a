package org.partnershiphealth.knowledge;

import java.util.List;

/**
 * A recurring way partnerships fail, with how to detect it and which practices remedy it. {@code firstStep},
 * where given, is the action that must come before any practice's own steps (e.g. staffing an unstaffed
 * backbone); the plan lists it first wherever the anti-pattern drives a focus item.
 */
public record AntiPattern(
        String id,
        String name,
        String description,
        Detection detection,
        String harm,
        List<String> remedies,
        double baseSeverity,
        String source,
        String firstStep) {

    public AntiPattern {
        remedies = Content.listOf(remedies);
        detection = detection == null ? new Detection(null, null, null, null) : detection;
    }

    /**
     * Which partnership facts and question answers reveal the anti-pattern, the condition in words, and the
     * question a consultant should ask when the signals seen are too thin to assert it.
     */
    public record Detection(List<String> facts, List<String> questions, String signal, String verify) {
        public Detection {
            facts = Content.listOf(facts);
            questions = Content.listOf(questions);
        }
    }
}
