package org.partnershiphealth.advisor.security;

import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;

import java.util.List;

/** A logged-in consultant: who they are and, above all, which organisation's data they may see. */
public final class Consultant extends User {

    private final long organisationId;

    Consultant(String email, String passwordHash, String role, long organisationId) {
        super(email, passwordHash, List.of(new SimpleGrantedAuthority("ROLE_" + role)));
        this.organisationId = organisationId;
    }

    public long organisationId() {
        return organisationId;
    }
}
