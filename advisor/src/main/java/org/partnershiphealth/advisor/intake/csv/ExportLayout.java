package org.partnershiphealth.advisor.intake.csv;

import java.util.List;

/**
 * How one survey tool lays out its CSV export: whether a file looks like it, and where the header ends and what
 * each column is called once the tool's header rows are read together.
 */
interface ExportLayout {

    /** The name shown to users: "Google Forms", "Qualtrics"... */
    String name();

    boolean recognises(List<List<String>> rows);

    ExportHeader header(List<List<String>> rows);

    /** The cell of a row, or "" past its end (spreadsheets drop trailing empty cells). */
    static String cell(List<String> row, int column) {
        String value = column < row.size() ? row.get(column) : null;
        return value == null ? "" : value.strip();
    }
}
