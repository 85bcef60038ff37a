package org.partnershiphealth.knowledge;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.function.Function;

/**
 * The validated content every other module reads: principles, practices, anti-patterns, partnership
 * facts and the questionnaire. Immutable; build it with {@link KnowledgeBaseLoader}.
 */
public final class KnowledgeBase {

    private final String version;
    private final Map<String, Principle> principles;
    private final Map<String, Practice> practices;
    private final Map<String, AntiPattern> antiPatterns;
    private final Map<String, FactDefinition> facts;
    private final Questionnaire questionnaire;
    private final Map<String, Question> questions;
    private final Narrative narrative;
    private final Map<String, Questionnaire> translated;
    private final Map<String, String> languages;

    KnowledgeBase(String version, List<Principle> principles, List<Practice> practices,
                  List<AntiPattern> antiPatterns, List<FactDefinition> facts, Questionnaire questionnaire,
                  Narrative narrative, Map<String, QuestionnaireTranslation> translations) {
        this.version = version;
        this.principles = byId(principles, Principle::id);
        this.practices = byId(practices, Practice::id);
        this.antiPatterns = byId(antiPatterns, AntiPattern::id);
        this.facts = byId(facts, FactDefinition::id);
        this.questionnaire = questionnaire;
        this.questions = byId(questionnaire.items(), Question::id);
        this.narrative = narrative;
        Map<String, Questionnaire> translated = new LinkedHashMap<>();
        translations.forEach((language, translation) -> translated.put(language, translation.apply(questionnaire)));
        this.translated = java.util.Collections.unmodifiableMap(translated);
        this.languages = java.util.Collections.unmodifiableMap(QuestionnaireTranslation.names(translations));
    }

    /** The languages the questionnaire can be answered in, as code to the language's own name, English first. */
    public Map<String, String> languages() {
        return languages;
    }

    /**
     * The questionnaire as respondents read it in {@code language} (English for "en" or a language without a
     * translation); ids, codes and scoring are those of {@link #questionnaire()}.
     */
    public Questionnaire questionnaire(String language) {
        return translated.getOrDefault(language, questionnaire);
    }

    private static <T> Map<String, T> byId(List<T> values, Function<T, String> id) {
        Map<String, T> map = new LinkedHashMap<>();
        values.forEach(value -> map.putIfAbsent(id.apply(value), value));
        return java.util.Collections.unmodifiableMap(map);
    }

    /** The sentence templates of the summary that opens every report. */
    public Narrative narrative() {
        return narrative;
    }

    public String version() {
        return version;
    }

    public List<Principle> principles() {
        return List.copyOf(principles.values());
    }

    public List<Practice> practices() {
        return List.copyOf(practices.values());
    }

    public List<AntiPattern> antiPatterns() {
        return List.copyOf(antiPatterns.values());
    }

    public List<FactDefinition> facts() {
        return List.copyOf(facts.values());
    }

    public Questionnaire questionnaire() {
        return questionnaire;
    }

    public Principle principle(String id) {
        return require(principles, id, "principle");
    }

    public Practice practice(String id) {
        return require(practices, id, "practice");
    }

    public AntiPattern antiPattern(String id) {
        return require(antiPatterns, id, "anti-pattern");
    }

    public FactDefinition fact(String id) {
        return require(facts, id, "partnership fact");
    }

    public Optional<Question> question(String id) {
        return Optional.ofNullable(questions.get(id));
    }

    public List<Practice> practicesOf(String principleId) {
        return practices.values().stream().filter(p -> p.principle().equals(principleId)).toList();
    }

    public List<Question> questionsFor(String practiceId) {
        return questionnaire.items().stream().filter(q -> q.measures(practiceId)).toList();
    }

    /** Anti-patterns a practice remedies, in catalogue order. */
    public List<AntiPattern> antiPatternsRemediedBy(String practiceId) {
        return antiPatterns.values().stream().filter(a -> a.remedies().contains(practiceId)).toList();
    }

    private static <T> T require(Map<String, T> map, String id, String kind) {
        T value = map.get(id);
        if (value == null) {
            throw new NoSuchElementException("No " + kind + " with id '" + id + "' in the knowledge base");
        }
        return value;
    }
}
