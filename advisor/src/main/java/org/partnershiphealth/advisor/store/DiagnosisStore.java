package org.partnershiphealth.advisor.store;

import org.partnershiphealth.diagnosis.Diagnosis;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

/** Diagnoses as they were made, so a report can be reproduced later even if the rules change. */
@Repository
public class DiagnosisStore {

    private final JdbcClient jdbc;

    public DiagnosisStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void save(long roundId, Diagnosis diagnosis) {
        jdbc.sql("insert into stored_diagnosis (round_id, diagnosis_json, created_at) values (:round, :json, :now)")
                .param("round", roundId).param("json", Json.write(diagnosis))
                .param("now", Timestamp.from(Instant.now())).update();
    }

    public Optional<Diagnosis> latest(long roundId) {
        return jdbc.sql("select diagnosis_json from stored_diagnosis where round_id = :round order by id desc"
                        + " fetch first 1 rows only")
                .param("round", roundId).query(String.class).optional()
                .map(json -> Json.read(json, Diagnosis.class));
    }
}
