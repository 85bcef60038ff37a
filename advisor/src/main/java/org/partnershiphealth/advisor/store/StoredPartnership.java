package org.partnershiphealth.advisor.store;

import java.time.Instant;

/** A partnership as stored, always within one organisation. */
public record StoredPartnership(long id, long organisationId, String slug, String name, Instant createdAt) {
}
