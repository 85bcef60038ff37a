package org.partnershiphealth.diagnosis;

/**
 * How one stakeholder group (a sector or a role with at least k respondents) scores a subject: a practice
 * ({@code PR..}), a principle ({@code P1..P6}) or a questionnaire item ({@code Q..}, as agreement before reverse
 * items are flipped, like {@link QuestionScore}).
 */
public record GroupScore(GroupDimension dimension, String group, String subjectId, double mean,
                         double standardDeviation, int n) {
}
