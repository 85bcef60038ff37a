package org.partnershiphealth.advisor.service;

/** The thing does not exist for this caller; another organisation's data is reported exactly the same way. */
public class NotFoundException extends RuntimeException {
    public NotFoundException(String what) {
        super(what + " not found");
    }
}
