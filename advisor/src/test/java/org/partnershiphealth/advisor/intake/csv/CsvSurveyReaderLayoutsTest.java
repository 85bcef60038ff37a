package org.partnershiphealth.advisor.intake.csv;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.partnershiphealth.advisor.intake.ColumnMatcher;
import org.partnershiphealth.advisor.intake.Likert;
import org.partnershiphealth.advisor.intake.ProfileCodes;
import org.partnershiphealth.advisor.intake.RawRespondent;
import org.partnershiphealth.assessment.Answer;
import org.partnershiphealth.assessment.Role;
import org.partnershiphealth.assessment.Sector;
import org.partnershiphealth.assessment.Tenure;
import org.partnershiphealth.knowledge.KnowledgeBaseLoader;
import org.partnershiphealth.knowledge.Questionnaire;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The same six respondents, exported by each survey tool exactly as that tool lays out its CSV, read into the
 * same answers. Fixtures live in {@code src/test/resources/csv/}.
 */
class CsvSurveyReaderLayoutsTest {

    private static final Questionnaire QUESTIONNAIRE = KnowledgeBaseLoader.loadDefault().questionnaire();
    private static final Likert LIKERT = new Likert(QUESTIONNAIRE);
    private static final ProfileCodes PROFILE = new ProfileCodes(QUESTIONNAIRE);

    private final CsvSurveyReader reader = new CsvSurveyReader(QUESTIONNAIRE);

    /** What a respondent says once labels and codes are understood: the part every layout must agree on. */
    record Understood(Sector sector, Role role, Tenure tenure, Map<String, Answer> answers,
                      Map<String, String> comments) {

        static Understood of(RawRespondent raw) {
            Map<String, Answer> answers = new LinkedHashMap<>();
            raw.answers().forEach((id, cell) -> answers.put(id, LIKERT.read(cell.value()).orElseThrow()));
            return new Understood(PROFILE.sector(raw.sector()), PROFILE.role(raw.role()), PROFILE.tenure(raw.tenure()),
                    answers, raw.comments());
        }
    }

