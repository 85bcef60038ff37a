package org.partnershiphealth.diagnosis;

/** How one stakeholder group (a sector or a role with at least k respondents) scores a practice or principle. */
public record GroupScore(GroupDimension dimension, String group, String subjectId, double mean,
                         double standardDeviation, int n) {
}
