package org.partnershiphealth.advisor.cli;

import org.partnershiphealth.advisor.intake.AnswerScale;
import org.partnershiphealth.advisor.intake.IntakeOptions;
import org.partnershiphealth.advisor.intake.SurveyReader;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** How to read a survey tool's export when it cannot tell by itself: the answer scale of numbers, a column mapping. */
final class ExportOptions {

    @Option(names = "--scale", paramLabel = "SCALE",
            description = "For an export of numbers instead of labels: the answer scale they count on: 5, 5+dk6 (\"Don't"
                    + " know\" numbered 6), 7 or 7+dk8 (default: 1-5 as the 5-point scale; numbers from 6 to 8 are refused until"
                    + " a scale is given, never read on a guess).")
    String scale;

    @Option(names = "--mapping", paramLabel = "FILE",
            description = "For an export: a YAML file saying what columns hold when their headers are not recognised"
                    + " (\"Your sector\": sector, \"Some statement\": Q07A, \"Internal ref\": ignore).")
    Path mapping;

    IntakeOptions applyTo(IntakeOptions options, SurveyReader reader) {
        IntakeOptions chosen = options;
        if (scale != null) {
            try {
                chosen = chosen.withScale(AnswerScale.parse(scale));
            } catch (IllegalArgumentException e) {
                throw new PhaCommand.BadInputException("--scale: " + e.getMessage());
            }
        }
        if (mapping != null) {
            byte[] content;
            try {
                content = Files.readAllBytes(mapping);
            } catch (IOException e) {
                throw new PhaCommand.BadInputException("--mapping " + mapping + ": cannot be read (" + e.getMessage()
                        + ")");
            }
            chosen = chosen.withMapping(reader.mapping(mapping.toString(), content));
        }
        return chosen;
    }
}
