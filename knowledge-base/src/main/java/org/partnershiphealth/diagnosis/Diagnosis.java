package org.partnershiphealth.diagnosis;

import org.partnershiphealth.assessment.Partnership;
import org.partnershiphealth.assessment.QuestionnaireForm;

import java.util.List;

/** The advisor's answer for one assessment round: scores, findings, the 90-day focus and the "not now" list. */
public record Diagnosis(
        Partnership partnership,
        String period,
        QuestionnaireForm form,
        Scores scores,
        List<Finding> findings,
        List<Recommendation> focus,
        List<Recommendation> notNow,
        Method method) {

    public Diagnosis {
        findings = List.copyOf(findings);
        focus = List.copyOf(focus);
        notNow = List.copyOf(notNow);
    }

    /** How the diagnosis was made, for the report's appendix and for reproducibility. */
    public record Method(
            String knowledgeBaseVersion,
            int anonymityThreshold,
            int respondentsUsed,
            int respondentsSkipped,
            List<String> skippedReasons,
            List<String> rulesFired) {

        public Method {
            skippedReasons = skippedReasons == null ? List.of() : List.copyOf(skippedReasons);
            rulesFired = rulesFired == null ? List.of() : List.copyOf(rulesFired);
        }
    }
}
