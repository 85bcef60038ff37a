package org.partnershiphealth.advisor.intake;

/** What a column (or field) of an input file holds, once its header has been matched. */
public record Column(Kind kind, String id) {

    public enum Kind {
        /** The respondent's id in the file. */
        RESPONDENT_ID,
        SECTOR,
        ROLE,
        TENURE,
        /** A Likert item; {@code id} is the question id. */
        QUESTION,
        /** An open question; {@code id} is its id. */
        OPEN,
        /** A column a survey tool always adds (timestamps, e-mail, names...) that the advisor deliberately ignores. */
        IGNORED,
        /** A column the advisor could not match: reported to the user, never silently used. */
        UNMAPPED
    }

    public static Column of(Kind kind) {
        return new Column(kind, null);
    }

    public static Column question(String id) {
        return new Column(Kind.QUESTION, id);
    }
}
