package org.partnershiphealth.advisor.store;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Read-only report links: only the SHA-256 of each token is kept, with its round, kind, expiry and openings. */
@Repository
public class ReportLinkStore {

    private final JdbcClient jdbc;

    public ReportLinkStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A link as its consultant sees it: never the token, which only its creator saw once. */
    public record ReportLink(long id, long roundId, String kind, String label, String createdBy, Instant createdAt,
                             Instant expiresAt, Instant revokedAt, int openings, Instant lastOpened) {

        public boolean active(Instant now) {
            return revokedAt == null && (expiresAt == null || expiresAt.isAfter(now));
        }
    }

    public long create(long roundId, String tokenSha256, String kind, String label, String createdBy,
                       Instant expiresAt) {
        jdbc.sql("insert into report_link (round_id, token_sha256, kind, label, created_by, created_at, expires_at)"
                        + " values (:round, :sha, :kind, :label, :by, :now, :expires)")
                .param("round", roundId).param("sha", tokenSha256).param("kind", kind).param("label", label)
                .param("by", createdBy).param("now", Timestamp.from(Instant.now()))
                .param("expires", expiresAt == null ? null : Timestamp.from(expiresAt)).update();
        return jdbc.sql("select id from report_link where token_sha256 = :sha").param("sha", tokenSha256)
                .query(Long.class).single();
    }

    private static final String SELECT = "select l.*, (select count(*) from report_link_access a where a.link_id = l.id)"
            + " as openings, (select max(a.at) from report_link_access a where a.link_id = l.id) as last_opened"
            + " from report_link l ";

    public List<ReportLink> ofRound(long roundId) {
        return jdbc.sql(SELECT + "where l.round_id = :round order by l.id desc").param("round", roundId)
                .query(ReportLinkStore::map).list();
    }

    public Optional<ReportLink> byTokenSha256(String sha) {
        return jdbc.sql(SELECT + "where l.token_sha256 = :sha").param("sha", sha).query(ReportLinkStore::map).optional();
    }

    public boolean revoke(long roundId, long id) {
        return jdbc.sql("update report_link set revoked_at = :now where round_id = :round and id = :id"
                        + " and revoked_at is null")
                .param("now", Timestamp.from(Instant.now())).param("round", roundId).param("id", id).update() == 1;
    }

    public void logOpening(long linkId, String format) {
        jdbc.sql("insert into report_link_access (link_id, format, at) values (:link, :format, :now)")
                .param("link", linkId).param("format", format).param("now", Timestamp.from(Instant.now())).update();
    }

    /** The openings of a link, newest first: time and format only. */
    public List<Opening> openings(long linkId, int limit) {
        return jdbc.sql("select format, at from report_link_access where link_id = :link order by id desc limit :limit")
                .param("link", linkId).param("limit", limit)
                .query((rs, row) -> new Opening(rs.getString("format"), rs.getTimestamp("at").toInstant())).list();
    }

    public record Opening(String format, Instant at) {
    }

    public void deleteRound(long roundId) {
        jdbc.sql("delete from report_link_access where link_id in (select id from report_link where round_id = :round)")
                .param("round", roundId).update();
        jdbc.sql("delete from report_link where round_id = :round").param("round", roundId).update();
    }

    private static ReportLink map(ResultSet rs, int row) throws SQLException {
        Timestamp expires = rs.getTimestamp("expires_at");
        Timestamp revoked = rs.getTimestamp("revoked_at");
        Timestamp last = rs.getTimestamp("last_opened");
        return new ReportLink(rs.getLong("id"), rs.getLong("round_id"), rs.getString("kind"), rs.getString("label"),
                rs.getString("created_by"), rs.getTimestamp("created_at").toInstant(),
                expires == null ? null : expires.toInstant(), revoked == null ? null : revoked.toInstant(),
                rs.getInt("openings"), last == null ? null : last.toInstant());
    }
}
