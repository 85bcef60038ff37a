package org.partnershiphealth.knowledge;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Reads the knowledge base from its YAML files and validates it. Every problem, in any file, is collected
 * and reported at once in a {@link KnowledgeBaseException} that names the file and the id concerned.
 */
public final class KnowledgeBaseLoader {

    /** Classpath folder of the shipped content. */
    public static final String CLASSPATH_ROOT = "kb/";
    static final String MANIFEST = "manifest.yaml";

    private final ObjectMapper yaml = JsonMapper.builder(new YAMLFactory())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
            .build();

    /** The content shipped in this jar. */
    public static KnowledgeBase loadDefault() {
        return new KnowledgeBaseLoader().load(new ClasspathSource(CLASSPATH_ROOT));
    }

    /** Content in a folder laid out like {@code kb/}: for reviewing edits before they ship. */
    public static KnowledgeBase loadFrom(Path folder) {
        return new KnowledgeBaseLoader().load(new FolderSource(folder));
    }

    KnowledgeBase load(Source source) {
        List<ContentProblem> problems = new ArrayList<>();
        Manifest manifest = read(source, MANIFEST, Manifest.class, problems);
        if (manifest == null) {
            throw new KnowledgeBaseException(problems);
        }
        List<Principle> principles = readList(source, manifest.principles(), PrinciplesFile.class, problems);
        List<Practice> practices = new ArrayList<>();
        Map<String, String> practiceFiles = new HashMap<>();
        for (String file : manifest.practices()) {
            for (Practice practice : readList(source, file, PracticesFile.class, problems)) {
                practices.add(practice);
                practiceFiles.putIfAbsent(practice.id(), file);
            }
        }
        List<AntiPattern> antiPatterns = readList(source, manifest.antiPatterns(), AntiPatternsFile.class, problems);
        List<FactDefinition> facts = readList(source, manifest.facts(), FactsFile.class, problems);
        Questionnaire questionnaire = read(source, manifest.questionnaire(), Questionnaire.class, problems);
        Narrative narrative = manifest.narrative() == null ? null
                : read(source, manifest.narrative(), Narrative.class, problems);
        if (manifest.narrative() == null) {
            problems.add(new ContentProblem(MANIFEST, null, "narrative is missing: the file of summary sentences"));
        }
        Map<String, QuestionnaireTranslation> translations = new java.util.LinkedHashMap<>();
        Map<String, String> translationFiles = new HashMap<>();
        for (String file : manifest.translations()) {
            QuestionnaireTranslation translation = read(source, file, QuestionnaireTranslation.class, problems);
            if (translation == null) {
                continue;
            }
            if (translation.language() == null || !translation.language().matches("[a-z]{2}")
                    || translation.language().equals("en") || translation.name() == null) {
                problems.add(new ContentProblem(file, null, "language must be a two-letter code other than en,"
                        + " with the language's own name under name"));
            } else {
                translations.put(translation.language(), translation);
                translationFiles.put(translation.language(), file);
            }
        }
        if (!problems.isEmpty()) {
            throw new KnowledgeBaseException(problems);
        }
        var files = new KnowledgeBaseValidator.Files(manifest.principles(), practiceFiles,
                manifest.antiPatterns(), manifest.facts(), manifest.questionnaire());
        problems.addAll(new KnowledgeBaseValidator(files)
                .validate(manifest.version(), principles, practices, antiPatterns, facts, questionnaire));
        problems.addAll(KnowledgeBaseValidator.checkNarrative(manifest.narrative(), narrative));
        // every translation says everything the questionnaire says, and nothing it does not
        translations.forEach((language, translation) -> translation.gaps(questionnaire).forEach(gap ->
                problems.add(new ContentProblem(translationFiles.get(language), null, gap))));
        if (!problems.isEmpty()) {
            throw new KnowledgeBaseException(problems);
        }
        return new KnowledgeBase(manifest.version(), principles, practices, antiPatterns, facts, questionnaire,
                narrative, translations);
    }

