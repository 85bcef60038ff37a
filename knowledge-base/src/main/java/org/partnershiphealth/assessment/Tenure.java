package org.partnershiphealth.assessment;

/** How long a respondent has been involved; codes match the questionnaire's profile options. */
public enum Tenure {
    UNDER_1_YEAR, ONE_TO_3_YEARS, OVER_3_YEARS
}
