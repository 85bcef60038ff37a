package org.partnershiphealth.advisor.store;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Personal single-use invitations of a round. An invitation records whom it was sent to, how often, and whether it
 * was used; never which response it gave nor when it was used, so no stored response can be joined to an address.
 */
@Repository
public class InvitationStore {

    private final JdbcClient jdbc;

    public InvitationStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * One invitation. {@code email} is null for an invitation made only as a link (handed out by the consultant);
     * {@code sentCount} counts the e-mails sent for it, the first included.
     */
    public record Invitation(String token, long roundId, String email, String sectorHint, String roleHint,
                             boolean answered, int sentCount, Instant lastSentAt, String sendError, Instant createdAt) {

        public int reminders() {
            return Math.max(0, sentCount - 1);
        }
    }

    public void create(long roundId, String token, String email, String sectorHint, String roleHint) {
        jdbc.sql("insert into invite (token, round_id, email, sector_hint, role_hint, created_at)"
                        + " values (:token, :round, :email, :sector, :role, :now)")
                .param("token", token).param("round", roundId).param("email", email).param("sector", sectorHint)
                .param("role", roleHint).param("now", Timestamp.from(Instant.now())).update();
    }

    public List<Invitation> ofRound(long roundId) {
        return jdbc.sql("select * from invite where round_id = :round order by created_at, email, token")
                .param("round", roundId).query(InvitationStore::map).list();
    }

    /** Whether the round already has an invitation for this address (compared without case). */
    public boolean hasEmail(long roundId, String email) {
        return jdbc.sql("select count(*) from invite where round_id = :round and lower(email) = :email")
                .param("round", roundId).param("email", email.toLowerCase(java.util.Locale.ROOT))
                .query(Integer.class).single() > 0;
    }

    /** How many invitations the round has, and how many of them were used. */
    public int[] counts(long roundId) {
        return jdbc.sql("select count(*) as sent, coalesce(sum(case when answered then 1 else 0 end), 0) as answered"
                        + " from invite where round_id = :round").param("round", roundId)
                .query((rs, row) -> new int[] {rs.getInt("sent"), rs.getInt("answered")}).single();
    }

    /** Invitations per sector hint (only those that carry one), as {sector, invited}. */
    public java.util.Map<String, Integer> bySectorHint(long roundId) {
        java.util.Map<String, Integer> counts = new java.util.TreeMap<>();
        jdbc.sql("select sector_hint, count(*) as n from invite where round_id = :round and sector_hint is not null"
                        + " group by sector_hint").param("round", roundId)
                .query((rs, row) -> counts.put(rs.getString("sector_hint"), rs.getInt("n"))).list();
        return counts;
    }

    /** The invitation, locked for the rest of the transaction so two submissions with it cannot both pass. */
    public Optional<Invitation> lock(String token) {
        return jdbc.sql("select * from invite where token = :token for update").param("token", token)
                .query(InvitationStore::map).optional();
    }

    public Optional<Invitation> find(String token) {
        return jdbc.sql("select * from invite where token = :token").param("token", token)
                .query(InvitationStore::map).optional();
    }

    /** Marks the invitation used: a flag only, no time and no response. */
    public void markAnswered(String token) {
        jdbc.sql("update invite set answered = true where token = :token").param("token", token).update();
    }

    /** Records an e-mail sent for the invitation (or the error that stopped it). */
    public void recordSent(String token, Instant at, String error) {
        jdbc.sql(error == null
                        ? "update invite set sent_count = sent_count + 1, last_sent_at = :at, send_error = null where token = :token"
                        : "update invite set send_error = :error where token = :token")
                .param("at", Timestamp.from(at)).param("error", error == null ? null : error.length() > 300
                        ? error.substring(0, 300) : error).param("token", token).update();
    }

    /**
     * The round's unanswered invitations with an address that are due a reminder: first sent at least once, the last
     * e-mail no later than {@code lastSentBefore}, and fewer than {@code limit} reminders so far.
     */
    public List<Invitation> dueReminders(long roundId, Instant lastSentBefore, int limit) {
        return jdbc.sql("select * from invite where round_id = :round and not answered and email is not null"
                        + " and sent_count >= 1 and sent_count <= :limit and last_sent_at <= :before order by email")
                .param("round", roundId).param("limit", limit).param("before", Timestamp.from(lastSentBefore))
                .query(InvitationStore::map).list();
    }

    /** Deletes an unused invitation (a wrong address); a used one stays, to keep the response rate honest. */
    public boolean deleteUnanswered(long roundId, String token) {
        return jdbc.sql("delete from invite where round_id = :round and token = :token and not answered")
                .param("round", roundId).param("token", token).update() == 1;
    }

    public void deleteRound(long roundId) {
        jdbc.sql("delete from invite where round_id = :round").param("round", roundId).update();
    }

    private static Invitation map(ResultSet rs, int row) throws SQLException {
        Timestamp last = rs.getTimestamp("last_sent_at");
        return new Invitation(rs.getString("token"), rs.getLong("round_id"), rs.getString("email"),
                rs.getString("sector_hint"), rs.getString("role_hint"), rs.getBoolean("answered"),
                rs.getInt("sent_count"), last == null ? null : last.toInstant(), rs.getString("send_error"),
                rs.getTimestamp("created_at").toInstant());
    }
}
