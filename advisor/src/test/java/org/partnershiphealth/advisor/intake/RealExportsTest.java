package org.partnershiphealth.advisor.intake;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.partnershiphealth.advisor.cli.DiagnosisJson;
import org.partnershiphealth.advisor.diagnosis.Advisor;
import org.partnershiphealth.advisor.intake.csv.ExportFixtures;
import org.partnershiphealth.assessment.Partnership;
import org.partnershiphealth.assessment.PartnershipFacts;
import org.partnershiphealth.diagnosis.Diagnosis;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Exports shaped the way the survey tools really download them (see tools/fixtures/make_export_fixtures.py):
 * XLSX as well as CSV, numbers instead of labels, other label sets, hand-built forms, other encodings, preview and
 * unfinished rows. Each holds the same six respondents as native.json and must give the same diagnosis.
 */
class RealExportsTest {

    private static final Advisor ADVISOR = Advisor.withShippedRules();
    private static final SurveyReader READER = new SurveyReader(ADVISOR.knowledge());
    private static final SurveyHeader ROUND = new SurveyHeader(new Partnership("shapes", "Shapes"), "2026", null,
            PartnershipFacts.none());
    /** The reference: the six respondents in the native JSON format. */
    private static final String NATIVE = diagnosis(read("native.json", fixture("native.json"), IntakeOptions.strict()));

    private static byte[] fixture(String name) {
        return ExportFixtures.csv(name);
    }

    private static Intake read(String name, byte[] content, IntakeOptions options) {
        return READER.read(name, content, options, ROUND);
    }

    /** The diagnosis of the respondents alone, without the intake notes a method section adds. */
    private static String diagnosis(Intake intake) {
        return DiagnosisJson.write(ADVISOR.diagnose(intake.input()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"native.csv", "google-forms.csv", "surveymonkey.csv", "qualtrics.csv",
            "microsoft-forms.csv", "microsoft-forms-semicolon.csv", "qualtrics-numeric.csv",
            "qualtrics-5point-labels.csv", "google-forms-separate.csv"})
    void everyExportAsXlsxDiagnosesLikeTheNativeJson(String csv) {
        String xlsx = csv.replace(".csv", ".xlsx");

        Intake intake = read(xlsx, ExportFixtures.xlsx(csv), IntakeOptions.strict());

        assertThat(intake.layout()).endsWith("(XLSX)");
        assertThat(diagnosis(intake)).isEqualTo(NATIVE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"native.csv", "google-forms.csv", "surveymonkey.csv", "qualtrics.csv",
            "microsoft-forms.csv", "microsoft-forms-semicolon.csv", "qualtrics-numeric.csv",
            "qualtrics-5point-labels.csv", "google-forms-separate.csv"})
    void everyCsvExportDiagnosesLikeTheNativeJson(String csv) {
        assertThat(diagnosis(read(csv, fixture(csv), IntakeOptions.strict()))).isEqualTo(NATIVE);
    }

    @Test
    void qualtricsPreviewAndUnfinishedRowsAreLeftOutAndCountedInTheMethod() {
        Intake intake = read("qualtrics-numeric.csv", fixture("qualtrics-numeric.csv"), IntakeOptions.strict());

        assertThat(intake.input().respondents()).hasSize(6);
        assertThat(intake.leftOut()).containsExactly(Map.entry("Qualtrics survey preview", List.of("R_8wNs1Tg6Ky3DfZo")),
                Map.entry("unfinished response", List.of("R_4mRj7Hc2Pq9XaLe")));
        Diagnosis diagnosis = ADVISOR.diagnose(intake);
        assertThat(diagnosis.method().rowsLeftOut())
                .containsExactly("1 × Qualtrics survey preview", "1 × unfinished response");
        assertThat(intake.notes()).anyMatch(note -> note.contains("99 was read as \"Don't know\""));
    }

    @Test
    void numbersUpToSixAskWhichScaleTheyCountOn() {
        assertThatThrownBy(() -> read("surveymonkey-numeric.csv", fixture("surveymonkey-numeric.csv"),
                IntakeOptions.strict()))
                .isInstanceOfSatisfying(IntakeException.class, e -> assertThat(e.problems()).singleElement()
                        .satisfies(problem -> assertThat(problem.message())
                                .contains("numbers above 5 (up to 6)", "--scale 7", "--scale 5+dk6", "--scale 5")));
    }

    @Test
    void surveyMonkeyNumbersWithDontKnowAsSixDiagnoseLikeTheNativeCsvOnceTheScaleIsSaid() {
        IntakeOptions fiveWithDontKnow = IntakeOptions.strict().withScale(AnswerScale.FIVE_DK_6);

        Intake csv = read("surveymonkey-numeric.csv", fixture("surveymonkey-numeric.csv"), fiveWithDontKnow);
        Intake xlsx = read("surveymonkey-numeric.xlsx", ExportFixtures.xlsx("surveymonkey-numeric.csv"),
                fiveWithDontKnow);

        assertThat(diagnosis(csv)).isEqualTo(NATIVE);
        assertThat(diagnosis(xlsx)).isEqualTo(NATIVE);
        assertThat(csv.notes()).anyMatch(note -> note.contains("\"Don't know\" numbered 6"));
    }

    @Test
    void aSevenPointScaleIsFoldedOntoFivePointsAsItsLabelsRead() {
        String csv = """
                respondent,sector,role,tenure,Q01A,Q02A,Q03A,Q04A,Q05A,Q06A,Q07A
                R01,2,1,3,1,2,3,4,5,6,7
                """;

        Intake intake = read("seven.csv", csv.getBytes(StandardCharsets.UTF_8),
                IntakeOptions.strict().withScale(AnswerScale.SEVEN));

        assertThat(intake.input().respondents().get(0).answers().values())
                .extracting(answer -> answer.value()).containsExactly(1, 2, 2, 3, 4, 4, 5);
        assertThat(intake.input().respondents().get(0).profile().sector().name()).isEqualTo("NONPROFIT");
        assertThat(intake.notes()).anyMatch(note -> note.contains("7-point"));
    }

    @Test
    void aLoneSevenInAFivePointFileIsNeverTakenForASevenPointScale() {
        byte[] csv = """
                respondent,sector,role,tenure,Q01A,Q02A
                R01,NONPROFIT,LEADERSHIP,OVER_3_YEARS,7,4
                R02,BUSINESS,LEADERSHIP,OVER_3_YEARS,4,4
                """.getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> read("typo.csv", csv, IntakeOptions.strict()))
                .isInstanceOfSatisfying(IntakeException.class, e -> assertThat(e.problems()).singleElement()
                        .satisfies(problem -> assertThat(problem.message()).contains("numbers above 5 (up to 7)")));

        Intake saidFive = read("typo.csv", csv, IntakeOptions.strict().withScale(AnswerScale.FIVE).skippingInvalid(true));
        assertThat(saidFive.skipped()).singleElement().satisfies(problem -> {
            assertThat(problem.row()).isEqualTo(2);
            assertThat(problem.message()).contains("\"7\" is not on the 1-5 agreement scale");
        });
        assertThat(saidFive.input().respondents().get(0).answers().get("Q01A").value()).isEqualTo(4);
    }

