package org.partnershiphealth.rules;

import org.partnershiphealth.assessment.PartnershipFacts;
import org.partnershiphealth.diagnosis.Diagnosis;
import org.partnershiphealth.knowledge.AntiPattern;
import org.partnershiphealth.knowledge.Context;
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

    private Applicability() {
    }

    static List<Diagnosis.NotApplicable> check(KnowledgeBase knowledge, PartnershipFacts facts) {
        Map<String, Object> recorded = facts.recorded();
        List<Diagnosis.NotApplicable> skipped = new ArrayList<>();
        for (AntiPattern antiPattern : knowledge.antiPatterns()) {
            Context.firstFailing(antiPattern.appliesWhen(), recorded).ifPresent(context ->
                    skipped.add(new Diagnosis.NotApplicable(antiPattern.id(), context.otherwise())));
        }
        return List.copyOf(skipped);
    }
}
