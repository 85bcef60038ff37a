package org.partnershiphealth.advisor.intake;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One respondent as found in a file, before anything is checked: the row it came from, an id (or null), the
 * profile as written, and answers as written ("4", "Agree", "Don't know", "7"...), keyed by question id, each with
 * the column or field name the user will recognise in an error message.
 */
public final class RawRespondent {

    private final int row;
    private String id;
    private String sector;
    private String role;
    private String tenure;
    private final Map<String, Cell> answers = new LinkedHashMap<>();
    private final Map<String, String> comments = new LinkedHashMap<>();

    public RawRespondent(int row) {
        this.row = row;
    }

    /** A value as written and where it came from (a column header or a JSON field path). */
    public record Cell(String value, String source) {
    }

    public int row() {
        return row;
    }

    public String id() {
        return id;
    }

    public RawRespondent id(String value) {
        this.id = value;
        return this;
    }

    public String sector() {
        return sector;
    }

    public RawRespondent sector(String value) {
        this.sector = value;
        return this;
    }

    public String role() {
        return role;
    }

    public RawRespondent role(String value) {
        this.role = value;
        return this;
    }

    public String tenure() {
        return tenure;
    }

    public RawRespondent tenure(String value) {
        this.tenure = value;
        return this;
    }

    public Map<String, Cell> answers() {
        return answers;
    }

    public RawRespondent answer(String questionId, String value, String source) {
        answers.put(questionId, new Cell(value, source));
        return this;
    }

    public Map<String, String> comments() {
        return comments;
    }

    public RawRespondent comment(String openQuestionId, String text) {
        if (text != null && !text.isBlank()) {
            comments.put(openQuestionId, text.strip());
        }
        return this;
    }
}
