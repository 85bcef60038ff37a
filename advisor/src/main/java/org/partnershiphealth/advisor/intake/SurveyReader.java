package org.partnershiphealth.advisor.intake;

import com.fasterxml.jackson.databind.JsonNode;
import org.partnershiphealth.advisor.intake.csv.CsvRows;
import org.partnershiphealth.advisor.intake.csv.CsvSurveyReader;
import org.partnershiphealth.assessment.AssessmentInput;
import org.partnershiphealth.assessment.Partnership;
import org.partnershiphealth.assessment.QuestionnaireForm;
import org.partnershiphealth.assessment.Respondent;
import org.partnershiphealth.knowledge.KnowledgeBase;
import org.partnershiphealth.knowledge.Question;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads a survey in any supported shape (native JSON/YAML, native CSV, Google Forms, SurveyMonkey, Qualtrics,
 * Microsoft Forms) and checks all of it before anything is scored. Every problem is collected with its place;
 * unless the caller asked to skip invalid respondents, one problem anywhere means nothing is diagnosed.
 */
public final class SurveyReader {

    private static final List<String> PARTNERSHIP_FILE_SUFFIXES = List.of(".partnership.yaml", ".partnership.yml",
            ".partnership.json");
    /** A column mapping kept beside an export is used for it, as a partnership file is. */
    private static final List<String> MAPPING_FILE_SUFFIXES = List.of(".mapping.yaml", ".mapping.yml", ".mapping.json");

    private final NativeSurveyReader nativeReader;
    private final FactsReader factsReader;
    private final CsvSurveyReader csvReader;
    private final RespondentValidator validator;
    private final Set<String> shortFormIds;
    private final List<Question> items;
    private final Set<String> openIds;

    public SurveyReader(KnowledgeBase knowledge) {
        this.nativeReader = new NativeSurveyReader(knowledge);
        this.factsReader = new FactsReader(knowledge);
        this.csvReader = new CsvSurveyReader(knowledge.questionnaire());
        this.items = knowledge.questionnaire().items();
        this.openIds = knowledge.questionnaire().open().stream().map(open -> open.id()).collect(Collectors.toSet());
        this.validator = new RespondentValidator(knowledge.questionnaire());
        this.shortFormIds = knowledge.questionnaire().shortForm().stream().map(Question::id).collect(Collectors.toSet());
    }

    /** Reads a file; a CSV export takes its partnership, period and facts from options or a sibling file. */
    public Intake read(Path file, IntakeOptions options) {
        String name = file.getFileName().toString();
        byte[] content = load(file, name, options.maxBytes());
        SurveyHeader header = null;
        if (isCsv(name)) {
            Path partnershipFile = options.partnershipFile() != null ? options.partnershipFile()
                    : sibling(file, PARTNERSHIP_FILE_SUFFIXES);
            header = partnershipFile == null ? defaultHeader(name) : readPartnershipFile(partnershipFile, options);
            Path mappingFile = options.mapping().isEmpty() ? sibling(file, MAPPING_FILE_SUFFIXES) : null;
            if (mappingFile != null) {
                return read(name, content, options.withMapping(mapping(mappingFile.toString(),
                        load(mappingFile, mappingFile.toString(), options.maxBytes()))), header);
            }
        }
        return read(name, content, options, header);
    }

