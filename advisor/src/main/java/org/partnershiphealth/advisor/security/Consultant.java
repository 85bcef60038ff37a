package org.partnershiphealth.advisor.security;

import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;

import java.util.List;

/** A logged-in consultant: who they are and, above all, which organisation's data they may see. */
public final class Consultant extends User {

    private final long organisationId;

    Consultant(String email, String passwordHash, String role, long organisationId) {
        this(email, passwordHash, role, organisationId, false);
    }

    /** locked: refused before the password is even checked (too many recent failures). */
    Consultant(String email, String passwordHash, String role, long organisationId, boolean locked) {
        super(email, passwordHash, true, true, true, !locked, List.of(new SimpleGrantedAuthority("ROLE_" + role)));
        this.organisationId = organisationId;
    }

    public long organisationId() {
        return organisationId;
    }
}
