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
        String firstStep,
        List<Context> appliesWhen) {

    public AntiPattern {
        remedies = Content.listOf(remedies);
        appliesWhen = Content.listOf(appliesWhen);
        detection = detection == null ? new Detection(null, null, null, null, null) : detection;
    }

    /**
     * Which partnership facts and question answers reveal the anti-pattern, the condition in words, and the
     * question a consultant should ask when the signals seen are too thin to assert it, and the phrases that tie a
     * partner's comment to it.
     */
    public record Detection(List<String> facts, List<String> questions, String signal, String verify,
                            List<String> comments) {
        public Detection {
            facts = Content.listOf(facts);
            questions = Content.listOf(questions);
            comments = Content.listOf(comments);
        }

        /** Whether a comment uses one of the pattern's phrases (case-insensitive). */
        public boolean mentionedIn(String comment) {
            String text = comment.toLowerCase(java.util.Locale.ROOT);
            return comments.stream().anyMatch(text::contains);
        }
    }

    /**
     * A context the anti-pattern needs: the recorded fact must be one of {@code anyOf} (enum codes, or true/false)
     * or at least {@code atLeast}. An unrecorded fact never rules a check out. {@code otherwise} says, for the
     * method section, why the check was skipped when the context does not hold.
     */
    public record Context(String fact, List<String> anyOf, Double atLeast, String otherwise) {
        public Context {
            anyOf = Content.listOf(anyOf);
        }
    }
}
