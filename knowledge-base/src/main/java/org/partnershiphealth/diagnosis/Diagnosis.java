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
        List<Comment> comments,
        Method method) {

    public Diagnosis {
        findings = List.copyOf(findings);
        focus = List.copyOf(focus);
        notNow = List.copyOf(notNow);
        comments = comments == null ? List.of() : List.copyOf(comments);
    }

    /**
     * What respondents wrote to an open question, without any attribution (no id, sector or role) and sorted
     * alphabetically, so the order of answers cannot be matched to the order of respondents.
     */
    public record Comment(String questionId, String question, List<String> answers) {
        public Comment {
            answers = List.copyOf(answers);
        }
    }

    /** How the diagnosis was made, for the report's appendix and for reproducibility. */
    public record Method(
            String knowledgeBaseVersion,
            int anonymityThreshold,
            double strengthAtLeast,
            double concernBelow,
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
