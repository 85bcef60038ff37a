package org.partnershiphealth.advisor.store;

import com.fasterxml.jackson.core.type.TypeReference;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** 90-day check-ins and their anonymous answers. */
@Repository
public class CheckInStore {

    private final JdbcClient jdbc;

    public CheckInStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * A committed focus item as the check-in asks about it: its item key, practice, the partnership's wording and
     * the wording of the actions accepted under it (what respondents are asked whether they saw happen).
     */
    public record Asked(String itemKey, String practiceId, String text, List<String> actions) {
        public Asked {
            actions = actions == null ? List.of() : List.copyOf(actions);
        }
    }

    public record CheckIn(long id, long roundId, String shareToken, boolean open, List<String> items,
                          List<Asked> commitments, Instant createdAt) {
    }

    public void create(long roundId, String shareToken, List<String> items, List<Asked> commitments) {
        jdbc.sql("insert into check_in (round_id, share_token, status, items_json, commitments_json, created_at)"
                        + " values (:round, :token, 'OPEN', :items, :commitments, :now)")
                .param("round", roundId).param("token", shareToken).param("items", Json.write(items))
                .param("commitments", Json.write(commitments)).param("now", Timestamp.from(Instant.now())).update();
    }

    public Optional<CheckIn> ofRound(long roundId) {
        return jdbc.sql("select * from check_in where round_id = :round").param("round", roundId)
                .query(CheckInStore::map).optional();
    }

    public Optional<CheckIn> byShareToken(String token) {
        return jdbc.sql("select * from check_in where share_token = :token").param("token", token)
                .query(CheckInStore::map).optional();
    }

    public void setOpen(long id, boolean open) {
        jdbc.sql("update check_in set status = :status, closed_at = :closed where id = :id")
                .param("status", open ? "OPEN" : "CLOSED").param("closed", open ? null : Timestamp.from(Instant.now()))
                .param("id", id).update();
    }

    public void addResponse(long checkInId, Map<String, String> answers) {
        jdbc.sql("insert into check_in_response (check_in_id, answers_json, submitted_at) values (:id, :answers, :now)")
                .param("id", checkInId).param("answers", Json.write(answers)).param("now", Timestamp.from(Instant.now()))
                .update();
    }

    public List<Map<String, String>> responses(long checkInId) {
        return jdbc.sql("select answers_json from check_in_response where check_in_id = :id order by id")
                .param("id", checkInId).query(String.class).list().stream()
                .map(json -> Json.read(json, new TypeReference<Map<String, String>>() { })).toList();
    }

    public int count(long checkInId) {
        return jdbc.sql("select count(*) from check_in_response where check_in_id = :id").param("id", checkInId)
                .query(Integer.class).single();
    }

    public void deleteRound(long roundId) {
        jdbc.sql("delete from check_in_response where check_in_id in (select id from check_in where round_id = :round)")
                .param("round", roundId).update();
        jdbc.sql("delete from check_in where round_id = :round").param("round", roundId).update();
    }

    private static CheckIn map(ResultSet rs, int row) throws SQLException {
        return new CheckIn(rs.getLong("id"), rs.getLong("round_id"), rs.getString("share_token"),
                "OPEN".equals(rs.getString("status")),
                Json.read(rs.getString("items_json"), new TypeReference<List<String>>() { }),
                Json.read(rs.getString("commitments_json"), new TypeReference<List<Asked>>() { }),
                rs.getTimestamp("created_at").toInstant());
    }
}
