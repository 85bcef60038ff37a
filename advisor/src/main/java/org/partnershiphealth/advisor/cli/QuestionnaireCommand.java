package org.partnershiphealth.advisor.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.partnershiphealth.assessment.QuestionnaireForm;
import org.partnershiphealth.knowledge.KnowledgeBase;
import org.partnershiphealth.knowledge.KnowledgeBaseLoader;
import org.partnershiphealth.knowledge.Question;
import org.partnershiphealth.knowledge.Questionnaire;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** Prints the questionnaire to hand out, to load into another tool, or as a CSV template to fill in. */
@Command(name = "questionnaire", mixinStandardHelpOptions = true,
        description = "Print the questionnaire (full or short form) as Markdown, JSON or a CSV template.")
final class QuestionnaireCommand implements Runnable {

    enum Format { md, json, csv }

    @Option(names = "--form", defaultValue = "full", description = "full (every statement) or short (one or two per"
            + " practice); the Markdown says how many statements and minutes. Default: ${DEFAULT-VALUE}.")
    String form;

    @Option(names = "--language", defaultValue = "en", description = "The language respondents read: en or es."
            + " Default: ${DEFAULT-VALUE}.")
    String language;

    @Option(names = "--format", defaultValue = "md", description = "md, json or csv. Default: ${DEFAULT-VALUE}.")
    Format format;

    @Option(names = "--out", paramLabel = "FILE", description = "Write to FILE instead of standard output.")
    Path out;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        QuestionnaireForm chosen = switch (form.toLowerCase(Locale.ROOT)) {
            case "full" -> QuestionnaireForm.FULL;
            case "short" -> QuestionnaireForm.SHORT;
            default -> throw new PhaCommand.BadInputException("--form " + form + ": use full or short");
        };
        KnowledgeBase knowledge = KnowledgeBaseLoader.loadDefault();
        if (!knowledge.languages().containsKey(language)) {
            throw new PhaCommand.BadInputException("--language " + language + ": use one of "
                    + String.join(", ", knowledge.languages().keySet()));
        }
        Questionnaire questionnaire = knowledge.questionnaire(language);
        List<Question> items = chosen == QuestionnaireForm.FULL ? questionnaire.fullForm() : questionnaire.shortForm();
        String text = switch (format) {
            case md -> markdown(knowledge, questionnaire, items, chosen, language);
            case json -> json(knowledge, questionnaire, items, chosen);
            case csv -> "respondent,sector,role,tenure," + items.stream().map(Question::id)
                    .collect(Collectors.joining(",")) + ","
                    + questionnaire.open().stream().map(Questionnaire.OpenQuestion::id).collect(Collectors.joining(","))
                    + "\n";
        };
        Outputs.write(out, text, spec.commandLine().getOut());
    }

    private static String markdown(KnowledgeBase knowledge, Questionnaire q, List<Question> items,
                                   QuestionnaireForm form, String language) {
        java.util.ResourceBundle text = java.util.ResourceBundle.getBundle("i18n.respondent",
                Locale.forLanguageTag(language), java.util.ResourceBundle.Control.getNoFallbackControl(
                        java.util.ResourceBundle.Control.FORMAT_PROPERTIES));
        java.util.function.BiFunction<String, Object[], String> t = (key, arguments) ->
                new java.text.MessageFormat(text.getString(key), Locale.forLanguageTag(language)).format(arguments);
        long parts = q.sections().stream().filter(section -> items.stream().anyMatch(item ->
                knowledge.practice(item.practices().get(0)).principle().equals(section.principle()))).count();
        StringBuilder md = new StringBuilder("# " + t.apply("q.title", new Object[0]) + " ("
                + t.apply(form == QuestionnaireForm.FULL ? "print.full" : "print.short", new Object[0]) + ")\n\n");
        md.append(t.apply("q.estimate", new Object[] {Integer.toString(items.size()), Long.toString(parts),
                Integer.toString(Questionnaire.answerMinutes(items))}))
                .append("\n\n").append(t.apply("q.scaleHelp", new Object[] {q.dontKnow()})).append("\n\n")
                .append(t.apply("q.anonymity", new Object[] {"3", "5"})).append("\n\n## ")
                .append(t.apply("q.aboutYou", new Object[0])).append("\n\n");
        profile(md, q.profile().sectorQuestion(), q.profile().sector());
        profile(md, q.profile().roleQuestion(), q.profile().role());
        profile(md, q.profile().tenureQuestion(), q.profile().tenure());
        for (Questionnaire.Section section : q.sections()) {
            List<Question> inSection = items.stream()
                    .filter(item -> knowledge.practice(item.practices().get(0)).principle().equals(section.principle()))
                    .toList();
            md.append("## ").append(section.title()).append("\n\n").append(section.intro()).append("\n\n");
            inSection.forEach(item -> md.append("- `").append(item.id()).append("` ").append(item.text()).append("\n"));
            md.append("\n");
        }
        md.append("## ").append(t.apply("q.ownWords", new Object[0])).append("\n\n");
        q.open().forEach(open -> md.append("- `").append(open.id()).append("` ").append(open.text()).append("\n"));
        return md.toString();
    }

    private static void profile(StringBuilder md, String question, List<org.partnershiphealth.knowledge.Option> options) {
        md.append("**").append(question).append("** ")
                .append(options.stream().map(org.partnershiphealth.knowledge.Option::label).collect(Collectors.joining(" · "))).append("\n\n");
    }

    private static String json(KnowledgeBase knowledge, Questionnaire q, List<Question> items, QuestionnaireForm form) {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("knowledgeBaseVersion", knowledge.version());
        document.put("form", form);
        document.put("scale", q.scale());
        document.put("dontKnow", q.dontKnow());
        document.put("profile", q.profile());
        List<Map<String, Object>> sections = new ArrayList<>();
        for (Questionnaire.Section section : q.sections()) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("id", section.id());
            entry.put("principle", section.principle());
            entry.put("title", section.title());
            entry.put("intro", section.intro());
            entry.put("items", items.stream()
                    .filter(item -> knowledge.practice(item.practices().get(0)).principle().equals(section.principle()))
                    .toList());
            sections.add(entry);
        }
        document.put("sections", sections);
        document.put("open", q.open());
        try {
            return JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build()
                    .writeValueAsString(document) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
