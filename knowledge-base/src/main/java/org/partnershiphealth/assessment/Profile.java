package org.partnershiphealth.assessment;

/** Who answered, coarsely enough to stay anonymous: sector, role and tenure. */
public record Profile(Sector sector, Role role, Tenure tenure) {
}
