package org.partnershiphealth.assessment;

/** The partnership being assessed: a stable id (slug) and its display name. */
public record Partnership(String id, String name) {
}
