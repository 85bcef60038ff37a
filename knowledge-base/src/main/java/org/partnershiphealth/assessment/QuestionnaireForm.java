package org.partnershiphealth.assessment;

/** Full form (two or three items per practice) or short form (one item per practice, drawn from the full form). */
public enum QuestionnaireForm {
    FULL, SHORT
}
