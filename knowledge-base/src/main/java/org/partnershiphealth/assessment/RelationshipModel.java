package org.partnershiphealth.assessment;

/** The field guide's partner relationship models: one lead with subsidiaries, peers, or a mix. */
public enum RelationshipModel {
    PRIME_SUB, PEER, MIXED
}
