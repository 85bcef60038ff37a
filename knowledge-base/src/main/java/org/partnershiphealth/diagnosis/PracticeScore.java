package org.partnershiphealth.diagnosis;

/**
 * A practice across all respondents: mean of respondent scores (reverse items flipped, don't-know left out),
 * their standard deviation, how many respondents scored it, and how many answered only "don't know".
 */
public record PracticeScore(
        String practiceId,
        double mean,
        double standardDeviation,
        int n,
        int dontKnowCount,
        double dontKnowShare,
        Band band) {
}
