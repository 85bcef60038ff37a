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
        Method method,
        Disclosure disclosure,
        @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_EMPTY)
        List<FollowUp> sinceLastRound) {

    /** A diagnosis with nothing to follow up from a previous round (a first round, or none committed to). */
    public Diagnosis(Partnership partnership, String period, QuestionnaireForm form, Scores scores,
                     List<Finding> findings, List<Recommendation> focus, List<Recommendation> notNow,
                     List<Comment> comments, Method method, Disclosure disclosure) {
        this(partnership, period, form, scores, findings, focus, notNow, comments, method, disclosure, List.of());
    }

    public Diagnosis {
        sinceLastRound = sinceLastRound == null ? List.of() : List.copyOf(sinceLastRound);
        findings = List.copyOf(findings);
        focus = List.copyOf(focus);
        notNow = List.copyOf(notNow);
        comments = comments == null ? List.of() : List.copyOf(comments);
        if (disclosure == null) {
            throw new IllegalArgumentException("A diagnosis says what its disclosure policy withheld");
        }
    }

    /** True for one person's (or a few people's) own view, published on request and not anonymous. */
    public boolean selfAssessment() {
        return disclosure.status() == Disclosure.Status.SELF_ASSESSMENT;
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
            List<String> rulesFired,
            List<String> antiPatternsNotAssessed,
            List<NotApplicable> notApplicable,
            List<ActionLeftOut> actionsLeftOut,
            Invitations invitations,
            @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_EMPTY)
            List<String> rowsLeftOut) {

        /**
         * {@code antiPatternsNotAssessed}: anti-patterns none of whose statements has a published score here (not
         * asked in this form, or answered by too few), so their absence from the findings says nothing.
         * {@code rowsLeftOut}: rows of an export that were no respondent (a tool's preview, unfinished responses),
         * counted by reason, such as "1 × Qualtrics survey preview".
         */
        public Method {
            skippedReasons = skippedReasons == null ? List.of() : List.copyOf(skippedReasons);
            rulesFired = rulesFired == null ? List.of() : List.copyOf(rulesFired);
            antiPatternsNotAssessed = antiPatternsNotAssessed == null ? List.of() : List.copyOf(antiPatternsNotAssessed);
            notApplicable = notApplicable == null ? List.of() : List.copyOf(notApplicable);
            actionsLeftOut = actionsLeftOut == null ? List.of() : List.copyOf(actionsLeftOut);
            rowsLeftOut = rowsLeftOut == null ? List.of() : List.copyOf(rowsLeftOut);
        }
    }

    /**
     * What the disclosure policy published and held back, for the report's method section and every page that
     * shows counts: the respondents per group that may be shown (the only head counts any output prints), whether
     * groups of k or more were held back because showing them together would single people out, how many scores
     * were withheld because too few people answered them, and whether comments were withheld.
     */
    public record Disclosure(
            Status status,
            int commentThreshold,
            List<GroupCount> groupCounts,
            boolean groupsHeldBack,
            int scoresWithheld,
            boolean commentsWithheld) {

        public enum Status {
            /** Published under the anonymity policy: every figure covers at least k people. */
            ANONYMOUS,
            /** Fewer than k respondents, published only because the user asked for a self-assessment. */
            SELF_ASSESSMENT
        }

        public Disclosure {
            groupCounts = groupCounts == null ? List.of() : List.copyOf(groupCounts);
        }
    }

    /** An anti-pattern check skipped because the partnership's recorded context rules it out, and why. */
    public record NotApplicable(String antiPatternId, String reason) {
    }

    /**
     * Participation in the round: how many people were asked (personal invitations plus the number the consultant
     * recorded as asked by other means) and how many responses the round holds; {@code lowBelowPercent} is the
     * response rate below which the results are flagged as low confidence. Null when nobody recorded how many were
     * asked (a share link alone gives no rate).
     */
    public record Invitations(int sent, int answered, int lowBelowPercent) {

        public int ratePercent() {
            return sent == 0 ? 0 : (int) Math.round(100.0 * answered / sent);
        }

        public boolean low() {
            return sent > 0 && 100.0 * answered / sent < lowBelowPercent;
        }
    }

    /** The same diagnosis under a partnership's new name or a round's corrected period. */
    public Diagnosis relabelled(Partnership newPartnership, String newPeriod) {
        return new Diagnosis(newPartnership, newPeriod, form, scores, findings, focus, notNow, comments, method,
                disclosure, sinceLastRound);
    }

    /** The same diagnosis, with the round's invitations recorded in its method. */
    public Diagnosis withInvitations(Invitations invitations) {
        Method m = method;
        return new Diagnosis(partnership, period, form, scores, findings, focus, notNow, comments,
                new Method(m.knowledgeBaseVersion(), m.anonymityThreshold(), m.strengthAtLeast(), m.concernBelow(),
                        m.respondentsUsed(), m.respondentsSkipped(), m.skippedReasons(), m.rulesFired(),
                        m.antiPatternsNotAssessed(), m.notApplicable(), m.actionsLeftOut(), invitations,
                        m.rowsLeftOut()), disclosure, sinceLastRound);
    }

    /**
     * A practice the partnership committed to after the previous round ({@code committedAfter}), and what became
     * of it by this one: its own wording and owner, how many of its items were accepted, reported done and dropped,
     * the practice's published mean then and now, and the outcome by the noise rule.
     */
    public record FollowUp(String committedAfter, String practiceId, String commitment, String owner, int accepted,
                           int done, int dropped, Double before, Double now, Outcome outcome) {

        /** Improved or worse beyond noise, within noise, or not measured in one of the two rounds. */
        public enum Outcome { IMPROVED, WITHIN_NOISE, WORSE, NOT_MEASURED }
    }

    /** A practice's step left out of the plan because the partnership's recorded context rules it out, and why. */
    public record ActionLeftOut(String practiceId, String action, String reason) {
    }

    /** How many respondents one published group has. */
    public record GroupCount(GroupDimension dimension, String group, int respondents) {
    }
}
