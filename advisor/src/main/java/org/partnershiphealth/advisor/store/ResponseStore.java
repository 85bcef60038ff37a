package org.partnershiphealth.advisor.store;

import com.fasterxml.jackson.core.type.TypeReference;
import org.partnershiphealth.assessment.Answer;
import org.partnershiphealth.assessment.Profile;
import org.partnershiphealth.assessment.Respondent;
import org.partnershiphealth.assessment.Role;
import org.partnershiphealth.assessment.Sector;
import org.partnershiphealth.assessment.Tenure;
import org.partnershiphealth.advisor.security.Tokens;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Responses of a round. Answers are stored as JSON (question id to 1-5, or "dont_know"), so the table does not
 * change when the questionnaire does. The unique keys on (round, respondent) and (round, idempotency key) make a
 * repeated submission find the first one instead of creating a second.
 */
@Repository
public class ResponseStore {

    private static final String DONT_KNOW = "dont_know";
    private static final TypeReference<Map<String, String>> STRINGS = new TypeReference<>() {
    };

    private final JdbcClient jdbc;

    public ResponseStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A response just stored: its id and the receipt code its respondent can have it erased with. */
    public record Stored(long id, String receipt) {
    }

    /** Inserts a response and returns its id. */
    public long insert(long roundId, Respondent respondent, String idempotencyKey) {
        return insertUnlessPresent(roundId, respondent, idempotencyKey).orElseThrow(() ->
                new org.springframework.dao.DuplicateKeyException("Respondent " + respondent.id()
                        + " or idempotency key already stored for round " + roundId)).id();
    }

    /**
     * Inserts a response unless one with the same respondent or idempotency key is already stored, in one statement
     * that also returns the new id: empty when an earlier response holds either key. "On conflict do nothing"
     * instead of catching the unique-key error, because PostgreSQL aborts the whole transaction on such an error,
     * and the caller still needs to read the earlier response.
     */
    public Optional<Stored> insertUnlessPresent(long roundId, Respondent respondent, String idempotencyKey) {
        Map<String, String> answers = stored(respondent);
        String receipt = Tokens.readable(4);
        KeyHolder key = new GeneratedKeyHolder();
        int inserted = jdbc.sql("insert into response (round_id, respondent_key, sector, role, tenure, answers_json,"
                        + " comments_json, idempotency_key, submitted_at, ref, receipt) values (:round, :key, :sector,"
                        + " :role, :tenure, :answers, :comments, :idempotency, :now, :ref, :receipt) on conflict do nothing")
                .param("round", roundId).param("key", respondent.id())
                .param("ref", Tokens.readable(3)).param("receipt", receipt)
                .param("sector", respondent.profile().sector().name()).param("role", respondent.profile().role().name())
                .param("tenure", respondent.profile().tenure().name()).param("answers", Json.write(answers))
                .param("comments", Json.write(respondent.openAnswers())).param("idempotency", idempotencyKey)
                .param("now", Timestamp.from(Instant.now())).update(key, "id");
        return inserted == 1 ? Optional.of(new Stored(key.getKeyAs(Number.class).longValue(), receipt)) : Optional.empty();
    }

    private static Map<String, String> stored(Respondent respondent) {
        Map<String, String> answers = new LinkedHashMap<>();
        respondent.answers().forEach((id, answer) ->
                answers.put(id, answer.isDontKnow() ? DONT_KNOW : Integer.toString(answer.value())));
        return answers;
    }

    /** Whether the stored response has exactly this respondent's profile, answers and comments. */
    public boolean sameAnswers(long responseId, Respondent respondent) {
        return jdbc.sql("select sector, role, tenure, answers_json, comments_json from response where id = :id")
                .param("id", responseId)
                .query((rs, row) -> rs.getString("sector").equals(respondent.profile().sector().name())
                        && rs.getString("role").equals(respondent.profile().role().name())
                        && rs.getString("tenure").equals(respondent.profile().tenure().name())
                        && Json.read(rs.getString("answers_json"), STRINGS).equals(stored(respondent))
                        && Json.read(rs.getString("comments_json"), STRINGS).equals(respondent.openAnswers()))
                .single();
    }

    /** The id of the round's response from this respondent (a tool's response id, or a row's digest), if stored. */
    public Optional<Long> byRespondent(long roundId, String respondentKey) {
        return jdbc.sql("select id from response where round_id = :round and respondent_key = :key")
                .param("round", roundId).param("key", respondentKey).query(Long.class).optional();
    }

