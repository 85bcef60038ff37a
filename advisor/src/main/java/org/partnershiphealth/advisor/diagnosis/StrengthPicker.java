package org.partnershiphealth.advisor.diagnosis;

import org.partnershiphealth.diagnosis.Finding;
import org.partnershiphealth.diagnosis.PracticeScore;
import org.partnershiphealth.knowledge.KnowledgeBase;
import org.partnershiphealth.knowledge.Practice;

import java.util.Comparator;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Chooses the strength a recommendation builds on: a recognised strength in the same principle if there is one,
 * otherwise the partnership's strongest recognised strength, otherwise its best-scoring practice that no finding
 * calls a problem (a practice that keeps falling is nothing to build on, whatever its mean).
 */
final class StrengthPicker {

    private final KnowledgeBase knowledge;
    private final Map<String, Finding> strengths;
    private final Map<String, PracticeScore> scores;
    private final java.util.Set<String> troubled;

    StrengthPicker(KnowledgeBase knowledge, Map<String, Finding> strengths, Map<String, PracticeScore> scores,
                   java.util.Set<String> troubled) {
        this.troubled = troubled;
        this.knowledge = knowledge;
        this.strengths = strengths;
        this.scores = scores;
    }

    String forPractice(Practice practice) {
        Comparator<String> strongestFirst = Comparator.comparingDouble((String id) -> scores.get(id).mean())
                .reversed().thenComparing(id -> id);
        Optional<String> samePrinciple = strengths.keySet().stream()
                .filter(id -> !id.equals(practice.id()))
                .filter(id -> knowledge.practice(id).principle().equals(practice.principle()))
                .filter(scores::containsKey).min(strongestFirst);
        Optional<String> chosen = samePrinciple
                .or(() -> strengths.keySet().stream().filter(id -> !id.equals(practice.id()))
                        .filter(scores::containsKey).min(strongestFirst))
                .or(() -> scores.keySet().stream().filter(id -> !id.equals(practice.id()))
                        .filter(id -> !troubled.contains(id)).min(strongestFirst));
        return chosen.map(id -> String.format(Locale.ROOT, "%s %s (mean %.2f)", id, knowledge.practice(id).title(),
                scores.get(id).mean())).orElse(null);
    }
}
