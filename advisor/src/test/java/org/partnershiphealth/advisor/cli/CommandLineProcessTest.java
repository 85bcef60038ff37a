package org.partnershiphealth.advisor.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The command line as its own process, as a user runs it: real exit codes (System.exit) and nothing on standard
 * error but our own messages. Regression: once the service's libraries joined the classpath, a PDF report printed
 * Commons Logging and PDFBox font warnings on standard error.
 */
class CommandLineProcessTest {

    @TempDir
    Path folder;

    record Result(int exitCode, String out, String err) {
    }

    private Result pha(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), PhaCommand.class.getName()));
        command.addAll(List.of(args));
        Path out = folder.resolve("stdout.txt");
        Path err = folder.resolve("stderr.txt");
        Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("finished within a minute").isTrue();
        return new Result(process.exitValue(), Files.readString(out), Files.readString(err));
    }

    @Test
    void aPdfReportIsWrittenWithNothingOnStandardError() throws Exception {
        Path pdf = folder.resolve("metro.pdf");

        Result result = pha("diagnose", "../samples/metro-transit-coalition-2026.json", "--format", "pdf", "--out",
                pdf.toString());

        assertThat(result.exitCode()).isZero();
        assertThat(result.err()).isEmpty();
        assertThat(new String(Files.readAllBytes(pdf), 0, 5)).isEqualTo("%PDF-");
    }

    @Test
    void badInputExitsWithTwoAndOnlyTheProblemOnStandardError() throws Exception {
        Path bad = Files.writeString(folder.resolve("bad.json"), "{ \"period\": ");

        Result result = pha("validate", bad.toString());

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err().strip().lines().toList()).hasSize(2)
                .satisfies(lines -> assertThat(lines.get(0)).isEqualTo("1 problem"))
                .satisfies(lines -> assertThat(lines.get(1)).startsWith("  - bad.json: line "));
    }
}
