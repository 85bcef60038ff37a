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

    @Option(names = "--form", defaultValue = "full", description = "full (88 items) or short (27 items). Default: ${DEFAULT-VALUE}.")
    String form;

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
        Questionnaire questionnaire = knowledge.questionnaire();
        List<Question> items = chosen == QuestionnaireForm.FULL ? questionnaire.fullForm() : questionnaire.shortForm();
        String text = switch (format) {
            case md -> markdown(knowledge, items, chosen);
            case json -> json(knowledge, items, chosen);
            case csv -> "respondent,sector,role,tenure," + items.stream().map(Question::id)
                    .collect(Collectors.joining(",")) + ","
                    + questionnaire.open().stream().map(Questionnaire.OpenQuestion::id).collect(Collectors.joining(","))
                    + "\n";
        };
        Outputs.write(out, text, spec.commandLine().getOut());
    }

    private static String markdown(KnowledgeBase knowledge, List<Question> items, QuestionnaireForm form) {
        Questionnaire q = knowledge.questionnaire();
        StringBuilder md = new StringBuilder("# Partnership health questionnaire (" + form.name().toLowerCase(Locale.ROOT)
                + " form)\n\n");
        md.append("Answer each statement from 1 (strongly disagree) to 5 (strongly agree), or \"")
                .append(q.dontKnow()).append("\". Your answers are anonymous: no names are asked, results appear only"
                        + " once at least three people have answered, and no figure, even combined with others, is"
                        + " about fewer than three people. Written comments are shown, unsigned, only once at least"
                        + " five people have answered.\n\n## About you\n\n");
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
        md.append("## In your own words\n\n");
        q.open().forEach(open -> md.append("- `").append(open.id()).append("` ").append(open.text()).append("\n"));
        return md.toString();
    }

    private static void profile(StringBuilder md, String question, List<org.partnershiphealth.knowledge.Option> options) {
        md.append("**").append(question).append("** ")
                .append(options.stream().map(org.partnershiphealth.knowledge.Option::label).collect(Collectors.joining(" · "))).append("\n\n");
    }

    private static String json(KnowledgeBase knowledge, List<Question> items, QuestionnaireForm form) {
        Questionnaire q = knowledge.questionnaire();
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
