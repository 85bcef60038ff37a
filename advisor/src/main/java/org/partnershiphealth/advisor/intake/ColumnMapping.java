package org.partnershiphealth.advisor.intake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.partnershiphealth.advisor.Limits;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What the user says a column holds, for headers the reader cannot recognise on its own: a YAML (or JSON) map from
 * the column's header, as the export writes it, to a question id (Q07A), an open question id (OPEN1), sector,
 * role, tenure, respondent or ignore. Headers are compared as the reader compares them (case, accents and
 * punctuation aside), so a mapping saved once works for every later export of the same survey.
 *
 * <pre>
 * "Your organisation type": sector
 * "We know what we are for": Q01A
 * "Internal ref": ignore
 * </pre>
 */
public final class ColumnMapping {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final Set<String> PROFILE = Set.of("sector", "role", "tenure");

    private final Map<String, Column> byHeader;

    private ColumnMapping(Map<String, Column> byHeader) {
        this.byHeader = byHeader;
    }

    public static ColumnMapping none() {
        return new ColumnMapping(Map.of());
    }

    /**
     * Reads a mapping file's content against the questionnaire's ids.
     *
     * @throws IntakeException naming the file and each entry that is wrong
     */
    public static ColumnMapping parse(String source, byte[] content, Set<String> questionIds, Set<String> openIds) {
        JsonNode root;
        try {
            root = YAML.readTree(content);
        } catch (IOException e) {
            throw new IntakeException(IntakeProblem.inFile(source, "the column mapping is not readable YAML or JSON: "
                    + e.getMessage().lines().findFirst().orElse("")));
        }
        if (root == null || !root.isObject()) {
            throw new IntakeException(IntakeProblem.inFile(source, "a column mapping is a list of \"column header\":"
                    + " meaning lines, e.g. \"Your sector\": sector"));
        }
        Map<String, Column> byHeader = new LinkedHashMap<>();
        List<IntakeProblem> problems = new ArrayList<>();
        Iterator<Map.Entry<String, JsonNode>> fields = root.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            String header = field.getKey();
            String target = field.getValue().isValueNode() ? field.getValue().asText().strip() : "";
            Optional<Column> column = target(target, questionIds, openIds);
            if (header.length() > Limits.COMMENT || column.isEmpty()) {
                problems.add(IntakeProblem.atField(source, shortened(header), "\"" + shortened(target)
                        + "\" is not something a column can hold (use a question id such as Q07A, an open question"
                        + " id such as OPEN1, sector, role, tenure, respondent or ignore)"));
            } else {
                byHeader.put(key(header), column.get());
            }
            if (problems.size() >= 20) {
                break;
            }
        }
        if (!problems.isEmpty()) {
            throw new IntakeException(problems);
        }
        return new ColumnMapping(Map.copyOf(byHeader));
    }

    /** What the user said this header holds, if anything. */
    public Optional<Column> columnFor(String header) {
        return Optional.ofNullable(byHeader.get(key(header)));
    }

    public boolean isEmpty() {
        return byHeader.isEmpty();
    }

    /** A mapping file's text for these entries, for the user to keep and reuse. */
    public static String write(Map<String, String> entries) {
        StringBuilder yaml = new StringBuilder("# Column mapping for the Partnership Health Advisor: column header: meaning\n");
        entries.forEach((header, meaning) -> yaml.append('"').append(header.replace("\\", "\\\\").replace("\"", "\\\""))
                .append("\": ").append(meaning).append('\n'));
        return yaml.toString();
    }

    private static Optional<Column> target(String target, Set<String> questionIds, Set<String> openIds) {
        String upper = target.toUpperCase(Locale.ROOT);
        String lower = target.toLowerCase(Locale.ROOT);
        if (questionIds.contains(upper)) {
            return Optional.of(Column.question(upper));
        }
        if (openIds.contains(upper)) {
            return Optional.of(new Column(Column.Kind.OPEN, upper));
        }
        if (PROFILE.contains(lower)) {
            return Optional.of(Column.of(Column.Kind.valueOf(lower.toUpperCase(Locale.ROOT))));
        }
        return switch (lower) {
            case "respondent", "respondent id", "id" -> Optional.of(Column.of(Column.Kind.RESPONDENT_ID));
            case "ignore", "ignored" -> Optional.of(Column.of(Column.Kind.IGNORED));
            default -> Optional.empty();
        };
    }

    private static String shortened(String text) {
        return text.length() <= 80 ? text : text.substring(0, 77) + "...";
    }

    private static String key(String header) {
        return Likert.normalise(header == null ? "" : header.replace("\uFEFF", ""));
    }
}
