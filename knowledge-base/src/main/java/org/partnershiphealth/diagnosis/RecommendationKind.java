package org.partnershiphealth.diagnosis;

/** Why a practice is recommended: to strengthen a weak practice, to remedy an anti-pattern, or to sustain a strength. */
public enum RecommendationKind {
    STRENGTHEN, REMEDY, SUSTAIN
}
