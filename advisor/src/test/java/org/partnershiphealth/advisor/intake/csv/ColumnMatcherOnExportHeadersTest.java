package org.partnershiphealth.advisor.intake.csv;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.partnershiphealth.advisor.intake.Column;
import org.partnershiphealth.advisor.intake.ColumnMatcher;
import org.partnershiphealth.knowledge.KnowledgeBaseLoader;
import org.partnershiphealth.knowledge.Question;
import org.partnershiphealth.knowledge.Questionnaire;

import java.io.IOException;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The headers each survey tool writes, resolved from its header rows, are matched by {@link ColumnMatcher}
 * to every short-form question, to the profile and to the open question, with nothing left over.
 */
class ColumnMatcherOnExportHeadersTest {

    private static final Questionnaire QUESTIONNAIRE = KnowledgeBaseLoader.loadDefault().questionnaire();

    private final ColumnMatcher matcher = new ColumnMatcher(QUESTIONNAIRE);

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"native.csv", "google-forms.csv", "surveymonkey.csv", "qualtrics.csv",
            "microsoft-forms.csv", "microsoft-forms-semicolon.csv"})
    void everyQuestionOfTheExportIsMatchedToTheShortFormAndNoColumnIsLeftUnmapped(String file) throws IOException {
        // The exports hold the 27-item short form of before the anti-pattern statements were added, as rounds
        // collected earlier do: each practice's short-form item, matched whatever the tool did to the header.
        List<ExportHeader.ColumnHeader> headers = headersOf(file);

        List<Column> columns = headers.stream()
                .filter(header -> !header.bookkeeping())
                .map(header -> matcher.match(header.text())).toList();

        List<String> shortForm = QUESTIONNAIRE.shortForm().stream().map(Question::id).toList();
        List<String> matched = columns.stream().filter(column -> column.kind() == Column.Kind.QUESTION)
                .map(Column::id).toList();
        assertThat(matched).hasSize(27).doesNotHaveDuplicates().allMatch(shortForm::contains);
        assertThat(matched.stream().map(id -> QUESTIONNAIRE.items().stream().filter(q -> q.id().equals(id))
                .findFirst().orElseThrow().practices().get(0)).distinct()).hasSize(27);
        assertThat(columns).extracting(Column::kind)
                .doesNotContain(Column.Kind.UNMAPPED)
                .contains(Column.Kind.SECTOR, Column.Kind.ROLE, Column.Kind.TENURE, Column.Kind.OPEN);
    }

    @org.junit.jupiter.api.Test
    void aStatementRewordedToAskOneThingStillMatchesExportsOfItsFormerWording() {
        Column former = matcher.match("When we invite a new partner or funder, we first listen to what they want and"
                + " then suggest a specific way they could contribute.");
        Column current = matcher.match(QUESTIONNAIRE.items().stream().filter(q -> q.id().equals("Q04A"))
                .findFirst().orElseThrow().text());

        assertThat(former.id()).isEqualTo("Q04A");
        assertThat(current.id()).isEqualTo("Q04A");
    }

    private static List<ExportHeader.ColumnHeader> headersOf(String file) throws IOException {
        List<List<String>> rows = CsvCells.parse(CsvSurveyReaderLayoutsTest.fixture(file));
        return CsvSurveyReader.layoutOf(rows).header(rows).columns();
    }
}
