package org.partnershiphealth.advisor.intake.csv;

import org.junit.jupiter.api.Test;
import org.partnershiphealth.advisor.intake.ColumnMatcher;
import org.partnershiphealth.advisor.intake.IntakeProblem;
import org.partnershiphealth.advisor.intake.RawRespondent;
import org.partnershiphealth.knowledge.KnowledgeBaseLoader;

import static org.assertj.core.api.Assertions.assertThat;

/** Mistakes in a CSV file become problems with a place, never exceptions, and unknown columns are never guessed. */
class CsvSurveyReaderProblemsTest {

    private static final String Q01A_TEXT =
            "Most of us in this partnership could explain in a sentence or two what we are trying to achieve together.";

    private final CsvSurveyReader reader =
            new CsvSurveyReader(KnowledgeBaseLoader.loadDefault().questionnaire());

    @Test
    void anUnknownQuestionIdInANativeFileIsAProblemNamingTheColumn() {
        CsvRows rows = reader.read("survey.csv", """
                respondent,sector,role,tenure,Q01A,Q99Z
                R01,NONPROFIT,LEADERSHIP,OVER_3_YEARS,4,5
                """);

        assertThat(rows.problems()).containsExactly(
                IntakeProblem.atField("survey.csv", "Q99Z", "unknown question id Q99Z"));
        assertThat(rows.unmappedColumns()).isEmpty();
        assertThat(rows.respondents().get(0).answers()).containsOnlyKeys("Q01A");
    }

    @Test
    void anExtraColumnNoOneKnowsIsReportedAsUnmappedAndNotRead() {
        CsvRows rows = reader.read("survey.csv", """
                respondent,sector,role,tenure,Q01A,Team
                R01,NONPROFIT,LEADERSHIP,OVER_3_YEARS,4,North
                """);

        assertThat(rows.problems()).isEmpty();
        assertThat(rows.unmappedColumns()).containsExactly("Team");
        assertThat(rows.respondents().get(0).answers()).containsOnlyKeys("Q01A");
    }

    @Test
    void anExtraQuestionInAGoogleFormIsReportedAsUnmapped() {
        CsvRows rows = reader.read("responses.csv", """
                "Timestamp","Email Address","Which team are you in?","%s"
                "2026/03/14 10:22:31 AM GMT","amara@example.org","North","Agree"
                """.formatted(Q01A_TEXT));

        assertThat(rows.layout()).isEqualTo("Google Forms");
        assertThat(rows.unmappedColumns()).containsExactly("Which team are you in?");
    }

