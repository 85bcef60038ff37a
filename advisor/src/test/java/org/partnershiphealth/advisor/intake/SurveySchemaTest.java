package org.partnershiphealth.advisor.intake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.partnershiphealth.advisor.SurveyBuilder;
import org.partnershiphealth.knowledge.FactDefinition;
import org.partnershiphealth.knowledge.Question;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The published JSON Schema must describe what the reader accepts: every question id and fact, nothing else. */
class SurveySchemaTest {

    private static final JsonNode SCHEMA = read();

    private static JsonNode read() {
        try {
            return new ObjectMapper().readTree(Path.of("../docs/survey.schema.json").toFile());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> keys(JsonNode node) {
        List<String> keys = new ArrayList<>();
        node.fieldNames().forEachRemaining(keys::add);
        return keys;
    }

    @Test
    void theSchemaListsEveryQuestionOfTheKnowledgeBase() {
        JsonNode answers = SCHEMA.at("/properties/respondents/items/properties/answers/properties");

        assertThat(keys(answers)).containsExactlyInAnyOrderElementsOf(
                SurveyBuilder.KB.questionnaire().items().stream().map(Question::id).toList());
    }

    @Test
    void theSchemaListsEveryPartnershipFact() {
        assertThat(keys(SCHEMA.at("/properties/facts/properties"))).containsExactlyInAnyOrderElementsOf(
                SurveyBuilder.KB.facts().stream().map(FactDefinition::id).toList());
    }

    @Test
    void theSchemaNamesTheFormatTheReaderExpects() {
        assertThat(SCHEMA.at("/properties/format/const").asText()).isEqualTo(NativeSurveyReader.FORMAT);
    }
}
