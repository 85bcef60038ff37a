package org.partnershiphealth.diagnosis;

/**
 * What a finding says: a weak practice or principle, an anti-pattern, groups that disagree, a strength, split views,
 * or a trend across rounds (a failure pattern that persists, a practice that keeps falling, an action reported done
 * that did not move its practice).
 */
public enum FindingKind {
    GAP, ANTI_PATTERN, DIVERGENCE, STRENGTH, DIVIDED_VIEWS, TREND
}