    @Test
    void twoColumnsHoldingTheSameQuestionAreAProblemNamingBoth() {
        CsvRows rows = reader.read("survey.csv", """
                respondent,sector,role,tenure,Q01A,"%s"
                R01,NONPROFIT,LEADERSHIP,OVER_3_YEARS,4,5
                """.formatted(Q01A_TEXT));

        assertThat(rows.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.row()).as("a header problem belongs to the file, not to a respondent").isNull();
            assertThat(problem.field()).isEqualTo(Q01A_TEXT);
            assertThat(problem.message()).contains("\"Q01A\"", "\"" + Q01A_TEXT + "\"", "question Q01A");
        });
        assertThat(rows.respondents().get(0).answers().get("Q01A").value()).isEqualTo("4");
    }

    @Test
    void aFileWithoutAnyQuestionColumnSaysHowColumnsAreMatched() {
        CsvRows rows = reader.read("survey.csv", """
                respondent,sector,role,tenure,How do you feel?
                R01,NONPROFIT,LEADERSHIP,OVER_3_YEARS,Fine
                """);

        assertThat(rows.problems()).extracting(IntakeProblem::message).containsExactly(
                "no column matches a question of the questionnaire (match by id like Q01A or by the question's text)");
    }

    @Test
    void aHeaderWithoutDataRowsIsASurveyWithNoRespondents() {
        CsvRows rows = reader.read("survey.csv", "respondent,sector,role,tenure,Q01A\n,,,,\n\n");

        assertThat(rows.respondents()).isEmpty();
        assertThat(rows.problems()).containsExactly(IntakeProblem.inFile("survey.csv", "the survey has no respondents"));
    }

    @Test
    void aSurveyMonkeyExportWithOnlyItsTwoHeaderRowsHasNoRespondents() {
        CsvRows rows = reader.read("monkey.csv", "Respondent ID,Collector ID,Q01A\n,,Response\n");

        assertThat(rows.layout()).isEqualTo("SurveyMonkey");
        assertThat(rows.problems()).extracting(IntakeProblem::message).containsExactly("the survey has no respondents");
    }

    @Test
    void anEmptyFileIsAProblemNotAnException() {
        assertThat(reader.read("survey.csv", "").problems()).extracting(IntakeProblem::message)
                .singleElement().asString().startsWith("the file is empty");
    }

    @Test
    void aQuoteThatIsNeverClosedIsAProblemNotAnException() {
        CsvRows rows = reader.read("survey.csv", "respondent,Q01A\nR01,\"4\nR02,5\n");

        assertThat(rows.respondents()).isEmpty();
        assertThat(rows.problems()).extracting(IntakeProblem::message).singleElement().asString()
                .startsWith("the file is not readable as CSV");
    }

    @Test
    void blankRowsBetweenRespondentsAreSkippedButStillCounted() {
        CsvRows rows = reader.read("survey.csv", "respondent,Q01A\r\nR01,4\r\n\r\n,\r\nR02,5\r\n\r\n");

        assertThat(rows.respondents()).extracting(RawRespondent::row).containsExactly(2, 5);
    }

    @Test
    void cellsBeyondTheLastHeaderAreAProblemOfThatRow() {
        CsvRows rows = reader.read("survey.csv", "respondent,Q01A\nR01,4\nR02,Agree,Strongly\n");

        assertThat(rows.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.row()).isEqualTo(3);
            assertThat(problem.message()).contains("3 cells", "2 columns");
        });
    }

    @Test
    void aBlankHeaderOverEmptyCellsIsPaddingButOverDataItIsReported() {
        CsvRows padding = reader.read("survey.csv", "respondent,Q01A,\nR01,4,\n");
        CsvRows stray = reader.read("survey.csv", "respondent,Q01A,\nR01,4,North\n");

        assertThat(padding.unmappedColumns()).isEmpty();
        assertThat(stray.unmappedColumns()).containsExactly("column C (no header)");
    }

    @Test
    void aSemicolonSeparatedNativeFileWithByteOrderMarkReadsLikeACommaSeparatedOne() {
        CsvRows semicolons = reader.read("survey.csv",
                "\uFEFFrespondent;sector;role;tenure;Q01A;OPEN1\r\nR01;NONPROFIT;LEADERSHIP;OVER_3_YEARS;4;\"Yes; \"\"really\"\", yes\"\r\n");
        CsvRows commas = reader.read("survey.csv",
                "respondent,sector,role,tenure,Q01A,OPEN1\nR01,NONPROFIT,LEADERSHIP,OVER_3_YEARS,4,\"Yes; \"\"really\"\", yes\"\n");

        assertThat(semicolons.problems()).isEmpty();
        assertThat(semicolons.respondents()).usingRecursiveFieldByFieldElementComparator()
                .containsExactlyElementsOf(commas.respondents());
        assertThat(semicolons.respondents().get(0).comments()).containsEntry("OPEN1", "Yes; \"really\", yes");
    }

    @Test
    void aQualtricsResponseTypeAndExternalReferenceAreIgnoredBecauseRowThreeMarksThemAsQualtricsOwn() {
        CsvRows rows = reader.read("qualtrics.csv", """
                Status,ExternalReference,ResponseId,Q1_1
                Response Type,External Data Reference,Response ID,Matrix - %s
                "{""ImportId"":""status""}","{""ImportId"":""externalDataReference""}","{""ImportId"":""_recordId""}","{""ImportId"":""QID1_1""}"
                IP Address,,R_abc,Agree
                """.formatted(Q01A_TEXT));

        assertThat(rows.layout()).isEqualTo("Qualtrics");
        assertThat(rows.unmappedColumns()).isEmpty();
        assertThat(rows.respondents()).singleElement().satisfies(respondent -> {
            assertThat(respondent.id()).isEqualTo("R_abc");
            assertThat(respondent.row()).isEqualTo(4);
            assertThat(respondent.answers().get("Q01A").value()).isEqualTo("Agree");
        });
    }
}