    private <T extends ContentFile<E>, E> List<E> readList(Source source, String file, Class<T> type,
                                                         List<ContentProblem> problems) {
        T content = read(source, file, type, problems);
        if (content == null) {
            return List.of();
        }
        if (content.entries() == null) {
            problems.add(new ContentProblem(file, null, "the file has no entries under its top-level key"));
            return List.of();
        }
        List<E> entries = new ArrayList<>();
        for (int i = 0; i < content.entries().size(); i++) {
            E entry = content.entries().get(i);
            if (entry == null) {
                problems.add(new ContentProblem(file, "entry " + (i + 1), "the entry is empty"));
            } else {
                entries.add(entry);
            }
        }
        return entries;
    }

    private <T> T read(Source source, String file, Class<T> type, List<ContentProblem> problems) {
        if (file == null || file.isBlank()) {
            problems.add(new ContentProblem(MANIFEST, null, "a file for " + type.getSimpleName() + " is not named"));
            return null;
        }
        try (InputStream in = source.open(file)) {
            T value = yaml.readValue(in, type);
            if (value == null) {
                problems.add(new ContentProblem(file, null, "the file is empty"));
            }
            return value;
        } catch (NoSuchFileException e) {
            problems.add(new ContentProblem(file, null, "the file does not exist"));
        } catch (JsonProcessingException e) {
            problems.add(new ContentProblem(file, pathOf(e), describe(e)));
        } catch (IOException e) {
            problems.add(new ContentProblem(file, null, "cannot be read: " + e.getMessage()));
        }
        return null;
    }

    private static String pathOf(JsonProcessingException e) {
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            return mapping.getPath().stream()
                    .map(ref -> ref.getFieldName() != null ? "." + ref.getFieldName() : "[" + ref.getIndex() + "]")
                    .collect(Collectors.joining()).replaceFirst("^\\.", "");
        }
        return null;
    }

    private static String describe(JsonProcessingException e) {
        JsonLocation at = e.getLocation();
        String where = at == null ? "" : "line " + at.getLineNr() + ", column " + at.getColumnNr() + ": ";
        String message = e.getOriginalMessage();
        if (message.startsWith("Cannot map `null` into type")) {
            return where + "a value is required here";
        }
        int detail = message.indexOf(" (class ");
        if (detail > 0) {
            message = message.substring(0, detail);
        }
        // A YAML syntax error spans several lines: the problem, "in 'reader'", the echoed source line and a
        // caret under it. Keep the words only; the line and column are already in front.
        List<String> lines = message.lines().map(String::strip).toList();
        List<String> words = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            boolean echoedSource = i + 1 < lines.size() && lines.get(i + 1).equals("^");
            if (!line.isEmpty() && !line.startsWith("in '") && !line.equals("^") && !echoedSource) {
                words.add(line);
            }
        }
        return where + String.join("; ", words);
    }

    /** Where content files come from: the jar or a folder. */
    interface Source {
        InputStream open(String file) throws IOException;
    }

    record ClasspathSource(String root) implements Source {
        @Override
        public InputStream open(String file) throws IOException {
            InputStream in = KnowledgeBaseLoader.class.getClassLoader().getResourceAsStream(root + file);
            if (in == null) {
                throw new NoSuchFileException(root + file);
            }
            return in;
        }
    }

    record FolderSource(Path folder) implements Source {
        @Override
        public InputStream open(String file) throws IOException {
            try {
                return Files.newInputStream(folder.resolve(file));
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
        }
    }

    record Manifest(String version, String principles, List<String> practices, String antiPatterns, String facts,
                    String questionnaire, String narrative, List<String> translations) {
        Manifest {
            practices = Content.listOf(practices);
            translations = Content.listOf(translations);
        }
    }

    interface ContentFile<E> {
        List<E> entries();
    }

    record PrinciplesFile(List<Principle> principles) implements ContentFile<Principle> {
        public List<Principle> entries() {
            return principles;
        }
    }

    record PracticesFile(List<Practice> practices) implements ContentFile<Practice> {
        public List<Practice> entries() {
            return practices;
        }
    }

    record AntiPatternsFile(List<AntiPattern> antiPatterns) implements ContentFile<AntiPattern> {
        public List<AntiPattern> entries() {
            return antiPatterns;
        }
    }

    record FactsFile(List<FactDefinition> facts) implements ContentFile<FactDefinition> {
        public List<FactDefinition> entries() {
            return facts;
        }
    }
}
