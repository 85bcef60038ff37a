package org.partnershiphealth.advisor.service;

/** An idempotency key sent again with different answers: the first answers stay, the second are not stored. */
public class IdempotencyConflictException extends ConflictException {

    public IdempotencyConflictException(String key) {
        super("Idempotency-Key " + key + " was already used for a response with different answers; the first"
                + " response is kept. Send a new key for a new response.");
    }
}
