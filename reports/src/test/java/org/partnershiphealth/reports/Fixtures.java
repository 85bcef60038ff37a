package org.partnershiphealth.reports;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.partnershiphealth.diagnosis.Diagnosis;
import org.partnershiphealth.knowledge.KnowledgeBase;
import org.partnershiphealth.knowledge.KnowledgeBaseLoader;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Diagnoses of the sample partnerships, as `pha diagnose samples/NAME.json` wrote them (regenerate with the
 * command in reports/src/test/resources/diagnoses/README.md after changing rules or scoring).
 */
final class Fixtures {

    static final KnowledgeBase KB = KnowledgeBaseLoader.loadDefault();
    static final Reports REPORTS = new Reports(KB);
    private static final ObjectMapper JSON = new ObjectMapper()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private Fixtures() {
    }

    /** The names of the sample diagnoses, one per file in src/test/resources/diagnoses. */
    static java.util.stream.Stream<String> samples() throws IOException {
        try (var files = java.nio.file.Files.list(java.nio.file.Path.of("src/test/resources/diagnoses"))) {
            return files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".json"))
                    .map(n -> n.substring(0, n.length() - ".json".length())).sorted().toList().stream();
        }
    }

    static Diagnosis diagnosis(String name) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/diagnoses/" + name + ".json")) {
            return JSON.readValue(in, Diagnosis.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
