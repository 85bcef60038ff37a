package org.partnershiphealth.advisor.service;

/** The request is valid but clashes with the current state, e.g. a submission to a closed round. */
public class ConflictException extends RuntimeException {
    public ConflictException(String message) {
        super(message);
    }
}
