package org.partnershiphealth.assessment;

/** What first brought the partners to the table. */
public enum FormationTrigger {
    SHARED_PROBLEM, FUNDING_OPPORTUNITY, MANDATE, OTHER
}