    @ParameterizedTest(name = "{0} is read as {1}")
    @CsvSource({
            "native.csv, native CSV",
            "google-forms.csv, Google Forms",
            "surveymonkey.csv, SurveyMonkey",
            "qualtrics.csv, Qualtrics",
            "microsoft-forms.csv, Microsoft Forms",
            "microsoft-forms-semicolon.csv, Microsoft Forms"})
    void eachToolsLayoutIsRecognisedAndReadWithoutProblems(String file, String layout) {
        CsvRows rows = read(file);

        assertThat(rows.layout()).isEqualTo(layout);
        assertThat(rows.problems()).isEmpty();
        assertThat(rows.respondents()).hasSize(6);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"google-forms.csv", "surveymonkey.csv", "qualtrics.csv", "microsoft-forms.csv",
            "microsoft-forms-semicolon.csv"})
    void everyLayoutYieldsTheSameRespondentsAsTheNativeFile(String file) {
        List<Understood> expected = read("native.csv").respondents().stream().map(Understood::of).toList();

        List<Understood> actual = read(file).respondents().stream().map(Understood::of).toList();

        assertThat(actual).containsExactlyElementsOf(expected);
    }

    @Test
    void theNativeFileHoldsWhatItsRowsSay() {
        RawRespondent first = read("native.csv").respondents().get(0);
        RawRespondent second = read("native.csv").respondents().get(1);

        assertThat(first.id()).isEqualTo("R01");
        assertThat(first.sector()).isEqualTo("NONPROFIT");
        assertThat(first.answers()).hasSize(27);
        assertThat(first.answers().get("Q01A")).isEqualTo(new RawRespondent.Cell("4", "Q01A"));
        assertThat(first.comments()).containsEntry("OPEN1", "The \"community lunches\", without a doubt");
        assertThat(second.answers().get("Q01A").value()).isEqualTo("dont_know");
        assertThat(second.answers()).as("blank cells are unanswered, not answers").doesNotContainKey("Q17A");
    }

    @Test
    void answersAreKeptAsWrittenWithTheHeaderTheUserWillRecognise() {
        RawRespondent google = read("google-forms.csv").respondents().get(0);

        assertThat(google.answers().get("Q01A")).isEqualTo(new RawRespondent.Cell("Agree",
                "Why we are here: how much do you agree with each statement? [Most of us in this partnership could"
                        + " explain in a sentence or two what we are trying to achieve together.]"));
        assertThat(google.sector()).isEqualTo("A nonprofit, charity or civil society group");
    }

    @ParameterizedTest(name = "{0} starts on row {1}")
    @CsvSource({
            "native.csv, 2",
            "google-forms.csv, 2",
            "microsoft-forms.csv, 2",
            "surveymonkey.csv, 3",
            "qualtrics.csv, 4"})
    void rowsAreNumberedAsASpreadsheetShowsThemEvenAfterACommentOnTwoLines(String file, int firstDataRow) {
        List<Integer> rows = read(file).respondents().stream().map(RawRespondent::row).toList();

        assertThat(rows).containsExactly(firstDataRow, firstDataRow + 1, firstDataRow + 2, firstDataRow + 3,
                firstDataRow + 4, firstDataRow + 5);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "native.csv, R01",
            "surveymonkey.csv, 118234567801",
            "qualtrics.csv, R_1Fq3kD8xZ2mN4pQ",
            "microsoft-forms.csv, 1"})
    void theToolsOwnResponseIdBecomesTheRespondentId(String file, String firstId) {
        assertThat(read(file).respondents().get(0).id()).isEqualTo(firstId);
    }

    @Test
    void googleFormsHasNoResponseIdSoEachRowIsKnownByADigestOfItsCellsWhereverItSits() {
        List<String> ids = read("google-forms.csv").respondents().stream().map(RawRespondent::id).toList();
        assertThat(ids).doesNotHaveDuplicates().allMatch(id -> id.matches("row-[0-9a-f]{16}"));

        String text = fixture("google-forms.csv");
        List<String> lines = text.lines().toList();
        String reordered = lines.get(0) + "\n" + lines.get(lines.size() - 1) + "\n"
                + String.join("\n", lines.subList(1, lines.size() - 1)) + "\n";
        List<String> later = reader.read("google-forms.csv", reordered).respondents().stream()
                .map(RawRespondent::id).toList();
        assertThat(later).containsExactlyInAnyOrderElementsOf(ids);
        assertThat(later.get(0)).isEqualTo(ids.get(ids.size() - 1));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"native.csv", "google-forms.csv", "surveymonkey.csv", "qualtrics.csv",
            "microsoft-forms.csv", "microsoft-forms-semicolon.csv"})
    void columnsTheToolAddsAreIgnoredAndNotReportedAsUnmapped(String file) {
        CsvRows rows = read(file);

        assertThat(rows.unmappedColumns()).isEmpty();
        assertThat(rows.respondents()).allSatisfy(respondent -> {
            assertThat(respondent.answers().values()).noneMatch(cell -> cell.value().contains("@"));
            assertThat(respondent.comments().values()).noneMatch(text -> text.contains("@"));
        });
    }

    @Test
    void aSemicolonFileFromEuropeanExcelWithByteOrderMarkAndWindowsLineEndsReadsTheSame() {
        String content = fixture("microsoft-forms-semicolon.csv");
        assertThat(content).startsWith("\uFEFFID;Start time;").contains("\r\n");

        CsvRows semicolons = read("microsoft-forms-semicolon.csv");
        CsvRows commas = read("microsoft-forms.csv");

        assertThat(semicolons.respondents()).usingRecursiveFieldByFieldElementComparator()
                .containsExactlyElementsOf(commas.respondents());
    }

    private CsvRows read(String file) {
        return reader.read(file, fixture(file));
    }

    static String fixture(String file) {
        try (InputStream in = CsvSurveyReaderLayoutsTest.class.getResourceAsStream("/csv/" + file)) {
            assertThat(in).as("fixture " + file).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
