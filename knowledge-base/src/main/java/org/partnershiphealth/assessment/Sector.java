package org.partnershiphealth.assessment;

/** The sector a respondent speaks for; codes match the questionnaire's profile options. */
public enum Sector {
    BUSINESS, NONPROFIT, GOVERNMENT, FUNDER, ACADEMIC, COMMUNITY
}
