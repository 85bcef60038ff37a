package org.partnershiphealth.advisor.store;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Partnerships, always read and written within one organisation: another organisation's rows do not exist here. */
@Repository
public class PartnershipStore {

    private final JdbcClient jdbc;

    public PartnershipStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public StoredPartnership create(long organisationId, String slug, String name) {
        jdbc.sql("insert into partnership (organisation_id, slug, name, created_at) values (:o, :slug, :name, :now)")
                .param("o", organisationId).param("slug", slug).param("name", name)
                .param("now", Timestamp.from(Instant.now())).update();
        return bySlug(organisationId, slug).orElseThrow();
    }

    public List<StoredPartnership> all(long organisationId) {
        return jdbc.sql("select * from partnership where organisation_id = :o order by name, id")
                .param("o", organisationId).query(PartnershipStore::map).list();
    }

    public Optional<StoredPartnership> find(long organisationId, long id) {
        return jdbc.sql("select * from partnership where organisation_id = :o and id = :id")
                .param("o", organisationId).param("id", id).query(PartnershipStore::map).optional();
    }

    public Optional<StoredPartnership> bySlug(long organisationId, String slug) {
        return jdbc.sql("select * from partnership where organisation_id = :o and slug = :slug")
                .param("o", organisationId).param("slug", slug).query(PartnershipStore::map).optional();
    }

    public void rename(long id, String name) {
        jdbc.sql("update partnership set name = :name where id = :id").param("name", name).param("id", id).update();
    }

    /** Deletes the partnership itself; its rounds must be deleted first. */
    public void delete(long id) {
        jdbc.sql("delete from partnership where id = :id").param("id", id).update();
    }

    private static StoredPartnership map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new StoredPartnership(rs.getLong("id"), rs.getLong("organisation_id"), rs.getString("slug"),
                rs.getString("name"), rs.getTimestamp("created_at").toInstant());
    }
}
