package org.partnershiphealth.advisor.store;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Consultants' personal API tokens, by the SHA-256 of the token (the token itself is never stored). */
@Repository
public class ApiTokenStore {

    private final JdbcClient jdbc;

    public ApiTokenStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record ApiToken(long id, String name, Instant createdAt, Instant lastUsedAt, Instant revokedAt) {
    }

    public void create(long consultantId, String name, String sha256) {
        jdbc.sql("insert into api_token (consultant_id, name, token_sha256, created_at) values (:c, :name, :sha, :now)")
                .param("c", consultantId).param("name", name).param("sha", sha256)
                .param("now", Timestamp.from(Instant.now())).update();
    }

    public List<ApiToken> ofConsultant(long consultantId) {
        return jdbc.sql("select * from api_token where consultant_id = :c order by id desc").param("c", consultantId)
                .query((rs, row) -> new ApiToken(rs.getLong("id"), rs.getString("name"),
                        rs.getTimestamp("created_at").toInstant(), instant(rs.getTimestamp("last_used_at")),
                        instant(rs.getTimestamp("revoked_at")))).list();
    }

    /** The e-mail of the consultant an active token belongs to. */
    /** The e-mail of a live token's consultant, and when the token was last used (null: never). */
    public record Owner(String email, Instant lastUsedAt) {

        /** Whether a use now should be recorded: uses are recorded at most once a minute. */
        public boolean useWorthRecording(Instant now) {
            return lastUsedAt == null || lastUsedAt.isBefore(now.minusSeconds(60));
        }
    }

    public Optional<Owner> activeOwner(String sha256) {
        return jdbc.sql("select c.email, t.last_used_at from api_token t join consultant c on c.id = t.consultant_id"
                        + " where t.token_sha256 = :sha and t.revoked_at is null").param("sha", sha256)
                .query((rs, row) -> new Owner(rs.getString("email"), rs.getTimestamp("last_used_at") == null ? null
                        : rs.getTimestamp("last_used_at").toInstant()))
                .optional();
    }

    /**
     * Records a use at most once a minute per token, so busy integrations do not write on every request (the
     * caller asks {@link Owner#useWorthRecording} first, so most requests issue no statement at all).
     */
    public void touch(String sha256, Instant now) {
        jdbc.sql("update api_token set last_used_at = :now where token_sha256 = :sha"
                        + " and (last_used_at is null or last_used_at < :minuteAgo)")
                .param("now", Timestamp.from(now)).param("minuteAgo", Timestamp.from(now.minusSeconds(60)))
                .param("sha", sha256).update();
    }

    public boolean revoke(long consultantId, long id) {
        return jdbc.sql("update api_token set revoked_at = :now where consultant_id = :c and id = :id"
                        + " and revoked_at is null").param("now", Timestamp.from(Instant.now()))
                .param("c", consultantId).param("id", id).update() == 1;
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
