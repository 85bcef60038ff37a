package org.partnershiphealth.advisor.store;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

/**
 * The organisation's record of changes to collected data: renames, deletions, raw exports and erasures, each with
 * who did it and when. Lines are only ever added.
 */
@Repository
public class AuditStore {

    private final JdbcClient jdbc;

    public AuditStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One line of the record. */
    public record Event(String actor, String action, String subject, String detail, Instant at) {
    }

    public void record(long organisationId, String actor, String action, String subject, String detail) {
        jdbc.sql("insert into audit_event (organisation_id, actor, action, subject, detail, at)"
                        + " values (:o, :actor, :action, :subject, :detail, :now)")
                .param("o", organisationId).param("actor", cut(actor, 200)).param("action", action)
                .param("subject", cut(subject, 300)).param("detail", detail == null ? null : cut(detail, 1000))
                .param("now", Timestamp.from(Instant.now())).update();
    }

    /** The organisation's latest lines, newest first. */
    public List<Event> recent(long organisationId, int limit) {
        return jdbc.sql("select actor, action, subject, detail, at from audit_event where organisation_id = :o"
                        + " order by id desc fetch first " + Math.max(1, Math.min(limit, 1000)) + " rows only")
                .param("o", organisationId)
                .query((rs, row) -> new Event(rs.getString("actor"), rs.getString("action"), rs.getString("subject"),
                        rs.getString("detail"), rs.getTimestamp("at").toInstant()))
                .list();
    }

    private static String cut(String text, int limit) {
        return text.length() <= limit ? text : text.substring(0, limit);
    }
}
