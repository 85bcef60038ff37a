package org.partnershiphealth.advisor.intake.csv;

import org.partnershiphealth.advisor.intake.Column;
import org.partnershiphealth.advisor.intake.ColumnMapping;
import org.partnershiphealth.advisor.intake.ColumnMatcher;
import org.partnershiphealth.advisor.intake.ColumnReading;
import org.partnershiphealth.advisor.intake.IntakeProblem;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntPredicate;

/**
 * Every column of an export matched to what it holds, and what is wrong with the header as a whole. A column
 * that matches nothing is reported, never guessed at; a column the tool adds for itself is skipped in silence.
 * Header problems carry no row: they concern the whole file, not one respondent.
 */
final class MatchedColumns {

    private final String file;
    private final List<Column> columns = new ArrayList<>();
    private final List<String> headers = new ArrayList<>();
    private final List<IntakeProblem> problems = new ArrayList<>();
    private final List<String> unmapped = new ArrayList<>();
    private final Map<Column, String> firstHeaderOf = new HashMap<>();
    private final Set<Integer> mapped = new HashSet<>();

    /**
     * {@code holdsData} tells whether any respondent wrote in a column, to tell a stray blank header from padding;
     * the user's {@code mapping} is asked first, so it can also correct a match.
     */
    MatchedColumns(String file, ExportHeader header, ColumnMatcher matcher, ColumnMapping mapping,
                   IntPredicate holdsData) {
        this.file = file;
        List<ExportHeader.ColumnHeader> all = header.columns();
        for (int index = 0; index < all.size(); index++) {
            ExportHeader.ColumnHeader column = all.get(index);
            String text = column.text().isBlank() ? "column " + letters(index) + " (no header)" : column.text();
            headers.add(text);
            Optional<Column> said = mapping.columnFor(text);
            if (said.isPresent()) {
                mapped.add(index);
                columns.add(resolve(text, said.get(), false));
            } else if (column.text().isBlank()) {
                columns.add(holdsData.test(index) ? unmapped(text) : Column.of(Column.Kind.IGNORED));
            } else {
                columns.add(resolve(text, matcher.match(text), column.bookkeeping()));
            }
        }
        if (columns.stream().noneMatch(column -> column.kind() == Column.Kind.QUESTION)) {
            problems.add(IntakeProblem.inFile(file, "no column matches a question of the questionnaire"
                    + " (match by id like Q01A or by the question's text)"));
        }
    }

    List<Column> columns() {
        return columns;
    }

    /** The header of each column as the user will recognise it in a message. */
    List<String> headers() {
        return headers;
    }

    List<IntakeProblem> problems() {
        return problems;
    }

    List<String> unmapped() {
        return unmapped;
    }

    /** The questions some column holds. */
    Set<String> questions() {
        Set<String> ids = new LinkedHashSet<>();
        columns.stream().filter(column -> column.kind() == Column.Kind.QUESTION).forEach(column -> ids.add(column.id()));
        return ids;
    }

    /** How each column was read, with up to three values from the data rows where showing them is harmless. */
    List<ColumnReading> readings(List<List<String>> data) {
        List<ColumnReading> readings = new ArrayList<>();
        for (int index = 0; index < columns.size(); index++) {
            Column column = columns.get(index);
            ColumnReading.Kind kind = kind(column);
            String reading = describe(column, kind) + (mapped.contains(index) ? " (from your column mapping)" : "");
            boolean showValues = kind == ColumnReading.Kind.QUESTION || kind == ColumnReading.Kind.PROFILE
                    || kind == ColumnReading.Kind.NOT_RECOGNISED;
            readings.add(new ColumnReading(letters(index), headers.get(index), reading, kind, target(column),
                    showValues ? samples(data, index) : List.of()));
        }
        return readings;
    }

    private static List<String> samples(List<List<String>> data, int column) {
        Set<String> values = new LinkedHashSet<>();
        for (List<String> row : data) {
            String value = ExportLayout.cell(row, column);
            if (!value.isEmpty()) {
                values.add(value.length() <= 40 ? value : value.substring(0, 37) + "...");
            }
            if (values.size() == 3) {
                break;
            }
        }
        return List.copyOf(values);
    }

    private static String target(Column column) {
        return switch (column.kind()) {
            case QUESTION, OPEN -> column.id();
            case SECTOR, ROLE, TENURE -> column.kind().name().toLowerCase(java.util.Locale.ROOT);
            case RESPONDENT_ID -> "respondent";
            case IGNORED -> "ignore";
            case UNMAPPED -> "";
        };
    }

    private static ColumnReading.Kind kind(Column column) {
        return switch (column.kind()) {
            case QUESTION -> ColumnReading.Kind.QUESTION;
            case OPEN -> ColumnReading.Kind.OPEN;
            case SECTOR, ROLE, TENURE -> ColumnReading.Kind.PROFILE;
            case RESPONDENT_ID -> ColumnReading.Kind.RESPONDENT_ID;
            case IGNORED -> ColumnReading.Kind.IGNORED;
            case UNMAPPED -> ColumnReading.Kind.NOT_RECOGNISED;
        };
    }

    private static String describe(Column column, ColumnReading.Kind kind) {
        return switch (kind) {
            case QUESTION, OPEN, PROFILE -> describe(column);
            case RESPONDENT_ID -> "the response id (recognises responses already imported)";
            case IGNORED -> "ignored (the survey tool's own data, or a second column for the same thing)";
            case NOT_RECOGNISED -> "not recognised: map it, rename it, or leave it out";
        };
    }

    private Column resolve(String header, Column column, boolean bookkeeping) {
        if (column.kind() == Column.Kind.UNMAPPED && bookkeeping) {
            return Column.of(Column.Kind.IGNORED);
        }
        if (column.kind() == Column.Kind.UNMAPPED) {
            Optional<String> questionId = ColumnMatcher.questionIdIn(header);
            questionId.ifPresent(id -> problems.add(IntakeProblem.atField(file, header, "unknown question id " + id)));
            return questionId.isPresent() ? column : unmapped(header);
        }
        if (column.kind() == Column.Kind.IGNORED) {
            return column;
        }
        String first = firstHeaderOf.putIfAbsent(column, header);
        if (first != null) {
            problems.add(IntakeProblem.atField(file, header, "columns \"" + first + "\" and \"" + header
                    + "\" both hold " + describe(column) + "; keep one of them"));
            return Column.of(Column.Kind.IGNORED);
        }
        return column;
    }

    private Column unmapped(String header) {
        unmapped.add(header);
        return Column.of(Column.Kind.UNMAPPED);
    }

    private static String describe(Column column) {
        return switch (column.kind()) {
            case QUESTION -> "question " + column.id();
            case OPEN -> "open question " + column.id();
            case SECTOR -> "the sector";
            case ROLE -> "the role";
            case TENURE -> "the time involved";
            case RESPONDENT_ID -> "the respondent id";
            case IGNORED, UNMAPPED -> "the same thing";
        };
    }

    /** Spreadsheet column letters: 0 is A, 25 is Z, 26 is AA. */
    static String letters(int index) {
        String letter = String.valueOf((char) ('A' + index % 26));
        return index < 26 ? letter : letters(index / 26 - 1) + letter;
    }
}
