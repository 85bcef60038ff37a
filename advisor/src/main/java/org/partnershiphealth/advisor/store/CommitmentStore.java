package org.partnershiphealth.advisor.store;

import org.partnershiphealth.diagnosis.Commitment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

/** A round's commitments: one row per plan item the partnership accepted or declined. */
@Repository
public class CommitmentStore {

    private final JdbcClient jdbc;

    public CommitmentStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A commitment with who changed it last and when. */
    public record Stored(Commitment commitment, String updatedBy, Instant updatedAt) {
    }

    /** The round's commitments in plan order (by item key: a focus item, then its actions). */
    public List<Stored> ofRound(long roundId) {
        return jdbc.sql("select * from commitment where round_id = :round order by item_key")
                .param("round", roundId).query(CommitmentStore::map).list();
    }

    private static final String UPDATE = "update commitment set text = :text, decision = :decision, owner = :owner,"
            + " due = :due, status = :status, drop_reason = :reason, updated_by = :by, updated_at = :now"
            + " where round_id = :round and item_key = :key";

    /** Inserts or replaces the row of the commitment's item in the round. */
    public void save(long roundId, Commitment commitment, String updatedBy) {
        int updated = jdbc.sql(UPDATE)
                .params(params(roundId, commitment, updatedBy)).update();
        if (updated > 0) {
            return;
        }
        try {
            jdbc.sql("insert into commitment (round_id, item_key, practice_id, kind, text, decision, owner, due, status,"
                            + " drop_reason, updated_by, updated_at) values (:round, :key, :practice, :kind, :text,"
                            + " :decision, :owner, :due, :status, :reason, :by, :now)")
                    .params(params(roundId, commitment, updatedBy)).update();
        } catch (org.springframework.dao.DuplicateKeyException e) {
            // saved at the same moment by someone else: the later change wins, as it would a second later
            jdbc.sql(UPDATE).params(params(roundId, commitment, updatedBy)).update();
        }
    }

    public void deleteRound(long roundId) {
        jdbc.sql("delete from commitment where round_id = :round").param("round", roundId).update();
    }

    private static java.util.Map<String, Object> params(long roundId, Commitment c, String updatedBy) {
        java.util.Map<String, Object> params = new java.util.HashMap<>();
        params.put("round", roundId);
        params.put("key", c.itemKey());
        params.put("practice", c.practiceId());
        params.put("kind", c.kind().name());
        params.put("text", c.text());
        params.put("decision", c.decision().name());
        params.put("owner", c.owner());
        params.put("due", c.due() == null ? null : Date.valueOf(c.due()));
        params.put("status", c.status() == null ? null : c.status().name());
        params.put("reason", c.dropReason());
        params.put("by", updatedBy);
        params.put("now", Timestamp.from(Instant.now()));
        return params;
    }

    private static Stored map(ResultSet rs, int row) throws SQLException {
        Date due = rs.getDate("due");
        String status = rs.getString("status");
        return new Stored(new Commitment(rs.getString("item_key"), rs.getString("practice_id"),
                Commitment.Kind.valueOf(rs.getString("kind")), rs.getString("text"),
                Commitment.Decision.valueOf(rs.getString("decision")), rs.getString("owner"),
                due == null ? null : due.toLocalDate(), status == null ? null : Commitment.Status.valueOf(status),
                rs.getString("drop_reason")), rs.getString("updated_by"), rs.getTimestamp("updated_at").toInstant());
    }
}