    @Test
    void aWindows1252SemicolonExportFromEuropeanExcelReadsEveryStatement() {
        String utf8 = new String(fixture("microsoft-forms-semicolon.csv"), StandardCharsets.UTF_8).substring(1);
        // European Excel's "CSV (semicolon)" writes Windows-1252 and keeps Word's curly apostrophes
        byte[] ansi = utf8.replace("'", "\u2019").getBytes(Charset.forName("windows-1252"));

        Intake intake = read("responses.csv", ansi, IntakeOptions.strict());

        assertThat(intake.layout()).isEqualTo("Microsoft Forms, Windows-1252");
        assertThat(intake.unmappedColumns()).isEmpty();
        assertThat(diagnosis(intake)).isEqualTo(NATIVE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"UTF-16LE", "UTF-16BE"})
    void utf16WithOrWithoutAByteOrderMarkReadsLikeUtf8(String charset) {
        String text = new String(fixture("google-forms.csv"), StandardCharsets.UTF_8);

        byte[] withoutMark = text.getBytes(Charset.forName(charset));
        byte[] withMark = ("\uFEFF" + text).getBytes(Charset.forName(charset));

        assertThat(diagnosis(read("a.csv", withoutMark, IntakeOptions.strict()))).isEqualTo(NATIVE);
        assertThat(diagnosis(read("b.csv", withMark, IntakeOptions.strict()))).isEqualTo(NATIVE);
    }

    @Test
    void aByteNoEncodingHasIsAProblemNamingItsRowAndColumn() {
        byte[] csv = "respondent,sector,role,tenure,Q01A,OPEN1\nR01,NONPROFIT,LEADERSHIP,OVER_3_YEARS,4,caf\u00e9 \u0081\n"
                .getBytes(Charset.forName("ISO-8859-1"));

        assertThatThrownBy(() -> read("odd.csv", csv, IntakeOptions.strict()))
                .isInstanceOfSatisfying(IntakeException.class, e -> assertThat(e.problems()).singleElement()
                        .satisfies(problem -> {
                            assertThat(problem.row()).isEqualTo(2);
                            assertThat(problem.field()).isEqualTo("OPEN1");
                            assertThat(problem.message()).contains("not text in UTF-8, UTF-16 or Windows-1252");
                        }));
    }

