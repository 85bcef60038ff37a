package org.partnershiphealth.advisor.bench;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A small smoke version of the benchmarks, on CI only (CI=true): it runs the warmed-diagnosis benchmark with few
 * iterations and a 300-survey batch, and prints their numbers into the build log. Nothing is timed against a target:
 * a shared CI machine's figures are for reading, not for failing a build (BENCHMARKS.md has the measured ones).
 */
@EnabledIfEnvironmentVariable(named = "CI", matches = "true")
class BenchmarkSmokeTest {

    @Test
    void theBenchmarksRunAndPrintTheirNumbers() throws Exception {
        AdvisorBenchmark.main(new String[] {"300", "500"});

        Path folder = Files.createTempDirectory("bench-smoke");
        SurveyGenerator.main(new String[] {folder.resolve("surveys").toString(), "300"});
        long start = System.nanoTime();
        int exit = new picocli.CommandLine(new org.partnershiphealth.advisor.cli.PhaCommand()).execute("batch",
                folder.resolve("surveys").toString(), "--summary", folder.resolve("summary.csv").toString());
        System.out.printf(java.util.Locale.ROOT, "bench smoke: batch of 300 generated surveys in %.1f s%n",
                (System.nanoTime() - start) / 1e9);

        assertThat(exit).as("the batch ran").isZero();
        assertThat(Files.readAllLines(folder.resolve("summary.csv"))).hasSize(301);
    }
}
