package org.partnershiphealth.advisor.intake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.partnershiphealth.assessment.PartnershipFacts;
import org.partnershiphealth.knowledge.FactDefinition;
import org.partnershiphealth.knowledge.FactType;
import org.partnershiphealth.knowledge.KnowledgeBase;
import org.partnershiphealth.knowledge.Option;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Reads the partnership facts backbone staff recorded, checking each against its definition in the knowledge
 * base: known id, right type, inside its range, a known option. Every fact is optional; null means not recorded.
 */
final class FactsReader {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final KnowledgeBase knowledge;

    FactsReader(KnowledgeBase knowledge) {
        this.knowledge = knowledge;
    }

    PartnershipFacts read(String file, String path, JsonNode node, List<IntakeProblem> problems) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return PartnershipFacts.none();
        }
        if (!node.isObject()) {
            problems.add(IntakeProblem.atField(file, path, "facts must be an object of fact id: value"));
            return PartnershipFacts.none();
        }
        Map<String, Object> values = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            String where = path + "." + field.getKey();
            FactDefinition definition = knowledge.facts().stream()
                    .filter(fact -> fact.id().equals(field.getKey())).findFirst().orElse(null);
            if (definition == null) {
                problems.add(IntakeProblem.atField(file, where, "unknown fact (known facts: "
                        + knowledge.facts().stream().map(FactDefinition::id).collect(Collectors.joining(", ")) + ")"));
                continue;
            }
            JsonNode value = field.getValue();
            if (value.isNull()) {
                continue;
            }
            String problem = check(definition, value);
            if (problem != null) {
                problems.add(IntakeProblem.atField(file, where, problem));
            } else {
                values.put(definition.id(), definition.type().isNumeric() ? value.numberValue()
                        : definition.type() == FactType.BOOLEAN ? (Object) value.booleanValue() : value.asText());
            }
        }
        return MAPPER.convertValue(values, PartnershipFacts.class);
    }

    private static String check(FactDefinition definition, JsonNode value) {
        String unit = definition.unit() == null ? "" : " " + definition.unit();
        switch (definition.type()) {
            case BOOLEAN:
                return value.isBoolean() ? null : value + " is not true or false";
            case ENUM:
                List<String> codes = definition.values().stream().map(Option::code).toList();
                return value.isTextual() && codes.contains(value.asText()) ? null
                        : value + " is not one of " + String.join(", ", codes);
            default:
                if (!value.isNumber()) {
                    return value + " is not a number";
                }
                if (definition.type() == FactType.INTEGER && !value.canConvertToExactIntegral()) {
                    return value + " must be a whole number";
                }
                double number = value.doubleValue();
                if ((definition.min() != null && number < definition.min())
                        || (definition.max() != null && number > definition.max())) {
                    return "must be between " + plain(definition.min()) + " and " + plain(definition.max()) + unit
                            + ", not " + value + unit;
                }
                return null;
        }
    }

    private static String plain(Double value) {
        return value == null ? "" : value == Math.rint(value) ? Long.toString(value.longValue()) : value.toString();
    }
}
