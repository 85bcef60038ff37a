package org.partnershiphealth.advisor.anonymity;

import org.partnershiphealth.assessment.Answer;
import org.partnershiphealth.assessment.Respondent;
import org.partnershiphealth.diagnosis.Diagnosis;
import org.partnershiphealth.diagnosis.GroupDimension;
import org.partnershiphealth.diagnosis.GroupScore;
import org.partnershiphealth.knowledge.KnowledgeBase;
import org.partnershiphealth.knowledge.Practice;
import org.partnershiphealth.knowledge.Question;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Everything a consultant can read off published diagnoses, turned into what an attacker works with: for each
 * quantity (an item, a practice, a principle, the head count), the sets of respondents whose values each
 * published figure sums. A mean over n people is a sum once multiplied by n, and its spread is a sum of squares
 * over the same people, so the sets are all the attacker needs. The sets are worked out from the true answers,
 * which the test knows and the attacker would not need to: that only makes the attacker stronger.
 */
public final class PublishedFigures {

    private final KnowledgeBase knowledge;
    private final Map<String, Integer> column = new HashMap<>();
    private final Map<String, List<BitSet>> rows = new LinkedHashMap<>();
    private final int k;

    public PublishedFigures(KnowledgeBase knowledge, List<Respondent> everyone, int k) {
        this.knowledge = knowledge;
        this.k = k;
        for (Respondent respondent : everyone) {
            column.putIfAbsent(respondent.id(), column.size());
        }
    }

    /** Adds what one published diagnosis over {@code population} shows. */
    public PublishedFigures add(Diagnosis diagnosis, List<Respondent> population) {
        Map<String, Respondent> byId = population.stream()
                .collect(Collectors.toMap(Respondent::id, r -> r, (a, b) -> a, LinkedHashMap::new));
        Set<String> totals = new java.util.HashSet<>();
        diagnosis.scores().questions().forEach(q -> totals.add(q.questionId()));
        diagnosis.scores().practices().forEach(p -> totals.add(p.practiceId()));
        diagnosis.scores().principles().forEach(p -> totals.add(p.principleId()));
        for (String subject : totals) {
            rows(subject).add(set(byId.values(), r -> hasValue(r, subject)));
        }
        for (GroupScore group : diagnosis.scores().groups()) {
            BitSet members = set(byId.values(), r -> inGroup(r, group.dimension(), group.group())
                    && hasValue(r, group.subjectId()));
            if (members.cardinality() != group.n()) {
                throw new IllegalStateException("The figures do not match the answers: " + group);
            }
            rows(group.subjectId()).add(members);
        }
        counts(diagnosis, byId.values());
        return this;
    }

    /** The first quantity whose published figures isolate fewer than k respondents, and how. */
    public Optional<String> attack() {
        for (Map.Entry<String, List<BitSet>> quantity : rows.entrySet()) {
            Optional<String> leak = LinearAttacker.isolate(quantity.getValue(), column.size(), k);
            if (leak.isPresent()) {
                return Optional.of(quantity.getKey() + ": " + leak.get());
            }
        }
        return Optional.empty();
    }

    /** Head counts: the respondents used, and the respondents per group listed in the report's method section. */
    private void counts(Diagnosis diagnosis, java.util.Collection<Respondent> population) {
        List<BitSet> counts = rows("respondents");
        counts.add(set(population, r -> true));
        for (Diagnosis.GroupCount group : diagnosis.disclosure().groupCounts()) {
            counts.add(set(population, r -> inGroup(r, group.dimension(), group.group())));
        }
    }

    private List<BitSet> rows(String quantity) {
        return rows.computeIfAbsent(quantity, key -> new ArrayList<>());
    }

    private BitSet set(java.util.Collection<Respondent> population, java.util.function.Predicate<Respondent> test) {
        BitSet set = new BitSet();
        population.stream().filter(test).forEach(r -> set.set(column.get(r.id())));
        return set;
    }

    static boolean inGroup(Respondent respondent, GroupDimension dimension, String group) {
        return switch (dimension) {
            case SECTOR -> respondent.profile().sector().name().equals(group);
            case ROLE -> respondent.profile().role().name().equals(group);
        };
    }

    /** Whether the scorer gives this respondent a value on the subject: a scored answer under it. */
    boolean hasValue(Respondent respondent, String subject) {
        if (subject.startsWith("Q")) {
            Answer answer = respondent.answers().get(subject);
            return answer != null && !answer.isDontKnow();
        }
        if (subject.startsWith("PR")) {
            return knowledge.questionnaire().items().stream().filter(q -> q.measures(subject)).map(Question::id)
                    .anyMatch(id -> hasValue(respondent, id));
        }
        return knowledge.practices().stream().filter(p -> p.principle().equals(subject)).map(Practice::id)
                .anyMatch(id -> hasValue(respondent, id));
    }
}
