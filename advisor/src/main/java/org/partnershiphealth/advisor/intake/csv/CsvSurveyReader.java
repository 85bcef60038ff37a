package org.partnershiphealth.advisor.intake.csv;

import com.fasterxml.jackson.core.JsonProcessingException;
import org.partnershiphealth.advisor.intake.Column;
import org.partnershiphealth.advisor.intake.ColumnMatcher;
import org.partnershiphealth.advisor.intake.IntakeProblem;
import org.partnershiphealth.advisor.intake.RawRespondent;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.partnershiphealth.advisor.intake.csv.ExportLayout.cell;

/**
 * Reads a survey exported as CSV, in our own layout or as Google Forms, SurveyMonkey, Qualtrics or Microsoft
 * Forms write it, into raw respondents: answers and profile exactly as written, one respondent per data row,
 * numbered as a spreadsheet numbers rows. Checking the answers is left to the caller.
 */
public final class CsvSurveyReader {

    /** Most specific first: a Qualtrics or SurveyMonkey export would also pass for a one-row header. */
    private static final List<ExportLayout> LAYOUTS = List.of(new QualtricsLayout(), new SurveyMonkeyLayout(),
            OneHeaderRow.googleForms(), OneHeaderRow.microsoftForms(), OneHeaderRow.nativeCsv());

    private final ColumnMatcher matcher;

    public CsvSurveyReader(ColumnMatcher matcher) {
        this.matcher = matcher;
    }

    /** Never throws for user mistakes: problems go into {@link CsvRows#problems()}. */
    public CsvRows read(String fileName, String content) {
        List<List<String>> rows;
        try {
            rows = CsvCells.parse(content == null ? "" : content);
        } catch (IOException e) {
            return failed(fileName, "the file is not readable as CSV: " + reason(e));
        }
        if (rows.isEmpty()) {
            return failed(fileName, "the file is empty (expected a header row, then one row per respondent)");
        }
        ExportLayout layout = layoutOf(rows);
        ExportHeader header = layout.header(rows);
        List<List<String>> data = rows.subList(Math.min(header.rows(), rows.size()), rows.size());
        MatchedColumns columns = new MatchedColumns(fileName, header, matcher,
                column -> data.stream().anyMatch(row -> !cell(row, column).isEmpty()));
        List<IntakeProblem> problems = new ArrayList<>(columns.problems());
        List<RawRespondent> respondents = new ArrayList<>();
        for (int index = header.rows(); index < rows.size(); index++) {
            List<String> row = rows.get(index);
            if (!CsvCells.isBlank(row)) {
                int rowNumber = index + 1;
                respondents.add(respondent(rowNumber, row, columns));
                extraCells(fileName, rowNumber, row, columns.columns().size()).ifPresent(problems::add);
            }
        }
        if (respondents.isEmpty()) {
            problems.add(IntakeProblem.inFile(fileName, "the survey has no respondents"));
        }
        return new CsvRows(layout.name(), respondents, problems, columns.unmapped());
    }

    /** The first layout that recognises the file; our own layout recognises any file with a header row. */
    static ExportLayout layoutOf(List<List<String>> rows) {
        return LAYOUTS.stream().filter(layout -> layout.recognises(rows)).findFirst().orElseThrow();
    }

    private static RawRespondent respondent(int rowNumber, List<String> row, MatchedColumns columns) {
        RawRespondent respondent = new RawRespondent(rowNumber);
        for (int index = 0; index < columns.columns().size(); index++) {
            Column column = columns.columns().get(index);
            String value = cell(row, index);
            if (value.isEmpty()) {
                continue;
            }
            switch (column.kind()) {
                case RESPONDENT_ID -> respondent.id(value);
                case SECTOR -> respondent.sector(value);
                case ROLE -> respondent.role(value);
                case TENURE -> respondent.tenure(value);
                case QUESTION -> respondent.answer(column.id(), value, columns.headers().get(index));
                case OPEN -> respondent.comment(column.id(), value);
                case IGNORED, UNMAPPED -> {
                    // e-mail addresses, names and timestamps are never read into anything
                }
            }
        }
        return respondent;
    }

    /** Cells beyond the last header usually mean a separator or quote out of place earlier in the row. */
    private static Optional<IntakeProblem> extraCells(String file, int rowNumber, List<String> row,
                                                      int headerColumns) {
        boolean spills = row.subList(Math.min(headerColumns, row.size()), row.size()).stream()
                .anyMatch(value -> !value.isBlank());
        return spills ? Optional.of(new IntakeProblem(file, rowNumber, null, "the row has " + row.size()
                + " cells but the header has " + headerColumns + " columns (is a separator or quote out of place?)"))
                : Optional.empty();
    }

    private static CsvRows failed(String fileName, String message) {
        return new CsvRows("CSV", List.of(), List.of(IntakeProblem.inFile(fileName, message)), List.of());
    }

    private static String reason(IOException e) {
        if (e instanceof JsonProcessingException parsing) {
            String where = parsing.getLocation() == null ? "" : " (line " + parsing.getLocation().getLineNr() + ")";
            return parsing.getOriginalMessage() + where;
        }
        return e.getMessage();
    }
}
