package org.partnershiphealth.assessment;

/** The part a respondent plays in the partnership; codes match the questionnaire's profile options. */
public enum Role {
    LEADERSHIP, PARTNER_REPRESENTATIVE, BACKBONE_STAFF, COMMUNITY_MEMBER
}
