package org.partnershiphealth.advisor.intake.csv;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import static org.partnershiphealth.advisor.intake.csv.ExportLayout.cell;

/**
 * SurveyMonkey's expanded CSV export. Row 1 holds the question headings, written once over the first column of a
 * matrix and left blank over the rest of it; row 2 holds "Response" or "Open-Ended Response" under plain
 * questions and the row statement under each matrix column. Answers start on row 3.
 */
final class SurveyMonkeyLayout implements ExportLayout {

    private static final Set<String> NOT_A_STATEMENT = Set.of("", "response", "open-ended response");

    @Override
    public String name() {
        return "SurveyMonkey";
    }

    /** Row 1 starts with "Respondent ID", and row 2 is the second header row, blank where every response has an id. */
    @Override
    public boolean recognises(List<List<String>> rows) {
        return rows.size() >= 2
                && cell(rows.get(0), 0).equalsIgnoreCase("Respondent ID")
                && cell(rows.get(1), 0).isEmpty();
    }

    @Override
    public ExportHeader header(List<List<String>> rows) {
        List<String> headings = rows.get(0);
        List<String> statements = rows.get(1);
        List<ExportHeader.ColumnHeader> columns = new ArrayList<>();
        String heading = "";
        for (int column = 0; column < Math.max(headings.size(), statements.size()); column++) {
            if (!cell(headings, column).isEmpty()) {
                heading = cell(headings, column);
            }
            String statement = cell(statements, column);
            boolean isStatement = !NOT_A_STATEMENT.contains(statement.toLowerCase(Locale.ROOT));
            columns.add(ExportHeader.ColumnHeader.named(isStatement ? statement : heading));
        }
        return new ExportHeader(columns, 2);
    }
}
