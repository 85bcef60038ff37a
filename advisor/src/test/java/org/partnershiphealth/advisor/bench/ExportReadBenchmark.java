package org.partnershiphealth.advisor.bench;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.partnershiphealth.advisor.intake.IntakeOptions;
import org.partnershiphealth.advisor.intake.SurveyHeader;
import org.partnershiphealth.advisor.intake.SurveyReader;
import org.partnershiphealth.advisor.intake.csv.ExportFixtures;
import org.partnershiphealth.assessment.Partnership;
import org.partnershiphealth.assessment.PartnershipFacts;
import org.partnershiphealth.knowledge.KnowledgeBase;
import org.partnershiphealth.knowledge.KnowledgeBaseLoader;
import org.partnershiphealth.knowledge.Question;

import java.io.ByteArrayInputStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Reading a large survey-tool export: 300 respondents of the full form (a Microsoft Forms layout, 102 columns) as
 * CSV and as XLSX through the whole intake (layout, columns, answers, validation), and, for the choice of XLSX
 * library, the same workbook's cells read with Apache POI. Prints the first read in this JVM, then the median of
 * 20 warmed reads, and the bytes allocated per read.
 */
public final class ExportReadBenchmark {

    private ExportReadBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        KnowledgeBase knowledge = KnowledgeBaseLoader.loadDefault();
        SurveyReader reader = new SurveyReader(knowledge);
        byte[] csv = export(knowledge, 300);
        byte[] xlsx = ExportFixtures.fromCsv(csv);
        SurveyHeader round = new SurveyHeader(new Partnership("bench", "Bench"), "2026", null, PartnershipFacts.none());
        System.out.printf("export: %d respondents, CSV %d KB, XLSX %d KB%n", 300, csv.length / 1024, xlsx.length / 1024);
        measure("intake of the XLSX (FastExcel)", () -> reader.read("bench.xlsx", xlsx, IntakeOptions.strict(), round));
        measure("intake of the CSV", () -> reader.read("bench.csv", csv, IntakeOptions.strict(), round));
        measure("cells of the XLSX with Apache POI (for comparison)", () -> poiCells(xlsx));
    }

    private static void measure(String what, ThrowingRunnable run) throws Exception {
        long start = System.nanoTime();
        run.run();
        double first = (System.nanoTime() - start) / 1e6;
        double[] times = new double[20];
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long allocated = 0;
        for (int i = 0; i < times.length; i++) {
            long bytes = threads.getCurrentThreadAllocatedBytes();
            long t = System.nanoTime();
            run.run();
            times[i] = (System.nanoTime() - t) / 1e6;
            allocated = threads.getCurrentThreadAllocatedBytes() - bytes;
        }
        Arrays.sort(times);
        System.out.printf("%s: first %.0f ms, warmed median %.1f ms, %.0f MB allocated per read%n", what, first,
                times[times.length / 2], allocated / 1048576.0);
    }

    private static int poiCells(byte[] xlsx) throws Exception {
        int cells = 0;
        DataFormatter format = new DataFormatter();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            for (Row row : workbook.getSheetAt(0)) {
                for (Cell cell : row) {
                    cells += format.formatCellValue(cell).isEmpty() ? 0 : 1;
                }
            }
        }
        return cells;
    }

    /** A Microsoft Forms export of the full form: ID, times, e-mail, name, the profile, every statement, a comment. */
    static byte[] export(KnowledgeBase knowledge, int respondents) {
        Random random = new Random(42);
        List<String> header = new ArrayList<>(List.of("ID", "Start time", "Completion time", "Email", "Name",
                "Last modified time", "sector", "role", "tenure"));
        List<Question> items = knowledge.questionnaire().items();
        items.forEach(item -> header.add(item.text()));
        header.add("OPEN1");
        StringBuilder text = new StringBuilder(String.join(",", header.stream().map(h -> "\"" + h.replace("\"", "\"\"")
                + "\"").toList())).append('\n');
        String[] sectors = {"BUSINESS", "NONPROFIT", "GOVERNMENT", "FUNDER", "COMMUNITY"};
        for (int r = 1; r <= respondents; r++) {
            List<String> row = new ArrayList<>(List.of(Integer.toString(r), "14/03/2026 10:20", "14/03/2026 10:31",
                    "anonymous", "", "", sectors[r % sectors.length], r % 4 == 0 ? "LEADERSHIP" : "PARTNER_REPRESENTATIVE",
                    "ONE_TO_3_YEARS"));
            items.forEach(item -> row.add(random.nextInt(12) == 0 ? "Don't know" : Integer.toString(1 + random.nextInt(5))));
            row.add("\"Meetings could be shorter, and we need more time on the plan.\"");
            text.append(String.join(",", row)).append('\n');
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    @FunctionalInterface
    private interface ThrowingRunnable {
        void run() throws Exception;
    }
}