    public Optional<Long> byIdempotencyKey(long roundId, String key) {
        return jdbc.sql("select id from response where round_id = :round and idempotency_key = :key")
                .param("round", roundId).param("key", key).query(Long.class).optional();
    }

    public int count(long roundId) {
        return jdbc.sql("select count(*) from response where round_id = :round").param("round", roundId)
                .query(Integer.class).single();
    }

    /** The keys of the round's respondents, without loading their answers. */
    /**
     * Which responses a round holds, in one row: their count, and the sum and largest of their ids. Responses are
     * only ever inserted (with ever larger ids) or deleted, never changed, so any change to the round's responses
     * changes this stamp: what is deleted lowers the count, and an insert that makes the count up again adds an id
     * larger than any before it.
     */
    public String stamp(long roundId) {
        return jdbc.sql("select count(*), coalesce(sum(id), 0), coalesce(max(id), 0) from response"
                        + " where round_id = :round").param("round", roundId)
                .query((rs, row) -> rs.getLong(1) + "/" + rs.getLong(2) + "/" + rs.getLong(3)).single();
    }

    public Set<String> respondentKeys(long roundId) {
        return Set.copyOf(jdbc.sql("select respondent_key from response where round_id = :round")
                .param("round", roundId).query(String.class).list());
    }

    /** The receipt code of a response: what the respondent keeps to have it erased. */
    public String receipt(long responseId) {
        return jdbc.sql("select receipt from response where id = :id").param("id", responseId).query(String.class)
                .single();
    }

    /** A response as the raw export shows it: its opaque reference, profile, answers and comments as stored. */
    public record RawResponse(String ref, String sector, String role, String tenure, Map<String, String> answers,
                              Map<String, String> comments) {
    }

    /** Every response of the round, in the order of their opaque references (not the order people answered in). */
    public List<RawResponse> raw(long roundId) {
        return jdbc.sql("select ref, sector, role, tenure, answers_json, comments_json from response"
                        + " where round_id = :round order by ref").param("round", roundId)
                .query((rs, row) -> new RawResponse(rs.getString("ref"), rs.getString("sector"), rs.getString("role"),
                        rs.getString("tenure"), Json.read(rs.getString("answers_json"), STRINGS),
                        Json.read(rs.getString("comments_json"), STRINGS)))
                .list();
    }

    /** Deletes one response of the round by its reference; says whether there was one. */
    public boolean delete(long roundId, String ref) {
        return jdbc.sql("delete from response where round_id = :round and ref = :ref")
                .param("round", roundId).param("ref", ref).update() == 1;
    }

    /** The round of the response with this receipt code, if any. */
    public Optional<Long> roundOfReceipt(String receipt) {
        return jdbc.sql("select round_id from response where receipt = :receipt").param("receipt", receipt)
                .query(Long.class).optional();
    }

    /** Deletes the response with this receipt code; says whether there was one. */
    public boolean deleteByReceipt(String receipt) {
        return jdbc.sql("delete from response where receipt = :receipt").param("receipt", receipt).update() == 1;
    }

    /** Deletes every response of the round. */
    public void deleteRound(long roundId) {
        jdbc.sql("delete from response where round_id = :round").param("round", roundId).update();
    }

    /**
     * Every response of the round, oldest first. A response may be deleted (a test answer, an erasure request);
     * the round's published snapshots are then withdrawn, see {@link DiagnosisStore#withdraw(long)}.
     */
    public List<Respondent> respondents(long roundId) {
        return jdbc.sql("select * from response where round_id = :round order by id").param("round", roundId)
                .query((rs, row) -> {
                    Map<String, Answer> answers = new LinkedHashMap<>();
                    Json.read(rs.getString("answers_json"), STRINGS).forEach((id, value) ->
                            answers.put(id, DONT_KNOW.equals(value) ? Answer.dontKnow() : Answer.of(Integer.parseInt(value))));
                    return new Respondent(rs.getString("respondent_key"), new Profile(
                            Sector.valueOf(rs.getString("sector")), Role.valueOf(rs.getString("role")),
                            Tenure.valueOf(rs.getString("tenure"))), answers,
                            Json.read(rs.getString("comments_json"), STRINGS));
                }).list();
    }
}
