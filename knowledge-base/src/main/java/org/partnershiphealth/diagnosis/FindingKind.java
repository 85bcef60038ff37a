package org.partnershiphealth.diagnosis;

/** What a finding says: a weak practice or principle, an anti-pattern, groups that disagree, a strength, or split views. */
public enum FindingKind {
    GAP, ANTI_PATTERN, DIVERGENCE, STRENGTH, DIVIDED_VIEWS
}
