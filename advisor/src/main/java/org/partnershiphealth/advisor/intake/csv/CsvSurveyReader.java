package org.partnershiphealth.advisor.intake.csv;

import com.fasterxml.jackson.core.JsonProcessingException;
import org.partnershiphealth.advisor.intake.AnswerScale;
import org.partnershiphealth.advisor.intake.Column;
import org.partnershiphealth.advisor.intake.ColumnMapping;
import org.partnershiphealth.advisor.intake.ColumnMatcher;
import org.partnershiphealth.advisor.intake.IntakeProblem;
import org.partnershiphealth.advisor.intake.RawRespondent;
import org.partnershiphealth.knowledge.Questionnaire;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
    private final Questionnaire.ProfileQuestions profile;

    public CsvSurveyReader(Questionnaire questionnaire) {
        this.matcher = new ColumnMatcher(questionnaire);
        this.profile = questionnaire.profile();
    }

    /** How to read an export beyond its bytes: the answer scale if the user chose one, and their column mapping. */
    public record Reading(AnswerScale scale, ColumnMapping mapping) {

        public static Reading automatic() {
            return new Reading(null, ColumnMapping.none());
        }
    }

    /**
     * Reads an export as its bytes arrived: an .xlsx workbook, or CSV text in whichever encoding wrote it. Never
     * throws for user mistakes: problems go into {@link CsvRows#problems()}.
     */
    public CsvRows read(String fileName, byte[] content, Reading reading) {
        if (isXlsx(fileName)) {
            try {
                return read(fileName, XlsxCells.parse(content), "XLSX", reading);
            } catch (IOException e) {
                return failed(fileName, "the file is not a readable .xlsx workbook (" + e.getMessage() + "); an"
                        + " .xls file from an older Excel must be saved as .xlsx or CSV first");
            }
        }
        TextDecoding decoded = TextDecoding.of(content);
        CsvRows rows = read(fileName, decoded.text(), reading);
        return decoded.encoding().equals("UTF-8") ? rows : rows.withLayout(rows.layout() + ", " + decoded.encoding());
    }

    /** Reads CSV text as written by our own layout or a survey tool, every answer as it stands. */
    public CsvRows read(String fileName, String content) {
        return read(fileName, content, Reading.automatic());
    }

    /** Reads CSV text. Never throws for user mistakes: problems go into {@link CsvRows#problems()}. */
    public CsvRows read(String fileName, String content, Reading reading) {
        List<List<String>> rows;
        try {
            rows = CsvCells.parse(content == null ? "" : content);
        } catch (IOException e) {
            return failed(fileName, "the file is not readable as CSV: " + reason(e));
        }
        return read(fileName, rows, "CSV", reading);
    }

    public static boolean isXlsx(String fileName) {
        return fileName.toLowerCase(Locale.ROOT).endsWith(".xlsx");
    }

    private CsvRows read(String fileName, List<List<String>> rows, String format, Reading reading) {
        if (rows.isEmpty()) {
            return failed(fileName, "the file is empty (expected a header row, then one row per respondent)");
        }
        ExportLayout layout = layoutOf(rows);
        ExportHeader header = layout.header(rows);
        List<List<String>> data = new ArrayList<>();
        List<List<String>> leftOutRows = new ArrayList<>();
        List<String> leftOutReasons = new ArrayList<>();
        List<Integer> rowNumbers = new ArrayList<>();
        for (int index = header.rows(); index < rows.size(); index++) {
            List<String> row = rows.get(index);
            if (CsvCells.isBlank(row)) {
                continue;
            }
            Optional<String> reason = header.leftOut().reason(row);
            if (reason.isPresent()) {
                leftOutRows.add(row);
                leftOutReasons.add(reason.get());
            } else {
                data.add(row);
                rowNumbers.add(index + 1);
            }
        }
        MatchedColumns columns = new MatchedColumns(fileName, header, matcher, reading.mapping(),
                column -> data.stream().anyMatch(row -> !cell(row, column).isEmpty()));
        // each row left out is known by its response id (or digest), so a later export does not count it twice
        Map<String, List<String>> leftOut = new LinkedHashMap<>();
        Map<String, Integer> sameLeftOut = new java.util.HashMap<>();
        for (int index = 0; index < leftOutRows.size(); index++) {
            RawRespondent row = respondent(0, leftOutRows.get(index), columns);
            String key = row.id() != null ? row.id() : stableId(leftOutRows.get(index), sameLeftOut);
            leftOut.computeIfAbsent(leftOutReasons.get(index), reason -> new ArrayList<>()).add(key);
        }
        List<IntakeProblem> problems = new ArrayList<>(columns.problems());
        List<RawRespondent> respondents = new ArrayList<>();
        Map<String, Integer> sameRows = new java.util.HashMap<>();
        for (int index = 0; index < data.size(); index++) {
            List<String> row = data.get(index);
            int rowNumber = rowNumbers.get(index);
            RawRespondent respondent = respondent(rowNumber, row, columns);
            if (respondent.id() == null) {
                respondent.id(stableId(row, sameRows));
            }
            respondents.add(respondent);
            extraCells(fileName, rowNumber, row, columns.columns().size()).ifPresent(problems::add);
            undecodable(fileName, rowNumber, row, columns.headers()).ifPresent(problems::add);
        }
        if (respondents.isEmpty()) {
            problems.add(IntakeProblem.inFile(fileName, "the survey has no respondents"
                    + (leftOut.isEmpty() ? "" : " (left out: " + leftOut.keySet() + ")")));
        }
        CodedAnswers.Decoded decoded = CodedAnswers.apply(fileName, respondents, reading.scale(), profile);
        if (decoded.problem().isPresent()) {
            // until the scale is known no answer can be read, so the rows' problems would only repeat this one
            problems.add(decoded.problem().get());
            respondents.clear();
        }
        String name = format.equals("CSV") ? layout.name() : layout.name() + " (" + format + ")";
        return new CsvRows(name, respondents, problems, columns.unmapped(), columns.readings(data),
                columns.questions(), leftOut, decoded.notes());
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

    /**
     * An id for a row of an export without response ids (Google Forms): a digest of the whole row, submission
     * time included, so a later export of the same survey gives the same row the same id wherever it sits, and a
     * re-import can skip it. Identical rows are told apart by their order.
     */
    private static String stableId(List<String> row, Map<String, Integer> seen) {
        try {
            java.security.MessageDigest sha = java.security.MessageDigest.getInstance("SHA-256");
            for (String cell : row) {
                sha.update((cell == null ? "" : cell.strip()).getBytes(java.nio.charset.StandardCharsets.UTF_8));
                sha.update((byte) 0x1f);
            }
            String digest = "row-" + java.util.HexFormat.of().formatHex(sha.digest(), 0, 8);
            int repeat = seen.merge(digest, 1, Integer::sum);
            return repeat == 1 ? digest : digest + "-" + repeat;
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
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

    /** A cell with a byte its encoding has no character for: named, never dropped or guessed. */
    private static Optional<IntakeProblem> undecodable(String file, int rowNumber, List<String> row,
                                                       List<String> headers) {
        for (int column = 0; column < row.size(); column++) {
            String value = row.get(column);
            if (value != null && value.indexOf(TextDecoding.UNDECODABLE) >= 0) {
                String header = column < headers.size() ? headers.get(column) : "column " + (column + 1);
                return Optional.of(new IntakeProblem(file, rowNumber, header, "the cell holds bytes that are not"
                        + " text in UTF-8, UTF-16 or Windows-1252; save the file as \"CSV UTF-8\" and try again"));
            }
        }
        return Optional.empty();
    }

    private static CsvRows failed(String fileName, String message) {
        return CsvRows.failed("CSV", IntakeProblem.inFile(fileName, message));
    }

    private static String reason(IOException e) {
        if (e instanceof JsonProcessingException parsing) {
            String where = parsing.getLocation() == null ? "" : " (line " + parsing.getLocation().getLineNr() + ")";
            return parsing.getOriginalMessage() + where;
        }
        return e.getMessage();
    }
}
