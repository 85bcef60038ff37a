package org.partnershiphealth.advisor.intake.csv;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The cells of a CSV file, one list per spreadsheet row, whatever wrote it: a UTF-8 byte order mark is dropped,
 * the separator is taken from the first line (European Excel saves with semicolons), quoted cells may hold commas,
 * quotes and line breaks, and blank rows at the end are left out.
 */
final class CsvCells {

    private static final CsvMapper MAPPER = CsvMapper.builder().enable(CsvParser.Feature.WRAP_AS_ARRAY).build();
    private static final char[] SEPARATORS = {',', ';', '\t'};

    private CsvCells() {
    }

    /** Rows in file order; index 0 is spreadsheet row 1. Throws {@link IOException} when the text is not CSV. */
    static List<List<String>> parse(String content) throws IOException {
        String text = content.startsWith("\uFEFF") ? content.substring(1) : content;
        CsvSchema schema = CsvSchema.emptySchema().withColumnSeparator(separatorOf(firstLine(text)));
        List<List<String>> rows = new ArrayList<>();
        try (MappingIterator<String[]> cells = MAPPER.readerFor(String[].class).with(schema).readValues(text)) {
            while (cells.hasNextValue()) {
                rows.add(Arrays.asList(cells.nextValue()));
            }
        }
        while (!rows.isEmpty() && isBlank(rows.get(rows.size() - 1))) {
            rows.remove(rows.size() - 1);
        }
        return rows;
    }

    static boolean isBlank(List<String> row) {
        return row.stream().allMatch(cell -> cell == null || cell.isBlank());
    }

    /** The separator used most often outside quotes in the header line; a comma when there is no telling. */
    static char separatorOf(String line) {
        char best = ',';
        long bestCount = 0;
        for (char separator : SEPARATORS) {
            long count = countOutsideQuotes(line, separator);
            if (count > bestCount) {
                best = separator;
                bestCount = count;
            }
        }
        return best;
    }

    private static long countOutsideQuotes(String line, char wanted) {
        long count = 0;
        boolean quoted = false;
        for (char c : line.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            } else if (c == wanted && !quoted) {
                count++;
            }
        }
        return count;
    }

    private static String firstLine(String text) {
        int end = text.indexOf('\n');
        return end < 0 ? text : text.substring(0, end);
    }
}
