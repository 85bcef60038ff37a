package org.partnershiphealth.diagnosis;

/** When to act on a recommendation: in the next 90 days, or deliberately not now. */
public enum Horizon {
    FOCUS, NOT_NOW
}
