package org.partnershiphealth.advisor.store;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

/** Organisations and the consultants who log in for them. */
@Repository
public class AccountStore {

    /** mustChangePassword: the account may only choose a new password until it has (the bootstrap account). */
    public record Consultant(long id, long organisationId, String email, String passwordHash, String role,
                             boolean mustChangePassword) {
    }

    private final JdbcClient jdbc;

    public AccountStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long createOrganisation(String name) {
        jdbc.sql("insert into organisation (name, created_at) values (:name, :now)")
                .param("name", name).param("now", Timestamp.from(Instant.now())).update();
        return organisationId(name).orElseThrow();
    }

    public Optional<String> organisationName(long id) {
        return jdbc.sql("select name from organisation where id = :id").param("id", id).query(String.class).optional();
    }

    public Optional<Long> organisationId(String name) {
        return jdbc.sql("select id from organisation where name = :name").param("name", name)
                .query(Long.class).optional();
    }

    public void createConsultant(long organisationId, String email, String passwordHash, String role) {
        createConsultant(organisationId, email, passwordHash, role, false);
    }

    public void createConsultant(long organisationId, String email, String passwordHash, String role,
                                 boolean mustChangePassword) {
        jdbc.sql("insert into consultant (organisation_id, email, password_hash, role, must_change_password,"
                        + " created_at) values (:organisation, :email, :hash, :role, :change, :now)")
                .param("organisation", organisationId).param("email", email.toLowerCase(java.util.Locale.ROOT))
                .param("hash", passwordHash).param("role", role).param("change", mustChangePassword)
                .param("now", Timestamp.from(Instant.now())).update();
    }

    /** Stores a new password hash; the account is then free to work. */
    public void changePassword(String email, String passwordHash) {
        jdbc.sql("update consultant set password_hash = :hash, must_change_password = false where email = :email")
                .param("hash", passwordHash).param("email", email.toLowerCase(java.util.Locale.ROOT)).update();
    }

    public Optional<Consultant> consultant(String email) {
        return jdbc.sql("select id, organisation_id, email, password_hash, role, must_change_password from consultant"
                        + " where email = :email")
                .param("email", email.toLowerCase(java.util.Locale.ROOT))
                .query((rs, row) -> new Consultant(rs.getLong("id"), rs.getLong("organisation_id"),
                        rs.getString("email"), rs.getString("password_hash"), rs.getString("role"),
                        rs.getBoolean("must_change_password")))
                .optional();
    }

    public long consultantCount() {
        return jdbc.sql("select count(*) from consultant").query(Long.class).single();
    }
}
