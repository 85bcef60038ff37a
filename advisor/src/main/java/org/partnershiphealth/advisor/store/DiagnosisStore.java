package org.partnershiphealth.advisor.store;

import com.fasterxml.jackson.core.type.TypeReference;
import org.partnershiphealth.diagnosis.Diagnosis;
import org.partnershiphealth.disclosure.PublicationHistory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Published diagnoses of a round (snapshots), as they were made, with the respondents each was made from: a report
 * can be reproduced later even if the rules change, and every new snapshot is judged against the earlier ones.
 * Rows from before snapshots recorded their respondents are ignored.
 */
@Repository
public class DiagnosisStore {

    private static final TypeReference<List<String>> KEYS = new TypeReference<>() {
    };

    private final JdbcClient jdbc;

    public DiagnosisStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A published diagnosis and the respondents (their keys) it was made from. */
    public record Snapshot(Diagnosis diagnosis, Set<String> respondents) {
        public Snapshot {
            respondents = Set.copyOf(respondents);
        }
    }

    public void save(long roundId, Diagnosis diagnosis, Set<String> respondentKeys) {
        jdbc.sql("insert into stored_diagnosis (round_id, diagnosis_json, respondent_keys, created_at)"
                        + " values (:round, :json, :keys, :now)")
                .param("round", roundId).param("json", Json.write(diagnosis))
                .param("keys", Json.write(new TreeSet<>(respondentKeys)))
                .param("now", Timestamp.from(Instant.now())).update();
    }

    /** The round's publication history in brief: how many snapshots, the newest id, how many withdrawn. */
    public String historyStamp(long roundId) {
        return jdbc.sql("select count(*), coalesce(max(id), 0), count(withdrawn_at) from stored_diagnosis"
                        + " where round_id = :round").param("round", roundId)
                .query((rs, row) -> rs.getLong(1) + "/" + rs.getLong(2) + "/" + rs.getLong(3)).single();
    }

    public Optional<Snapshot> latest(long roundId) {
        return jdbc.sql("select diagnosis_json, respondent_keys from stored_diagnosis where round_id = :round"
                        + " and respondent_keys is not null and withdrawn_at is null order by id desc"
                        + " fetch first 1 rows only")
                .param("round", roundId)
                .query((rs, row) -> new Snapshot(Json.read(rs.getString(1), Diagnosis.class), keys(rs.getString(2))))
                .optional();
    }

    /** The respondents of every published snapshot of the round, oldest first. */
    public PublicationHistory history(long roundId) {
        return new PublicationHistory(jdbc.sql("select respondent_keys from stored_diagnosis"
                        + " where round_id = :round and respondent_keys is not null order by id")
                .param("round", roundId)
                .query((rs, row) -> keys(rs.getString(1)))
                .list());
    }

    /**
     * Withdraws every published snapshot of the round (a response they counted was deleted): never shown again,
     * but kept in the round's history so that later results cannot be compared with them; says how many.
     */
    public int withdraw(long roundId) {
        return jdbc.sql("update stored_diagnosis set withdrawn_at = :now where round_id = :round and withdrawn_at is null")
                .param("now", Timestamp.from(Instant.now())).param("round", roundId).update();
    }

    /** Rewrites every snapshot of the round, e.g. with the partnership's new name. */
    public void relabel(long roundId, java.util.function.UnaryOperator<Diagnosis> change) {
        List<Object[]> stored = jdbc.sql("select id, diagnosis_json from stored_diagnosis where round_id = :round")
                .param("round", roundId).query((rs, row) -> new Object[] {rs.getLong(1), rs.getString(2)}).list();
        for (Object[] snapshot : stored) {
            Diagnosis changed = change.apply(Json.read((String) snapshot[1], Diagnosis.class));
            jdbc.sql("update stored_diagnosis set diagnosis_json = :json where id = :id")
                    .param("json", Json.write(changed)).param("id", snapshot[0]).update();
        }
    }

    public void deleteRound(long roundId) {
        jdbc.sql("delete from stored_diagnosis where round_id = :round").param("round", roundId).update();
    }

    private static Set<String> keys(String json) {
        return Set.copyOf(Json.read(json, KEYS));
    }
}
