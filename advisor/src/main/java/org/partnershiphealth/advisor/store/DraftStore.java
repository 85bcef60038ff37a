package org.partnershiphealth.advisor.store;

import com.fasterxml.jackson.core.type.TypeReference;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Answers given so far on the paged questionnaire, kept under the draft's own private token (the resume link) until
 * they are sent. A draft holds no name and no address; once sent, only the fact that it was sent is kept.
 */
@Repository
public class DraftStore {

    private static final TypeReference<Map<String, String>> STRINGS = new TypeReference<>() {
    };

    private final JdbcClient jdbc;

    public DraftStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * A draft: the form values given so far (profile codes, answers, comments, by field name) and the submission id
     * that makes sending it count once.
     */
    public record Draft(String token, long roundId, String inviteToken, Map<String, String> values,
                        String submissionId, boolean sent, Instant updatedAt) {
    }

    public void create(String token, long roundId, String inviteToken, String submissionId) {
        Timestamp now = Timestamp.from(Instant.now());
        jdbc.sql("insert into response_draft (token, round_id, invite_token, answers_json, submission_id, created_at,"
                        + " updated_at) values (:token, :round, :invite, '{}', :submission, :now, :now)")
                .param("token", token).param("round", roundId).param("invite", inviteToken)
                .param("submission", submissionId).param("now", now).update();
    }

    public Optional<Draft> find(String token) {
        return jdbc.sql("select * from response_draft where token = :token").param("token", token)
                .query((rs, row) -> new Draft(rs.getString("token"), rs.getLong("round_id"),
                        rs.getString("invite_token"), new LinkedHashMap<>(Json.read(rs.getString("answers_json"), STRINGS)),
                        rs.getString("submission_id"), rs.getBoolean("sent"), rs.getTimestamp("updated_at").toInstant()))
                .optional();
    }

    public void save(String token, Map<String, String> values) {
        jdbc.sql("update response_draft set answers_json = :json, updated_at = :now where token = :token")
                .param("json", Json.write(values)).param("now", Timestamp.from(Instant.now()))
                .param("token", token).update();
    }

    /** Clears a sent draft's answers and invitation, keeping only that it was sent (and its round's language). */
    public void markSent(String token) {
        jdbc.sql("update response_draft set answers_json = '{}', invite_token = null, sent = true, updated_at = :now"
                        + " where token = :token")
                .param("now", Timestamp.from(Instant.now())).param("token", token).update();
    }

    public void deleteRound(long roundId) {
        jdbc.sql("delete from response_draft where round_id = :round").param("round", roundId).update();
    }

    /** Deletes drafts nobody touched since {@code before}; returns how many. */
    public int deleteUntouchedSince(Instant before) {
        return jdbc.sql("delete from response_draft where updated_at < :before")
                .param("before", Timestamp.from(before)).update();
    }
}
