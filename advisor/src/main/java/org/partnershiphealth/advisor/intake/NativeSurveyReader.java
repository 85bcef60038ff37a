package org.partnershiphealth.advisor.intake;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import org.partnershiphealth.assessment.Partnership;
import org.partnershiphealth.assessment.QuestionnaireForm;
import org.partnershiphealth.knowledge.KnowledgeBase;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads the native survey format (JSON or YAML, described in docs/intake-format.md and docs/survey.schema.json):
 * the partnership, period, form and facts, and the respondents with their answers. Unknown fields are problems,
 * not silently dropped, so a misspelt "respondnets" never yields an empty survey.
 */
final class NativeSurveyReader {

    static final String FORMAT = "partnership-health-survey/1";
    private static final Set<String> TOP_LEVEL = Set.of("format", "partnership", "period", "form", "facts",
            "respondents");
    private static final Set<String> RESPONDENT_FIELDS = Set.of("id", "sector", "role", "tenure", "answers",
            "comments");
    private static final ObjectMapper JSON = JsonMapper.builder().build();
    private static final ObjectMapper YAML = new YAMLMapper();

    private final KnowledgeBase knowledge;
    private final FactsReader facts;

    NativeSurveyReader(KnowledgeBase knowledge) {
        this.knowledge = knowledge;
        this.facts = new FactsReader(knowledge);
    }

    /** The parsed file, or null with a problem when it is not JSON/YAML at all. */
    JsonNode parse(String file, byte[] content, List<IntakeProblem> problems) {
        boolean yaml = file.toLowerCase(Locale.ROOT).matches(".*\\.ya?ml$");
        try {
            JsonNode root = (yaml ? YAML : JSON).readTree(content);
            if (root == null || root.isMissingNode() || root.isNull()) {
                problems.add(IntakeProblem.inFile(file, "the file is empty"));
                return null;
            }
            if (!root.isObject()) {
                problems.add(IntakeProblem.inFile(file, "expected an object with partnership, period, facts and"
                        + " respondents"));
                return null;
            }
            return root;
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String where = at == null ? "" : "line " + at.getLineNr() + ", column " + at.getColumnNr() + ": ";
            String reason = e.getOriginalMessage().lines().findFirst().orElse("not valid");
            problems.add(IntakeProblem.inFile(file, where + "not valid " + (yaml ? "YAML" : "JSON") + " (" + reason + ")"));
            return null;
        } catch (java.io.IOException e) {
            problems.add(IntakeProblem.inFile(file, "cannot be read: " + e.getMessage()));
            return null;
        }
    }

    SurveyHeader header(String file, JsonNode root, List<IntakeProblem> problems) {
        unknownFields(file, null, root, TOP_LEVEL, problems);
        JsonNode format = root.path("format");
        if (!format.isMissingNode() && !FORMAT.equals(format.asText())) {
            problems.add(IntakeProblem.atField(file, "format", "\"" + format.asText() + "\" is not a format this"
                    + " version reads (expected \"" + FORMAT + "\")"));
        }
        Partnership partnership = partnership(file, root.path("partnership"), problems);
        String period = text(root.path("period"));
        if (period == null) {
            problems.add(IntakeProblem.atField(file, "period", "the period is missing (e.g. \"2026\" or \"2026-Q1\")"));
        }
        QuestionnaireForm form = null;
        String formText = text(root.path("form"));
        if (formText != null) {
            try {
                form = QuestionnaireForm.valueOf(formText.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                problems.add(IntakeProblem.atField(file, "form", "\"" + formText + "\" is not FULL or SHORT"));
            }
        }
        return new SurveyHeader(partnership, period, form, facts.read(file, "facts", root.get("facts"), problems));
    }

    List<RawRespondent> respondents(String file, JsonNode root, List<IntakeProblem> problems) {
        JsonNode list = root.path("respondents");
        List<RawRespondent> rows = new ArrayList<>();
        if (list.isMissingNode() || list.isNull()) {
            return rows;
        }
        if (!list.isArray()) {
            problems.add(IntakeProblem.atField(file, "respondents", "must be a list of respondents"));
            return rows;
        }
        for (int index = 0; index < list.size(); index++) {
            JsonNode node = list.get(index);
            int row = index + 1;
            if (!node.isObject()) {
                problems.add(new IntakeProblem(file, row, null, "a respondent must be an object with id, sector,"
                        + " role, tenure and answers"));
                continue;
            }
            unknownFields(file, row, node, RESPONDENT_FIELDS, problems);
            RawRespondent raw = new RawRespondent(row).id(text(node.path("id")))
                    .sector(text(node.path("sector"))).role(text(node.path("role"))).tenure(text(node.path("tenure")));
            answers(file, row, node.path("answers"), raw, problems);
            JsonNode comments = node.path("comments");
            if (comments.isObject()) {
                comments.fields().forEachRemaining(comment -> raw.comment(comment.getKey(), comment.getValue().asText()));
            }
            rows.add(raw);
        }
        return rows;
    }

    private void answers(String file, int row, JsonNode answers, RawRespondent raw, List<IntakeProblem> problems) {
        if (!answers.isObject()) {
            problems.add(new IntakeProblem(file, row, "answers", "answers must be an object of question id: 1-5 or"
                    + " \"dont_know\""));
            return;
        }
        for (Iterator<Map.Entry<String, JsonNode>> fields = answers.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> answer = fields.next();
            String field = "answers." + answer.getKey();
            if (knowledge.question(answer.getKey()).isEmpty()) {
                problems.add(new IntakeProblem(file, row, field, "unknown question id " + answer.getKey()));
            } else if (!answer.getValue().isNull()) {
                raw.answer(answer.getKey(), answer.getValue().asText(), field);
            }
        }
    }

    private Partnership partnership(String file, JsonNode node, List<IntakeProblem> problems) {
        String id = text(node.path("id"));
        String name = text(node.path("name"));
        if (id == null || !id.matches("[a-z0-9][a-z0-9-]{0,79}")) {
            problems.add(IntakeProblem.atField(file, "partnership.id", id == null ? "the partnership id is missing"
                    : "\"" + id + "\" is not a valid id (lower-case letters, digits and hyphens)"));
        }
        if (name == null) {
            problems.add(IntakeProblem.atField(file, "partnership.name", "the partnership name is missing"));
        }
        return new Partnership(id, name);
    }

    private static void unknownFields(String file, Integer row, JsonNode node, Set<String> known,
                                      List<IntakeProblem> problems) {
        node.fieldNames().forEachRemaining(name -> {
            if (!known.contains(name)) {
                problems.add(new IntakeProblem(file, row, name, "unknown field (expected one of "
                        + String.join(", ", known.stream().sorted().toList()) + ")"));
            }
        });
    }

    private static String text(JsonNode node) {
        return node.isMissingNode() || node.isNull() || node.asText().isBlank() ? null : node.asText().strip();
    }
}
