package org.partnershiphealth.advisor.intake;

/**
 * One thing wrong with an input file, placed as precisely as the format allows: the file, the row (a CSV line
 * number, or the respondent's position in a JSON/YAML list, counted from 1), the column or field, and the reason.
 */
public record IntakeProblem(String file, Integer row, String field, String message) {

    public static IntakeProblem inFile(String file, String message) {
        return new IntakeProblem(file, null, null, message);
    }

    public static IntakeProblem atField(String file, String field, String message) {
        return new IntakeProblem(file, null, field, message);
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder(file);
        if (row != null) {
            text.append(", row ").append(row);
        }
        if (field != null) {
            text.append(row != null ? ", " : ", field ").append(row != null ? "column " : "").append(field);
        }
        return text.append(": ").append(message).toString();
    }
}
