package org.partnershiphealth.reports;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.partnershiphealth.diagnosis.Diagnosis;
import org.partnershiphealth.diagnosis.Recommendation;
import org.partnershiphealth.diagnosis.Step;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partnershiphealth.reports.Fixtures.KB;
import static org.partnershiphealth.reports.Fixtures.diagnosis;

/**
 * The advice for each sample, as reviewed: the opening story and the 90-day plan, kept as expected text in
 * {@code src/test/resources/golden/}. Any change to the advice shows up here and in review. After a deliberate
 * change, rewrite them with {@code -Dgolden.write=true}, read the diff as a consultant would, and commit it.
 */
class GoldenAdviceTest {

    private static final Path GOLDEN = Path.of("src/test/resources/golden");

    @ParameterizedTest
    @MethodSource("org.partnershiphealth.reports.Fixtures#samples")
    void theAdviceIsWhatWasReviewed(String sample) throws IOException {
        String advice = advice(diagnosis(sample));
        Path file = GOLDEN.resolve(sample + ".txt");
        if (Boolean.getBoolean("golden.write")) {
            Files.createDirectories(GOLDEN);
            Files.writeString(file, advice, StandardCharsets.UTF_8);
        }
        assertThat(file).as("golden advice for %s; write it with -Dgolden.write=true and review it", sample).exists();
        assertThat(advice).as("the advice for %s changed; if on purpose, rewrite with -Dgolden.write=true and"
                + " review the diff", sample).isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
    }

    static String advice(Diagnosis d) {
        StringBuilder out = new StringBuilder();
        out.append(d.partnership().name()).append(", ").append(d.period()).append("\n\n");
        Story story = Story.of(d, KB);
        story.sentences().forEach(sentence -> out.append(sentence).append("\n"));
        out.append("\nPlan for the next 90 days\n");
        int steps = 0;
        for (Recommendation r : d.focus()) {
            out.append("\n").append(r.title()).append("\n  ").append(r.reason()).append("\n");
            for (Step step : r.actions()) {
                steps++;
                out.append("  - ");
                if (step.weeks() != null) {
                    out.append("[").append(step.weeks().label()).append(", ").append(step.owner().label()).append("] ");
                }
                out.append(step.text()).append("\n");
            }
        }
        out.append("\n").append(d.focus().size()).append(" focus items, ").append(steps).append(" steps\n");
        if (!d.notNow().isEmpty()) {
            out.append("\nNot now\n");
            d.notNow().forEach(r -> out.append("- ").append(r.title()).append(": ").append(r.reason()).append("\n"));
        }
        return out.toString();
    }
}
