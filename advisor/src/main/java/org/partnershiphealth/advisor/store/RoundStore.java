package org.partnershiphealth.advisor.store;

import org.partnershiphealth.assessment.PartnershipFacts;
import org.partnershiphealth.assessment.QuestionnaireForm;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Assessment rounds. Consultants reach a round through their organisation; respondents through its share token. */
@Repository
public class RoundStore {

    private static final com.fasterxml.jackson.core.type.TypeReference<java.util.Map<String, java.util.List<String>>>
            LEFT_OUT = new com.fasterxml.jackson.core.type.TypeReference<>() {
            };

    private static final String SELECT = "select r.*, p.organisation_id from assessment_round r"
            + " join partnership p on p.id = r.partnership_id ";

    private final JdbcClient jdbc;

    public RoundStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public StoredRound create(long partnershipId, String period, QuestionnaireForm form, PartnershipFacts facts,
                              String shareToken, String language) {
        jdbc.sql("insert into assessment_round (partnership_id, period, form, status, share_token, facts_json,"
                        + " created_at, language) values (:p, :period, :form, 'OPEN', :token, :facts, :now, :language)")
                .param("p", partnershipId).param("period", period).param("form", form.name())
                .param("language", language)
                .param("token", shareToken).param("facts", Json.write(facts))
                .param("now", Timestamp.from(Instant.now())).update();
        return byShareToken(shareToken).orElseThrow();
    }

    public List<StoredRound> ofPartnership(long organisationId, long partnershipId) {
        return jdbc.sql(SELECT + "where p.organisation_id = :o and r.partnership_id = :p order by r.period, r.id")
                .param("o", organisationId).param("p", partnershipId).query(RoundStore::map).list();
    }

    public Optional<StoredRound> find(long organisationId, long roundId) {
        return jdbc.sql(SELECT + "where p.organisation_id = :o and r.id = :id")
                .param("o", organisationId).param("id", roundId).query(RoundStore::map).optional();
    }

    public Optional<StoredRound> byShareToken(String token) {
        return jdbc.sql(SELECT + "where r.share_token = :token").param("token", token).query(RoundStore::map).optional();
    }

    public Optional<StoredRound> byId(long roundId) {
        return jdbc.sql(SELECT + "where r.id = :id").param("id", roundId).query(RoundStore::map).optional();
    }

    /**
     * Locks the round for the rest of the transaction, so that two results of it are never published at once
     * from the same earlier snapshots (their difference could then be smaller than k).
     */
    public void lock(long roundId) {
        jdbc.sql("select id from assessment_round where id = :id for update").param("id", roundId)
                .query(Long.class).optional();
    }

    public void updateFacts(long roundId, PartnershipFacts facts) {
        jdbc.sql("update assessment_round set facts_json = :facts where id = :id")
                .param("facts", Json.write(facts)).param("id", roundId).update();
    }

    public void setShareToken(long roundId, String token) {
        jdbc.sql("update assessment_round set share_token = :token where id = :id")
                .param("token", token).param("id", roundId).update();
    }

    /** Rows of imported exports that were no respondent, by reason, each known by its response id or row digest. */
    public java.util.Map<String, java.util.Set<String>> leftOut(long roundId) {
        String json = jdbc.sql("select left_out_json from assessment_round where id = :id").param("id", roundId)
                .query(String.class).optional().orElse(null);
        java.util.Map<String, java.util.Set<String>> leftOut = new java.util.TreeMap<>();
        if (json != null) {
            Json.read(json, LEFT_OUT).forEach((reason, keys) -> leftOut.put(reason, new java.util.TreeSet<>(keys)));
        }
        return leftOut;
    }

    /** Adds rows an import left out; a row already counted (the same key for the same reason) counts once. */
    public void addLeftOut(long roundId, java.util.Map<String, java.util.List<String>> rows) {
        if (rows.isEmpty()) {
            return;
        }
        java.util.Map<String, java.util.Set<String>> all = leftOut(roundId);
        rows.forEach((reason, keys) -> all.computeIfAbsent(reason, r -> new java.util.TreeSet<>()).addAll(keys));
        jdbc.sql("update assessment_round set left_out_json = :json where id = :id")
                .param("json", Json.write(all)).param("id", roundId).update();
    }

    /** Corrects the round's period; the caller checks that no other round of the partnership has it. */
    public void setPeriod(long roundId, String period) {
        jdbc.sql("update assessment_round set period = :period where id = :id")
                .param("period", period).param("id", roundId).update();
    }

    /** Records how many people were asked by other means than personal invitations (null: not recorded). */
    public void setPeopleAsked(long roundId, Integer count) {
        jdbc.sql("update assessment_round set people_asked = :count where id = :id")
                .param("count", count).param("id", roundId).update();
    }

    /** Sets the language respondents see. */
    public void setLanguage(long roundId, String language) {
        jdbc.sql("update assessment_round set language = :language where id = :id")
                .param("language", language).param("id", roundId).update();
    }

    /** Sets the reminder schedule: every {@code days} days (null: no automatic reminders), at most {@code limit}. */
    public void setReminders(long roundId, Integer days, int limit) {
        jdbc.sql("update assessment_round set reminder_days = :days, reminder_limit = :limit where id = :id")
                .param("days", days).param("limit", limit).param("id", roundId).update();
    }

    /** The address respondents reach the service at, as last seen on the consultant's page; null if never. */
    public java.util.Optional<String> publicUrl(long roundId) {
        return jdbc.sql("select public_url from assessment_round where id = :id").param("id", roundId)
                .query(String.class).optional().filter(url -> url != null && !url.isBlank());
    }

    public void setPublicUrl(long roundId, String url) {
        jdbc.sql("update assessment_round set public_url = :url where id = :id")
                .param("url", url).param("id", roundId).update();
    }

    /** Open rounds with a reminder schedule, for the reminder job. */
    public List<StoredRound> openWithReminders() {
        return jdbc.sql(SELECT + "where r.status = 'OPEN' and r.reminder_days is not null order by r.id")
                .query(RoundStore::map).list();
    }

    /** Deletes the round itself; its responses, invitations and snapshots must be deleted first. */
    public void delete(long roundId) {
        jdbc.sql("delete from assessment_round where id = :id").param("id", roundId).update();
    }

    public void setStatus(long roundId, StoredRound.Status status) {
        jdbc.sql("update assessment_round set status = :status, closed_at = :closed where id = :id")
                .param("status", status.name())
                .param("closed", status == StoredRound.Status.CLOSED ? Timestamp.from(Instant.now()) : null)
                .param("id", roundId).update();
    }

    private static StoredRound map(ResultSet rs, int row) throws SQLException {
        Timestamp closed = rs.getTimestamp("closed_at");
        return new StoredRound(rs.getLong("id"), rs.getLong("partnership_id"), rs.getLong("organisation_id"),
                rs.getString("period"), QuestionnaireForm.valueOf(rs.getString("form")),
                StoredRound.Status.valueOf(rs.getString("status")), rs.getString("share_token"),
                Json.read(rs.getString("facts_json"), PartnershipFacts.class),
                rs.getTimestamp("created_at").toInstant(), closed == null ? null : closed.toInstant(),
                rs.getString("language"), rs.getObject("reminder_days", Integer.class), rs.getInt("reminder_limit"),
                rs.getObject("people_asked", Integer.class));
    }
}