    /**
     * Reads content already in memory (an upload). {@code known} is the round's own header when the caller has
     * one; for a native file it then takes precedence over what the file says.
     */
    public Intake read(String fileName, byte[] content, IntakeOptions options, SurveyHeader known) {
        List<IntakeProblem> problems = new ArrayList<>();
        if (content.length > options.maxBytes()) {
            throw new IntakeException(IntakeProblem.inFile(fileName, tooLarge(content.length, options.maxBytes())));
        }
        SurveyHeader header = known;
        List<RawRespondent> rows;
        CsvRows csv = null;
        String layout;
        if (isCsv(fileName)) {
            csv = csvReader.read(fileName, content, new CsvSurveyReader.Reading(options.scale(), options.mapping()));
            problems.addAll(csv.problems());
            rows = csv.respondents();
            layout = csv.layout();
            header = header == null ? defaultHeader(fileName) : header;
        } else if (isNative(fileName)) {
            JsonNode root = nativeReader.parse(fileName, content, problems);
            if (root == null) {
                throw new IntakeException(problems);
            }
            SurveyHeader own = nativeReader.header(fileName, root, known == null ? problems : new ArrayList<>());
            header = known == null ? own : known;
            rows = nativeReader.respondents(fileName, root, problems);
            layout = fileName.toLowerCase(Locale.ROOT).endsWith(".json") ? "native JSON" : "native YAML";
        } else {
            throw new IntakeException(IntakeProblem.inFile(fileName,
                    "unsupported file type (use .json, .yaml, .yml, .csv or .xlsx)"));
        }
        List<String> missing = csv == null ? List.of() : missingQuestions(fileName, header, csv, problems);
        return check(fileName, header, rows, layout, csv, missing, problems, options.skipInvalid());
    }

    /**
     * The questions of the form no column holds. Beside a column that was not recognised, that is a problem: the
     * column may well be the question under a wording the reader does not know, and dropping it in silence would
     * change the diagnosis. With every column accounted for, it is a deliberate subset, said in the notes.
     */
    private List<String> missingQuestions(String file, SurveyHeader header, CsvRows csv, List<IntakeProblem> problems) {
        Set<String> present = csv.questionsInColumns();
        if (present.isEmpty()) {
            return List.of();
        }
        QuestionnaireForm form = header.form() != null ? header.form()
                : shortFormIds.containsAll(present) ? QuestionnaireForm.SHORT : QuestionnaireForm.FULL;
        List<Question> missing = items.stream()
                .filter(item -> form == QuestionnaireForm.FULL || shortFormIds.contains(item.id()))
                .filter(item -> !present.contains(item.id())).toList();
        // an unrecognised column is first of all a candidate for a profile field no column holds
        long profileGaps = List.of("sector", "role", "tenure").stream().filter(field -> csv.columns().stream()
                .noneMatch(column -> column.target().equals(field))).count();
        if (!missing.isEmpty() && csv.unmappedColumns().size() > profileGaps) {
            problems.add(IntakeProblem.inFile(file, missing.size() + " question(s) of the "
                    + form.name().toLowerCase(Locale.ROOT) + " form have no column (" + listed(missing) + ") while "
                    + csv.unmappedColumns().size() + " column(s) were not recognised (" + quoted(csv.unmappedColumns())
                    + "); if one of them holds a question, map it (--mapping, or the column table of the web import)"
                    + " or rename it to the question's id; if not, map it to ignore"));
        }
        return missing.stream().map(Question::id).toList();
    }

    /**
     * Profile fields no column of an export holds: one problem for the file, naming the columns that were not
     * recognised (one of them is most likely it) and the fix, instead of "the sector is missing" on every row.
     */
    private static Set<String> profileWithoutColumn(String file, CsvRows csv, List<IntakeProblem> problems) {
        Set<String> targets = csv.columns().stream().map(ColumnReading::target).collect(Collectors.toSet());
        Set<String> missing = new java.util.LinkedHashSet<>();
        for (String field : List.of("sector", "role", "tenure")) {
            if (!targets.contains(field)) {
                missing.add(field);
            }
        }
        if (!missing.isEmpty()) {
            String what = missing.stream().map(field -> field.equals("tenure") ? "time involved" : field)
                    .collect(Collectors.joining(", "));
            String candidates = csv.unmappedColumns().isEmpty() ? "no column was left unrecognised either"
                    : "columns not recognised: " + quoted(csv.unmappedColumns());
            problems.add(IntakeProblem.inFile(file, "no column holds the " + what + ", which every respondent needs"
                    + " so that groups can be compared (" + candidates + "); map the right column to "
                    + String.join(", ", missing) + " (--mapping, or the column table of the web import), or rename"
                    + " its header to " + missing.stream().map(f -> "\"" + f + "\"").collect(Collectors.joining(", "))));
        }
        return missing;
    }

