package org.partnershiphealth.advisor.intake.csv;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The export fixtures under src/test/resources/csv (written by tools/fixtures/make_export_fixtures.py), and the
 * same exports as .xlsx. Writes a CSV export as the .xlsx workbook the same tool downloads, with Apache POI (another library than the
 * FastExcel reader under test): one sheet named as the tools name it, numbers stored as numbers (4 and 99, as
 * Excel keeps them) and everything else as text, header rows included.
 */
public final class ExportFixtures {

    private ExportFixtures() {
    }

    /** A fixture's bytes, as the tool downloaded it. */
    public static byte[] csv(String name) {
        try (java.io.InputStream in = ExportFixtures.class.getResourceAsStream("/csv/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A fixture as the .xlsx download of the same export. */
    public static byte[] xlsx(String csvName) {
        return fromCsv(csv(csvName));
    }

    public static byte[] fromCsv(byte[] csv) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("Sheet1");
            List<List<String>> rows = CsvCells.parse(TextDecoding.of(csv).text());
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r);
                List<String> cells = rows.get(r);
                for (int c = 0; c < cells.size(); c++) {
                    String value = cells.get(c);
                    if (value == null || value.isEmpty()) {
                        continue;
                    }
                    if (value.matches("-?\\d{1,9}")) {
                        row.createCell(c).setCellValue(Double.parseDouble(value));
                    } else {
                        row.createCell(c).setCellValue(value);
                    }
                }
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
