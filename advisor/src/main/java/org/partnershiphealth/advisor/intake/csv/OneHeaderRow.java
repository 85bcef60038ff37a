package org.partnershiphealth.advisor.intake.csv;

import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

/** An export whose first row names the columns: our own CSV, Google Forms and Microsoft Forms. */
record OneHeaderRow(String name, Predicate<List<String>> recognisedBy) implements ExportLayout {

    /** Our own layout ({@code respondent,sector,role,tenure,Q01A,...}), and the fallback for any one-row header. */
    static OneHeaderRow nativeCsv() {
        return new OneHeaderRow("native CSV", headers -> true);
    }

    /** A Forms responses sheet downloaded as CSV starts with the time each response was submitted. */
    static OneHeaderRow googleForms() {
        return new OneHeaderRow("Google Forms", headers -> !headers.isEmpty() && headers.get(0).equals("timestamp"));
    }

    /** An Excel download of Microsoft Forms responses: ID, Start time, Completion time, Email, Name, then answers. */
    static OneHeaderRow microsoftForms() {
        return new OneHeaderRow("Microsoft Forms",
                headers -> headers.containsAll(List.of("id", "start time", "completion time")));
    }

    @Override
    public boolean recognises(List<List<String>> rows) {
        return !rows.isEmpty() && recognisedBy.test(rows.get(0).stream()
                .map(text -> text.strip().toLowerCase(Locale.ROOT)).toList());
    }

    @Override
    public ExportHeader header(List<List<String>> rows) {
        List<String> first = rows.isEmpty() ? List.of() : rows.get(0);
        return new ExportHeader(first.stream().map(text -> ExportHeader.ColumnHeader.named(text.strip())).toList(), 1);
    }
}
