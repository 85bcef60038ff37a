package org.partnershiphealth.knowledge;

import java.util.List;
import java.util.Map;

/**
 * A partnership context that a check or an action needs: the recorded fact must be one of {@code anyOf} (enum
 * codes, or true/false) or at least {@code atLeast}. An unrecorded fact never rules anything out. {@code otherwise}
 * says, for the method section, why the check or action was left out when the context does not hold.
 */
public record Context(String fact, List<String> anyOf, Double atLeast, String otherwise) {

    public Context {
        anyOf = Content.listOf(anyOf);
    }

    /** Whether the context holds for the recorded facts (fact id to value); an unrecorded fact always holds. */
    public boolean holds(Map<String, ?> recorded) {
        Object value = recorded.get(fact);
        if (value == null) {
            return true;
        }
        if (atLeast != null) {
            return value instanceof Number number && number.doubleValue() >= atLeast;
        }
        return anyOf.contains(value.toString());
    }

    /** The first of the contexts that does not hold, if any. */
    public static java.util.Optional<Context> firstFailing(List<Context> contexts, Map<String, ?> recorded) {
        return contexts.stream().filter(context -> !context.holds(recorded)).findFirst();
    }
}
