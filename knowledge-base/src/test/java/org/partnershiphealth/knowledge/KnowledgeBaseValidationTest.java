package org.partnershiphealth.knowledge;

import com.fasterxml.jackson.databind.node.ArrayNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.partnershiphealth.knowledge.ContentFolder.entry;

class KnowledgeBaseValidationTest {

    private static final String P1_FILE = "practices/p1-clarity-of-purpose.yaml";
    private static final String P2_FILE = "practices/p2-momentum-and-growth.yaml";

    @TempDir
    Path folder;

    private ContentFolder content() {
        return ContentFolder.copyOfShipped(folder);
    }

    @Test
    void anUnchangedCopyOfTheShippedContentLoads() {
        assertThat(content().load().practices()).hasSize(27);
    }

    @Test
    void aDuplicatePracticeIdNamesTheFileAndTheId() {
        ContentFolder broken = content().edit(P2_FILE, doc -> entry(doc, "practices", "PR05").put("id", "PR04"));

        assertThatThrownBy(broken::load)
                .isInstanceOf(KnowledgeBaseException.class)
                .hasMessageContaining(P2_FILE + " [PR04]: duplicate practice id")
                .hasMessageContaining("[PR05]: missing");
    }

    @Test
    void aDanglingPrerequisiteIsReported() {
        ContentFolder broken = content().edit(P2_FILE,
                doc -> entry(doc, "practices", "PR06").putArray("prerequisites").add("PR99"));

        assertThatThrownBy(broken::load).hasMessageContaining(P2_FILE + " [PR06]: prerequisite 'PR99' does not exist");
    }

    @Test
    void aDanglingAntiPatternReferenceIsReported() {
        ContentFolder broken = content().edit(P1_FILE,
                doc -> entry(doc, "practices", "PR01").putArray("antiPatterns").add("AP-NOT-A-THING"));

        assertThatThrownBy(broken::load)
                .hasMessageContaining(P1_FILE + " [PR01]: related anti-pattern 'AP-NOT-A-THING' does not exist");
    }

    @Test
    void aPrerequisiteCycleIsReportedWithItsPath() {
        ContentFolder broken = content().edit(P1_FILE,
                doc -> entry(doc, "practices", "PR01").putArray("prerequisites").add("PR03"));

        assertThatThrownBy(broken::load)
                .hasMessageContaining("prerequisites form a cycle")
                .hasMessageMatching("(?s).*PR0[13] -> PR0[13] -> PR0[13].*");
    }

    @Test
    void aPracticeWithOnlyOneFullFormItemIsReported() {
        ContentFolder broken = content().edit("questionnaire.yaml", doc -> {
            ArrayNode items = (ArrayNode) doc.get("items");
            for (int i = items.size() - 1; i >= 0; i--) {
                boolean measuresPr05 = items.get(i).get("practices").toString().contains("PR05");
                if (measuresPr05 && !items.get(i).path("shortForm").asBoolean()) {
                    items.remove(i);
                }
            }
        });

        assertThatThrownBy(broken::load)
                .hasMessageContaining("questionnaire.yaml [PR05]: is measured by 1 full-form item(s); at least 3");
    }

    @Test
    void aTranslationThatLeavesOutAStatementOrNamesOneTheQuestionnaireLacksIsReported() {
        ContentFolder broken = content().edit("i18n/questionnaire.es.yaml", doc -> {
            ((com.fasterxml.jackson.databind.node.ObjectNode) doc.get("items")).remove("Q01A");
            ((com.fasterxml.jackson.databind.node.ObjectNode) doc.get("items")).put("Q99Z", "Una afirmación de más.");
            ((com.fasterxml.jackson.databind.node.ObjectNode) doc.get("profile").get("sector")).remove("FUNDER");
        });

        assertThatThrownBy(broken::load)
                .hasMessageContaining("i18n/questionnaire.es.yaml: items.Q01A is not translated")
                .hasMessageContaining("i18n/questionnaire.es.yaml: items.Q99Z is not in the questionnaire")
                .hasMessageContaining("i18n/questionnaire.es.yaml: profile.sector.FUNDER is not translated");
    }

    @Test
    void aPracticeWithoutAShortFormItemIsReported() {
        ContentFolder broken = content().edit("questionnaire.yaml", doc -> {
            for (var item : doc.get("items")) {
                if (item.get("practices").toString().contains("PR05")) {
                    ((com.fasterxml.jackson.databind.node.ObjectNode) item).put("shortForm", false);
                }
            }
        });

        assertThatThrownBy(broken::load)
                .hasMessageContaining("questionnaire.yaml [PR05]: is measured by no short-form item");
    }

    @Test
    void anAntiPatternTheShortFormCannotSeeIsReported() {
        ContentFolder broken = content().edit("questionnaire.yaml", doc -> {
            for (var item : doc.get("items")) {
                if (item.get("id").asText().equals("Q24B")) {
                    ((com.fasterxml.jackson.databind.node.ObjectNode) item).put("shortForm", false);
                }
            }
        });

        assertThatThrownBy(broken::load)
                .hasMessageContaining("[AP-PILOTITIS]: none of its detection questions is on the short form");
    }

