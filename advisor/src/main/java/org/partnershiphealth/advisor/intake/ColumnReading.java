package org.partnershiphealth.advisor.intake;

import java.util.List;

/**
 * How one column of an export was read, for the user to check before importing: its header, what it was taken
 * for ("question Q07A", "profile: sector", "ignored: survey tool metadata", "not recognised") and a few values
 * from it. Columns the tool adds for itself (e-mail, names, addresses) never show values. {@code target} is what
 * the column holds as a column mapping writes it (Q07A, OPEN1, sector, role, tenure, respondent, ignore), empty
 * when it was not recognised.
 */
public record ColumnReading(String column, String header, String reading, Kind kind, String target,
                            List<String> samples) {

    public enum Kind { QUESTION, OPEN, PROFILE, RESPONDENT_ID, IGNORED, NOT_RECOGNISED }

    public ColumnReading {
        samples = List.copyOf(samples);
    }
}
