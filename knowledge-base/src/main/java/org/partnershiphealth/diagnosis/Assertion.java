package org.partnershiphealth.diagnosis;

/**
 * How firmly a finding stands. ASSERTED: corroborated, so it may drive the plan. TO_VERIFY: a pattern was seen,
 * but on thin evidence (facts alone, or a single signal), so the report lists it with the question a consultant
 * should ask, and it never becomes a focus item.
 */
public enum Assertion {
    ASSERTED, TO_VERIFY
}