    @Test
    void anAntiPatternWithoutRemedyIsReported() {
        ContentFolder broken = content().edit("anti-patterns.yaml",
                doc -> entry(doc, "antiPatterns", "AP-OVER-COORDINATION").putArray("remedies"));

        assertThatThrownBy(broken::load).hasMessageContaining(
                "anti-patterns.yaml [AP-OVER-COORDINATION]: names no remedy practice");
    }

    @Test
    void anAntiPatternDetectionMustUseKnownFactsAndQuestions() {
        ContentFolder broken = content().edit("anti-patterns.yaml", doc -> {
            var detection = (com.fasterxml.jackson.databind.node.ObjectNode)
                    entry(doc, "antiPatterns", "AP-GROUNDHOG-DAY").get("detection");
            detection.putArray("facts").add("meetingMinutesPerYear");
            detection.putArray("questions").add("Q99Z");
        });

        assertThatThrownBy(broken::load)
                .hasMessageContaining("[AP-GROUNDHOG-DAY]: detection uses fact 'meetingMinutesPerYear'")
                .hasMessageContaining("[AP-GROUNDHOG-DAY]: detection uses question 'Q99Z', which does not exist");
    }

    @Test
    void aQuestionMeasuringAnUnknownPracticeIsReported() {
        ContentFolder broken = content().edit("questionnaire.yaml",
                doc -> entry(doc, "items", "Q01A").putArray("practices").add("PR01").add("PR28"));

        assertThatThrownBy(broken::load)
                .hasMessageContaining("questionnaire.yaml [Q01A]: measures practice 'PR28', which does not exist");
    }

    @Test
    void aPrincipleMustListExactlyItsPractices() {
        ContentFolder broken = content().edit("principles.yaml",
                doc -> entry(doc, "principles", "P1").putArray("practices").add("PR01").add("PR02").add("PR04"));

        assertThatThrownBy(broken::load)
                .hasMessageContaining("principles.yaml [P1]: lists practice PR04, but that practice belongs to P2")
                .hasMessageContaining("principles.yaml [P1]: does not list its practice PR03");
    }

    @Test
    void aFactUnknownToTheAssessmentTypesIsReported() {
        ContentFolder broken = content().edit("facts.yaml",
                doc -> entry(doc, "facts", "partnerCount").put("id", "partnerHeadcount"));

        assertThatThrownBy(broken::load)
                .hasMessageContaining("facts.yaml [partnerHeadcount]: is not a property of PartnershipFacts")
                .hasMessageContaining("facts.yaml [partnerCount]: PartnershipFacts has this property");
    }

    @Test
    void aMisspelledFieldNamesTheFileLineAndPath() {
        ContentFolder broken = content().edit(P1_FILE, doc -> {
            var practice = entry(doc, "practices", "PR02");
            practice.set("titel", practice.remove("title"));
        });

        assertThatThrownBy(broken::load)
                .hasMessageContaining(P1_FILE + " [practices[1].titel]: line ")
                .hasMessageContaining("Unrecognized field \"titel\"");
    }

    @Test
    void yamlThatDoesNotParseNamesTheFileAndLine() {
        ContentFolder broken = content().write("anti-patterns.yaml", "antiPatterns:\n  - id: AP-X\n    name: \"never closed\n");

        assertThatThrownBy(broken::load)
                .hasMessageContaining("anti-patterns.yaml [antiPatterns[0]]: line 3, column 9: "
                        + "while scanning a quoted scalar; found unexpected end of stream")
                .hasMessageNotContaining("in 'reader'");
    }

    @Test
    void aMissingNumberIsReportedInPlainWords() {
        ContentFolder broken = content().write("anti-patterns.yaml", "antiPatterns:\n  - id: AP-X\n    name: X\n");

        assertThatThrownBy(broken::load)
                .hasMessageContaining("anti-patterns.yaml [antiPatterns[0].baseSeverity]")
                .hasMessageContaining("a value is required here")
                .hasMessageNotContaining("DeserializationFeature");
    }

    @Test
    void aMissingFileIsNamed() {
        ContentFolder broken = content().delete("facts.yaml");

        assertThatThrownBy(broken::load).hasMessageContaining("facts.yaml: the file does not exist");
    }

    @Test
    void everyProblemIsReportedAtOnce() {
        ContentFolder broken = content()
                .edit(P2_FILE, doc -> entry(doc, "practices", "PR06").putArray("prerequisites").add("PR99"))
                .edit("anti-patterns.yaml", doc -> entry(doc, "antiPatterns", "AP-PILOTITIS").putArray("remedies"));

        assertThatThrownBy(broken::load)
                .isInstanceOfSatisfying(KnowledgeBaseException.class,
                        e -> assertThat(e.problems()).hasSize(2))
                .hasMessageStartingWith("The knowledge base has 2 problems:");
    }
}
