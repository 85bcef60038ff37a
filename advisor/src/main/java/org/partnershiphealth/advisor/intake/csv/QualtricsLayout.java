package org.partnershiphealth.advisor.intake.csv;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.partnershiphealth.advisor.intake.csv.ExportLayout.cell;

/**
 * A Qualtrics CSV export ("use choice text"). Row 1 holds machine names (StartDate, ..., Q1, Q2_1), row 2 the
 * question texts (a matrix column as "Matrix question - statement"), row 3 an import id in JSON for each column.
 * Answers start on row 4.
 */
final class QualtricsLayout implements ExportLayout {

    private static final String IMPORT_ID = "{\"ImportId\"";
    private static final Pattern IMPORT_ID_VALUE = Pattern.compile("\"ImportId\"\\s*:\\s*\"([^\"]*)\"");
    /** Import ids of the columns Qualtrics adds to every export; the response id ("_recordId") is kept. */
    private static final Set<String> BOOKKEEPING = Set.of("startDate", "endDate", "status", "ipAddress", "progress",
            "duration", "finished", "recordedDate", "recipientLastName", "recipientFirstName", "recipientEmail",
            "externalDataReference", "locationLatitude", "locationLongitude", "distributionChannel", "userLanguage");

    @Override
    public String name() {
        return "Qualtrics";
    }

    @Override
    public boolean recognises(List<List<String>> rows) {
        return rows.size() >= 3 && rows.get(2).stream().anyMatch(text -> text.strip().startsWith(IMPORT_ID));
    }

    @Override
    public ExportHeader header(List<List<String>> rows) {
        List<String> names = rows.get(0);
        List<String> texts = rows.get(1);
        List<String> importIds = rows.get(2);
        List<ExportHeader.ColumnHeader> columns = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        for (int column = 0; column < Math.max(names.size(), texts.size()); column++) {
            String text = cell(texts, column).isEmpty() ? cell(names, column) : cell(texts, column);
            ids.add(importId(cell(importIds, column)));
            columns.add(new ExportHeader.ColumnHeader(text, BOOKKEEPING.contains(ids.get(column))));
        }
        return new ExportHeader(columns, 3, leftOut(ids.indexOf("status"), ids.indexOf("distributionChannel"),
                ids.indexOf("finished")));
    }

    /**
     * Rows Qualtrics records that are no one's answers: the survey's author trying it out (response type "Survey
     * Preview" or "Survey Test", written as 1 and 2 in a numeric export; distribution channel "preview" or
     * "test"), and responses never finished (Finished False, or 0), which Qualtrics exports with the others once
     * they are closed.
     */
    private static ExportHeader.RowFilter leftOut(int status, int channel, int finished) {
        return row -> {
            String type = status < 0 ? "" : cell(row, status).toLowerCase(Locale.ROOT);
            String via = channel < 0 ? "" : cell(row, channel).toLowerCase(Locale.ROOT);
            if (type.equals("survey preview") || type.equals("1") || via.equals("preview")) {
                return Optional.of("Qualtrics survey preview");
            }
            if (type.equals("survey test") || type.equals("2") || via.equals("test")) {
                return Optional.of("Qualtrics test response");
            }
            String done = finished < 0 ? "" : cell(row, finished).toLowerCase(Locale.ROOT);
            if (done.equals("false") || done.equals("0")) {
                return Optional.of("unfinished response");
            }
            return Optional.empty();
        };
    }

    private static String importId(String json) {
        Matcher value = IMPORT_ID_VALUE.matcher(json);
        return value.find() ? value.group(1) : "";
    }
}
