package org.partnershiphealth.advisor;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.partnershiphealth.knowledge.KnowledgeBase;
import org.partnershiphealth.knowledge.KnowledgeBaseLoader;
import org.partnershiphealth.knowledge.Question;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Consumer;

/**
 * Builds native survey files for tests: respondents answer every full-form item around a "tone" (agreement with
 * positive items; reverse items mirrored), with seeded noise, unless a test sets an item explicitly.
 */
public final class SurveyBuilder {

    public static final KnowledgeBase KB = KnowledgeBaseLoader.loadDefault();
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final Map<String, Object> document = new LinkedHashMap<>();
    private final Map<String, Object> facts = new LinkedHashMap<>();
    private final List<Map<String, Object>> respondents = new ArrayList<>();
    private final Random random;

    private SurveyBuilder(long seed) {
        this.random = new Random(seed);
        document.put("format", "partnership-health-survey/1");
        document.put("partnership", Map.of("id", "test-partnership", "name", "Test Partnership"));
        document.put("period", "2026");
        document.put("facts", facts);
        document.put("respondents", respondents);
    }

    public static SurveyBuilder survey(long seed) {
        return new SurveyBuilder(seed);
    }

    public SurveyBuilder set(String field, Object value) {
        document.put(field, value);
        return this;
    }

    public SurveyBuilder fact(String id, Object value) {
        facts.put(id, value);
        return this;
    }

    /** Adds {@code count} respondents of one sector answering around {@code tone} (1-5); {@code tweak} may override. */
    public SurveyBuilder respondents(int count, String sector, String role, double tone,
                                     Consumer<Map<String, Object>> tweak) {
        for (int i = 0; i < count; i++) {
            Map<String, Object> answers = new LinkedHashMap<>();
            for (Question question : KB.questionnaire().items()) {
                double target = question.reverse() ? 6 - tone : tone;
                long value = Math.round(target + random.nextGaussian() * 0.6);
                answers.put(question.id(), (int) Math.max(1, Math.min(5, value)));
            }
            if (tweak != null) {
                tweak.accept(answers);
            }
            Map<String, Object> respondent = new LinkedHashMap<>();
            respondent.put("id", "r" + (respondents.size() + 1));
            respondent.put("sector", sector);
            respondent.put("role", role);
            respondent.put("tenure", "ONE_TO_3_YEARS");
            respondent.put("answers", answers);
            respondents.add(respondent);
        }
        return this;
    }

    public SurveyBuilder respondents(int count, String sector, double tone) {
        return respondents(count, sector, "PARTNER_REPRESENTATIVE", tone, null);
    }

    public List<Map<String, Object>> rows() {
        return respondents;
    }

    public String json() {
        try {
            return JSON.writeValueAsString(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Path writeTo(Path folder, String name) {
        try {
            return Files.writeString(folder.resolve(name), json());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
