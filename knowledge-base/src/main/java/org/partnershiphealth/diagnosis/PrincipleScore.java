package org.partnershiphealth.diagnosis;

/** A principle across all respondents: the mean and spread of respondents' averages over its practices. */
public record PrincipleScore(String principleId, double mean, double standardDeviation, int n, Band band) {
}
