package org.partnershiphealth.advisor.security;

import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;

import java.util.List;

/** A logged-in consultant: who they are and, above all, which organisation's data they may see. */
public final class Consultant extends User {

    private final long organisationId;
    private final boolean mustChangePassword;

    /**
     * locked: refused before the password is even checked (too many recent failures); mustChangePassword: may do
     * nothing but choose a new password (the bootstrap account until it has).
     */
    Consultant(String email, String passwordHash, String role, long organisationId, boolean locked,
               boolean mustChangePassword) {
        super(email, passwordHash, true, true, true, !locked, List.of(new SimpleGrantedAuthority("ROLE_" + role)));
        this.organisationId = organisationId;
        this.mustChangePassword = mustChangePassword;
    }

    public boolean mustChangePassword() {
        return mustChangePassword;
    }

    public long organisationId() {
        return organisationId;
    }
}
