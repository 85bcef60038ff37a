package org.partnershiphealth.diagnosis;

/**
 * One questionnaire item across respondents, as answered: {@code agreement} is the mean on the 1-5 agreement
 * scale before reverse items are flipped, so "Q18C agreement 4.2" means most partners agree that there are too
 * many meetings. Anti-pattern rules read items this way because their signals are phrased as statements partners
 * agree or disagree with. Don't-know answers are left out of the mean and counted separately.
 */
public record QuestionScore(String questionId, double agreement, double standardDeviation, int n, int dontKnowCount) {
}
