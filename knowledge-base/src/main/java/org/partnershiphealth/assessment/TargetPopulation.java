package org.partnershiphealth.assessment;

/**
 * Whom the partnership's work is ultimately for: communities and the public, companies whose practice it wants
 * to change, public bodies whose policy it wants to change, or a mix. Some checks only make sense for some of them.
 */
public enum TargetPopulation {
    COMMUNITIES, COMPANIES, PUBLIC_BODIES, MIXED
}