    private static String listed(List<Question> questions) {
        String shown = questions.stream().limit(5).map(q -> q.id() + " \"" + shortened(q.text()) + "\"")
                .collect(Collectors.joining(", "));
        return questions.size() > 5 ? shown + " and " + (questions.size() - 5) + " more" : shown;
    }

    private static String quoted(List<String> headers) {
        String shown = headers.stream().limit(5).map(h -> "\"" + shortened(h) + "\"").collect(Collectors.joining(", "));
        return headers.size() > 5 ? shown + " and " + (headers.size() - 5) + " more" : shown;
    }

    private static String shortened(String text) {
        return text.length() <= 60 ? text : text.substring(0, 57) + "...";
    }

    private Intake check(String file, SurveyHeader header, List<RawRespondent> rows, String layout, CsvRows csv,
                         List<String> missing, List<IntakeProblem> readProblems, boolean skipInvalid) {
        // Problems found while reading a row (e.g. an unknown question id) belong to that respondent.
        Map<Integer, List<IntakeProblem>> byRow = readProblems.stream().filter(p -> p.row() != null)
                .collect(Collectors.groupingBy(IntakeProblem::row));
        List<IntakeProblem> problems = new ArrayList<>(readProblems.stream().filter(p -> p.row() == null).toList());
        Set<String> noColumn = csv == null || rows.isEmpty() ? Set.of() : profileWithoutColumn(file, csv, problems);
        List<IntakeProblem> skipped = new ArrayList<>();
        List<Respondent> respondents = new ArrayList<>();
        int skippedRespondents = 0;
        for (RespondentValidator.Checked checked : validator.check(file, rows)) {
            List<IntakeProblem> rowProblems = new ArrayList<>(byRow.getOrDefault(checked.raw().row(), List.of()));
            // told once for the file, not once per row
            checked.problems().stream().filter(p -> p.field() == null || !noColumn.contains(p.field()))
                    .forEach(rowProblems::add);
            if (rowProblems.isEmpty()) {
                respondents.add(checked.respondent());
            } else if (skipInvalid) {
                skipped.addAll(rowProblems);
                skippedRespondents++;
            } else {
                problems.addAll(rowProblems);
            }
        }
        if (rows.isEmpty() && problems.isEmpty()) {
            problems.add(IntakeProblem.inFile(file, "the survey has no respondents"));
        } else if (respondents.isEmpty() && problems.isEmpty()) {
            problems.add(IntakeProblem.inFile(file, "no valid respondent is left after skipping "
                    + skippedRespondents + " with problems"));
        }
        if (!problems.isEmpty()) {
            throw new IntakeException(problems, csv == null ? List.of() : csv.columns());
        }
        QuestionnaireForm form = header.form() != null ? header.form() : inferForm(respondents);
        AssessmentInput input = new AssessmentInput(header.partnership(), header.period(), form, header.facts(),
                respondents);
        List<String> notes = new ArrayList<>(csv == null ? List.of() : csv.notes());
        if (!missing.isEmpty()) {
            notes.add(missing.size() + " question(s) of the " + form.name().toLowerCase(Locale.ROOT) + " form have no"
                    + " column in this file (" + String.join(", ", missing.size() > 12
                    ? missing.subList(0, 12) : missing) + (missing.size() > 12 ? ", ..." : "")
                    + "): the practices they ask about are judged without them.");
        }
        return new Intake(input, layout, skipped, skippedRespondents,
                csv == null ? List.of() : csv.unmappedColumns(), csv == null ? List.of() : csv.columns(),
                csv == null ? java.util.Map.of() : csv.leftOut(), missing, notes);
    }

