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

        /**
         * Whether a comment uses one of the pattern's phrases (case-insensitive), other than negated: an occurrence
         * with "not", "never", "no" or a "n't" among the three words before it ("meetings are not a waste of our
         * time") does not count.
         */
        public boolean mentionedIn(String comment) {
            String text = comment.toLowerCase(java.util.Locale.ROOT).replace('\u2019', '\'');
            return comments.stream().anyMatch(phrase -> affirmed(text, phrase));
        }

        private static boolean affirmed(String text, String phrase) {
            for (int at = text.indexOf(phrase); at >= 0; at = text.indexOf(phrase, at + 1)) {
                String[] before = text.substring(0, at).trim().split("[^\\p{L}']+");
                boolean negated = false;
                for (int i = Math.max(0, before.length - 3); i < before.length; i++) {
                    negated |= NEGATIONS.contains(before[i]) || before[i].endsWith("n't");
                }
                if (!negated) {
                    return true;
                }
            }
            return false;
        }

        private static final java.util.Set<String> NEGATIONS = java.util.Set.of("not", "never", "no", "hardly");
    }
}
