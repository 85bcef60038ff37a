package org.partnershiphealth.advisor;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.BiPredicate;

/**
 * A table the product hands out (a round's raw answers, the portfolio), as CSV or XLSX. The CSV starts with a
 * byte-order mark so that Excel reads it as UTF-8, and every cell passes {@link SafeCsv}; the XLSX writes numbers as
 * numbers where the caller says a cell holds one.
 */
public final class Spreadsheet {

    private Spreadsheet() {
    }

    public static byte[] csv(List<String> header, List<List<String>> rows) {
        StringBuilder csv = new StringBuilder("\uFEFF");
        SafeCsv.row(csv, header);
        rows.forEach(row -> SafeCsv.row(csv, row));
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** {@code numeric} says, by column and value, which cells to write as numbers. */
    public static byte[] xlsx(String sheetName, List<String> header, List<List<String>> rows,
                              BiPredicate<Integer, String> numeric) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Workbook workbook = new Workbook(out, "Partnership Health Advisor", "1.0");
            Worksheet sheet = workbook.newWorksheet(sheetName);
            for (int c = 0; c < header.size(); c++) {
                sheet.value(0, c, header.get(c));
            }
            for (int r = 0; r < rows.size(); r++) {
                List<String> row = rows.get(r);
                for (int c = 0; c < row.size(); c++) {
                    String value = row.get(c);
                    if (value == null || value.isEmpty()) {
                        continue;
                    }
                    if (numeric.test(c, value)) {
                        sheet.value(r + 1, c, new java.math.BigDecimal(value));
                    } else {
                        sheet.value(r + 1, c, value);
                    }
                }
            }
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
