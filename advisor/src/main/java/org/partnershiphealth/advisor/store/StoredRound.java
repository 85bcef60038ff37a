package org.partnershiphealth.advisor.store;

import org.partnershiphealth.assessment.PartnershipFacts;
import org.partnershiphealth.assessment.QuestionnaireForm;

import java.time.Instant;

/** An assessment round: a period of one partnership, its form, whether it takes responses, and its facts. */
public record StoredRound(long id, long partnershipId, long organisationId, String period, QuestionnaireForm form,
                          Status status, String shareToken, PartnershipFacts facts, Instant createdAt,
                          Instant closedAt) {

    public enum Status { OPEN, CLOSED }

    public boolean isOpen() {
        return status == Status.OPEN;
    }
}
