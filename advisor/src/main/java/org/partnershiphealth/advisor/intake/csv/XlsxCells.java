package org.partnershiphealth.advisor.intake.csv;

import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The cells of an .xlsx export (Microsoft Forms' default download, and an option of Google Sheets, SurveyMonkey
 * and Qualtrics), as the same rows of text a CSV of the same export gives: the first sheet that has any content,
 * numbers as written (4, not 4.0), empty cells as "", rows numbered as the spreadsheet shows them. From there the
 * export layouts read it exactly like CSV, so the same answers give the same diagnosis.
 *
 * <p>FastExcel's reader was chosen over Apache POI after measuring a 300 × 120 export on the 2-core machine: 0.5 s
 * against 2.6–3.3 s for a first read in a fresh JVM, 125 MB against 290–340 MB peak memory, and 3.3 MB of jars
 * against 17 MB (BENCHMARKS.md).
 */
final class XlsxCells {

    /** Far beyond any survey; a workbook past it is refused rather than read into memory. */
    static final int MAX_ROWS = 100_000;
    static final int MAX_COLUMNS = 5_000;

    private XlsxCells() {
    }

    /** What a workbook may inflate to: a survey export of 20 MB unpacks to well under it. */
    static final long MAX_UNPACKED_BYTES = 200L * 1024 * 1024;

    /** @throws IOException when the bytes are not a readable .xlsx workbook, or hold more than the limits */
    static List<List<String>> parse(byte[] content) throws IOException {
        requireModestUnpackedSize(content);
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(content))) {
            Iterator<Sheet> sheets = workbook.getSheets().iterator();
            while (sheets.hasNext()) {
                List<List<String>> rows = rows(sheets.next());
                if (!rows.isEmpty()) {
                    return rows;
                }
            }
            return List.of();
        } catch (IOException e) {
            throw e;
        } catch (RuntimeException e) {
            // FastExcel reports a damaged or foreign file with unchecked exceptions
            throw new IOException(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage(), e);
        }
    }

    /**
     * Counts what the workbook's entries inflate to before any of them is parsed, so that a small file packed to
     * unfold into gigabytes is refused instead of filling the memory.
     */
    private static void requireModestUnpackedSize(byte[] content) throws IOException {
        long total = 0;
        byte[] buffer = new byte[64 * 1024];
        try (java.util.zip.ZipInputStream zip = new java.util.zip.ZipInputStream(new ByteArrayInputStream(content))) {
            while (zip.getNextEntry() != null) {
                for (int read = zip.read(buffer); read > 0; read = zip.read(buffer)) {
                    total += read;
                    if (total > MAX_UNPACKED_BYTES) {
                        throw new IOException("the workbook unpacks to more than " + MAX_UNPACKED_BYTES / 1048576
                                + " MB");
                    }
                }
            }
        } catch (IllegalArgumentException e) {
            throw new IOException("a damaged zip entry (" + e.getMessage() + ")", e);
        }
    }

    private static List<List<String>> rows(Sheet sheet) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        try (Stream<Row> stream = sheet.openStream()) {
            Iterator<Row> iterator = stream.iterator();
            while (iterator.hasNext()) {
                Row row = iterator.next();
                int index = row.getRowNum() - 1;
                if (index >= MAX_ROWS || row.getCellCount() > MAX_COLUMNS) {
                    throw new IOException("the workbook has more than " + MAX_ROWS + " rows or " + MAX_COLUMNS
                            + " columns");
                }
                while (rows.size() < index) {
                    rows.add(List.of());
                }
                rows.add(cells(row));
            }
        }
        while (!rows.isEmpty() && CsvCells.isBlank(rows.get(rows.size() - 1))) {
            rows.remove(rows.size() - 1);
        }
        return rows;
    }

    private static List<String> cells(Row row) {
        List<String> cells = new ArrayList<>(Collections.nCopies(row.getCellCount(), ""));
        for (int column = 0; column < row.getCellCount(); column++) {
            Cell cell = row.getCell(column);
            if (cell != null) {
                cells.set(column, text(cell));
            }
        }
        return cells;
    }

    private static String text(Cell cell) {
        if (cell.getType() == CellType.NUMBER) {
            // Excel stores 4 as 4 or 4.0 depending on the writer; the answer is 4 either way
            return cell.asNumber().stripTrailingZeros().toPlainString();
        }
        String text = cell.getText();
        return text == null ? "" : text;
    }
}
