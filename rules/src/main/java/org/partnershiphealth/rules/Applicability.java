package org.partnershiphealth.rules;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.partnershiphealth.assessment.PartnershipFacts;
import org.partnershiphealth.diagnosis.Diagnosis;
import org.partnershiphealth.knowledge.AntiPattern;
import org.partnershiphealth.knowledge.KnowledgeBase;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Which anti-pattern checks do not apply to this partnership's context, and why, from the knowledge base's
 * {@code appliesWhen} (e.g. pilotitis only from two years of age, leaders-only commitments only with a pledge
 * model). A context that nobody recorded never rules a check out.
 */
final class Applicability {

    private static final ObjectMapper FACTS = new ObjectMapper();

    private Applicability() {
    }

    static List<Diagnosis.NotApplicable> check(KnowledgeBase knowledge, PartnershipFacts facts) {
        @SuppressWarnings("unchecked")
        Map<String, Object> recorded = FACTS.convertValue(facts, Map.class);
        List<Diagnosis.NotApplicable> skipped = new ArrayList<>();
        for (AntiPattern antiPattern : knowledge.antiPatterns()) {
            antiPattern.appliesWhen().stream()
                    .filter(context -> !holds(context, recorded.get(context.fact())))
                    .findFirst()
                    .ifPresent(context -> skipped.add(new Diagnosis.NotApplicable(antiPattern.id(),
                            context.otherwise())));
        }
        return List.copyOf(skipped);
    }

    private static boolean holds(AntiPattern.Context context, Object value) {
        if (value == null) {
            return true;
        }
        if (context.atLeast() != null) {
            return value instanceof Number number && number.doubleValue() >= context.atLeast();
        }
        return context.anyOf().contains(value.toString());
    }
}