    /**
     * Reads a column mapping file against this questionnaire.
     *
     * @throws IntakeException naming the file and each entry that is wrong
     */
    public ColumnMapping mapping(String source, byte[] content) {
        return ColumnMapping.parse(source, content, items.stream().map(Question::id).collect(Collectors.toSet()),
                openIds);
    }

    /** Every question and open question id of the questionnaire, in its order: what a column mapping may name. */
    public List<String> questionIds() {
        List<String> ids = new ArrayList<>(items.stream().map(Question::id).toList());
        openIds.stream().sorted().forEach(ids::add);
        return ids;
    }

    /** Reads partnership facts entered on their own (a form); throws with every fact that is wrong. */
    public org.partnershiphealth.assessment.PartnershipFacts facts(String source, JsonNode node) {
        List<IntakeProblem> problems = new ArrayList<>();
        var facts = factsReader.read(source, "facts", node, problems);
        if (!problems.isEmpty()) {
            throw new IntakeException(problems);
        }
        return facts;
    }

    /** Checks one respondent sent on its own (a web or API submission); throws with every problem found. */
    public Respondent checkOne(String source, RawRespondent raw) {
        RespondentValidator.Checked checked = validator.check(source, List.of(raw)).get(0);
        if (!checked.problems().isEmpty()) {
            throw new IntakeException(checked.problems());
        }
        return checked.respondent();
    }

    /** Short form if nobody answered an item outside it. */
    private QuestionnaireForm inferForm(List<Respondent> respondents) {
        boolean onlyShort = respondents.stream().flatMap(r -> r.answers().keySet().stream())
                .allMatch(shortFormIds::contains);
        return onlyShort ? QuestionnaireForm.SHORT : QuestionnaireForm.FULL;
    }

    private SurveyHeader readPartnershipFile(Path file, IntakeOptions options) {
        String name = file.toString();
        byte[] content = load(file, name, options.maxBytes());
        List<IntakeProblem> problems = new ArrayList<>();
        JsonNode root = nativeReader.parse(name, content, problems);
        if (root == null) {
            throw new IntakeException(problems);
        }
        SurveyHeader header = nativeReader.header(name, root, problems);
        if (root.has("respondents")) {
            problems.add(IntakeProblem.atField(name, "respondents", "a partnership file holds the partnership,"
                    + " period and facts only; the answers come from the CSV"));
        }
        if (!problems.isEmpty()) {
            throw new IntakeException(problems);
        }
        return header;
    }

    private static SurveyHeader defaultHeader(String fileName) {
        String base = fileName.replaceFirst("\\.[^.]+$", "");
        String id = base.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        return new SurveyHeader(new Partnership(id.isEmpty() ? "partnership" : id, base), "unspecified", null, null);
    }

    private static Path sibling(Path csv, List<String> suffixes) {
        String base = csv.getFileName().toString().replaceFirst("\\.[^.]+$", "");
        for (String suffix : suffixes) {
            Path candidate = csv.resolveSibling(base + suffix);
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
        }
        return null;
    }

    private static byte[] load(Path file, String name, long maxBytes) {
        try {
            long size = Files.size(file);
            if (size > maxBytes) {
                throw new IntakeException(IntakeProblem.inFile(name, tooLarge(size, maxBytes)));
            }
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new IntakeException(IntakeProblem.inFile(name, "the file does not exist"));
        } catch (IOException e) {
            throw new IntakeException(IntakeProblem.inFile(name, "cannot be read: " + e.getMessage()));
        }
    }

    private static String tooLarge(long size, long limit) {
        return String.format(Locale.ROOT, "the file is too large: %.1f MB (the limit is %.1f MB)",
                size / 1048576.0, limit / 1048576.0);
    }

    /** A survey tool's export, as CSV or as an .xlsx workbook. */
    static boolean isCsv(String name) {
        return name.toLowerCase(Locale.ROOT).endsWith(".csv") || CsvSurveyReader.isXlsx(name);
    }

    static boolean isNative(String name) {
        return name.toLowerCase(Locale.ROOT).matches(".*\\.(json|ya?ml)$");
    }
}
