package org.partnershiphealth.reports.annual;

import org.partnershiphealth.knowledge.AntiPattern;
import org.partnershiphealth.knowledge.KnowledgeBase;
import org.partnershiphealth.knowledge.Practice;
import org.partnershiphealth.knowledge.Principle;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Display names from the knowledge base. An older round may have been diagnosed with an older catalogue, so an
 * id the current knowledge base no longer knows is shown as itself rather than failing the whole report.
 */
final class Names {

    private final Map<String, String> principles;
    private final Map<String, String> practices;
    private final Map<String, String> antiPatterns;

    Names(KnowledgeBase knowledge) {
        principles = byId(knowledge.principles(), Principle::id, Principle::name);
        practices = byId(knowledge.practices(), Practice::id, Practice::title);
        antiPatterns = byId(knowledge.antiPatterns(), AntiPattern::id, AntiPattern::name);
    }

    private static <T> Map<String, String> byId(List<T> entries, Function<T, String> id, Function<T, String> name) {
        return entries.stream().collect(Collectors.toUnmodifiableMap(id, name, (first, second) -> first));
    }

    String principle(String id) {
        return principles.getOrDefault(id, id);
    }

    String practice(String id) {
        return practices.getOrDefault(id, id);
    }

    String antiPattern(String id) {
        return antiPatterns.getOrDefault(id, id);
    }
}
