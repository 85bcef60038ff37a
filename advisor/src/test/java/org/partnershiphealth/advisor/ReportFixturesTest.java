package org.partnershiphealth.advisor;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.partnershiphealth.advisor.cli.DiagnosisJson;
import org.partnershiphealth.advisor.diagnosis.Advisor;
import org.partnershiphealth.advisor.intake.IntakeOptions;
import org.partnershiphealth.advisor.intake.SurveyReader;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The report module's fixtures (reports/src/test/resources/diagnoses) are exactly what the current rules make of
 * the samples, so the report and golden-advice tests never run on stale diagnoses. After a change to rules,
 * scoring or the knowledge base, rewrite them with {@code -Dfixtures.write=true} (then the golden advice with
 * {@code -Dgolden.write=true} in the reports module) and review both diffs.
 */
class ReportFixturesTest {

    private static final Advisor ADVISOR = Advisor.withShippedRules();
    private static final SurveyReader READER = new SurveyReader(ADVISOR.knowledge());
    private static final Path SAMPLES = Path.of("../samples");
    private static final Path FIXTURES = Path.of("../reports/src/test/resources/diagnoses");

    /** Every fixture the reports module has; each must come from the sample of the same name. */
    static java.util.stream.Stream<String> fixtures() throws IOException {
        try (var files = Files.list(FIXTURES)) {
            return files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".json"))
                    .map(n -> n.substring(0, n.length() - ".json".length())).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("fixtures")
    void theReportFixtureIsWhatTheRulesMakeOfTheSample(String sample) throws IOException {
        String current = DiagnosisJson.write(ADVISOR.diagnose(READER.read(SAMPLES.resolve(sample + ".json"),
                IntakeOptions.strict())));
        Path fixture = FIXTURES.resolve(sample + ".json");
        if (Boolean.getBoolean("fixtures.write")) {
            Files.writeString(fixture, current, StandardCharsets.UTF_8);
        }
        assertThat(Files.readString(fixture, StandardCharsets.UTF_8))
                .as("%s is stale: rewrite with -Dfixtures.write=true and review the diff", fixture)
                .isEqualTo(current);
    }
}
