package org.partnershiphealth.diagnosis;

/** The ways respondents are grouped for comparison; groups below the anonymity threshold are never shown. */
public enum GroupDimension {
    SECTOR, ROLE
}
