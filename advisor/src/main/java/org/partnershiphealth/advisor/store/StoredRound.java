package org.partnershiphealth.advisor.store;

import org.partnershiphealth.assessment.PartnershipFacts;
import org.partnershiphealth.assessment.QuestionnaireForm;

import java.time.Instant;

/**
 * An assessment round: a period of one partnership, its form, whether it takes responses, its facts, the language
 * respondents see, and its reminder schedule (every {@code reminderDays} days while open, at most
 * {@code reminderLimit} reminders per invitation; no schedule when {@code reminderDays} is null), and how many
 * people were asked by other means than personal invitations ({@code peopleAsked}, null when not recorded).
 */
public record StoredRound(long id, long partnershipId, long organisationId, String period, QuestionnaireForm form,
                          Status status, String shareToken, PartnershipFacts facts, Instant createdAt,
                          Instant closedAt, String language, Integer reminderDays, int reminderLimit,
                          Integer peopleAsked) {

    public enum Status { OPEN, CLOSED }

    public boolean isOpen() {
        return status == Status.OPEN;
    }
}