    @Test
    void aWorkbookPackedToUnfoldIntoHundredsOfMegabytesIsRefusedBeforeItIsParsed() throws Exception {
        java.io.ByteArrayOutputStream packed = new java.io.ByteArrayOutputStream();
        try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(packed)) {
            zip.putNextEntry(new java.util.zip.ZipEntry("xl/sharedStrings.xml"));
            byte[] zeros = new byte[1024 * 1024];
            for (int i = 0; i < 210; i++) {
                zip.write(zeros);
            }
            zip.closeEntry();
        }

        assertThatThrownBy(() -> read("bomb.xlsx", packed.toByteArray(), IntakeOptions.strict()))
                .isInstanceOfSatisfying(IntakeException.class, e -> assertThat(e.problems()).singleElement()
                        .satisfies(problem -> assertThat(problem.message())
                                .contains("not a readable .xlsx workbook", "unpacks to more than 200 MB")));
    }

    @Test
    void aStatementUnderAnUnknownWordingIsAProblemUntilItIsMapped() {
        String renamed = new String(fixture("native.csv"), StandardCharsets.UTF_8)
                .replaceFirst(",Q05A,", ",We keep our promises to each other,");

        assertThatThrownBy(() -> read("renamed.csv", renamed.getBytes(StandardCharsets.UTF_8), IntakeOptions.strict()))
                .isInstanceOfSatisfying(IntakeException.class, e -> assertThat(e.problems()).singleElement()
                        .satisfies(problem -> assertThat(problem.message())
                                .contains("Q05A", "\"We keep our promises to each other\"", "map it")));

        ColumnMapping mapping = READER.mapping("mapping.yaml",
                "\"We keep our promises to each other\": Q05A\n".getBytes(StandardCharsets.UTF_8));
        Intake mapped = read("renamed.csv", renamed.getBytes(StandardCharsets.UTF_8),
                IntakeOptions.strict().withMapping(mapping));
        assertThat(diagnosis(mapped)).isEqualTo(NATIVE);
        assertThat(mapped.columns()).anySatisfy(column -> {
            assertThat(column.header()).isEqualTo("We keep our promises to each other");
            assertThat(column.reading()).isEqualTo("question Q05A (from your column mapping)");
        });
    }

    @Test
    void aProfileColumnNobodyRecognisesIsOneProblemNamingTheCandidatesNotOnePerRow() {
        String renamed = new String(fixture("native.csv"), StandardCharsets.UTF_8)
                .replaceFirst("respondent,sector,", "respondent,Kind of body,");

        assertThatThrownBy(() -> read("renamed.csv", renamed.getBytes(StandardCharsets.UTF_8), IntakeOptions.strict()))
                .isInstanceOfSatisfying(IntakeException.class, e -> {
                    assertThat(e.problems()).singleElement().satisfies(problem -> assertThat(problem.message())
                            .contains("no column holds the sector", "\"Kind of body\"", "sector"));
                    assertThat(e.getMessage()).doesNotContain("row 2");
                });
    }

    @Test
    void theColumnTableSaysHowEveryColumnWasReadAndShowsNoPersonalData() {
        Intake intake = read("google-forms.csv", fixture("google-forms.csv"), IntakeOptions.strict());

        assertThat(intake.columns()).first().satisfies(column -> {
            assertThat(column.header()).isEqualTo("Timestamp");
            assertThat(column.kind()).isEqualTo(ColumnReading.Kind.IGNORED);
            assertThat(column.samples()).isEmpty();
        });
        assertThat(intake.columns()).filteredOn(column -> column.header().equals("Email Address"))
                .singleElement().satisfies(column -> assertThat(column.samples()).isEmpty());
        assertThat(intake.columns()).filteredOn(column -> column.kind() == ColumnReading.Kind.QUESTION)
                .first().satisfies(column -> {
                    assertThat(column.reading()).isEqualTo("question Q01A");
                    assertThat(column.samples()).isNotEmpty();
                });
        assertThat(intake.notes()).anyMatch(note -> note.contains("have no column in this file"));
    }

    @Test
    void personalColumnsOfAHandBuiltFormAreIgnoredAndTheirValuesNeverShown() {
        byte[] csv = """
                respondent,Your name,Organisation name,sector,role,tenure,Q01A
                R01,Amara Okafor,Riverside Food Bank,NONPROFIT,LEADERSHIP,OVER_3_YEARS,4
                """.getBytes(StandardCharsets.UTF_8);

        Intake intake = read("named.csv", csv, IntakeOptions.strict());

        assertThat(intake.unmappedColumns()).isEmpty();
        assertThat(intake.columns()).filteredOn(column -> column.header().contains("name")).hasSize(2)
                .allSatisfy(column -> {
                    assertThat(column.kind()).isEqualTo(ColumnReading.Kind.IGNORED);
                    assertThat(column.samples()).isEmpty();
                });
    }
}
