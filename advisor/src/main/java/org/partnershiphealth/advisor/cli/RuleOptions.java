package org.partnershiphealth.advisor.cli;

import org.partnershiphealth.advisor.diagnosis.Advisor;
import org.partnershiphealth.advisor.intake.IntakeOptions;
import org.partnershiphealth.advisor.intake.SurveyReader;
import org.partnershiphealth.disclosure.DisclosurePolicy;
import org.partnershiphealth.rules.RuleBook;
import org.partnershiphealth.rules.Thresholds;
import org.partnershiphealth.rules.ThresholdsFile;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.file.Path;

/** Options shared by the commands that diagnose: tuned thresholds, the anonymity limit, intake strictness. */
final class RuleOptions {

    @Option(names = "--thresholds", paramLabel = "FILE",
            description = "A tuned copy of thresholds.yaml (default: the shipped thresholds).")
    Path thresholds;

    @Option(names = "--k", paramLabel = "N",
            description = "Anonymity limit: the fewest respondents a round needs for results, and the fewest people"
                    + " any published figure may cover, alone or combined (default 3, never below 3).")
    Integer k;

    @Option(names = "--comment-threshold", paramLabel = "N",
            description = "The fewest respondents a round needs before its comments are shown (default 5, never"
                    + " below the anonymity limit).")
    Integer commentThreshold;

    @Option(names = "--skip-invalid",
            description = "Leave out respondents with problems instead of refusing the file; the diagnosis says how"
                    + " many were skipped and why.")
    boolean skipInvalid;

    @Option(names = "--partnership", paramLabel = "FILE",
            description = "For a CSV: the partnership, period, form and facts (default: <csv name>.partnership.yaml"
                    + " beside it, if present).")
    Path partnershipFile;

    @Mixin
    ExportOptions export = new ExportOptions();

    Advisor advisor() {
        RuleBook shipped = RuleBook.load();
        Thresholds chosen = thresholds == null ? shipped.thresholds() : ThresholdsFile.load(thresholds);
        if (k != null) {
            if (k < Thresholds.LOWEST_GROUP_SIZE) {
                throw new PhaCommand.BadInputException("--k " + k + ": the anonymity limit is never below "
                        + Thresholds.LOWEST_GROUP_SIZE);
            }
            chosen = chosen.withMinGroupSize(k);
        }
        int limit = chosen.minGroupSize();
        int comments = commentThreshold == null ? Math.max(limit, DisclosurePolicy.DEFAULT_COMMENT_THRESHOLD)
                : commentThreshold;
        if (comments < limit) {
            throw new PhaCommand.BadInputException("--comment-threshold " + comments
                    + ": comments need at least as many respondents as the anonymity limit (" + limit + ")");
        }
        return new Advisor(shipped.withThresholds(chosen), new DisclosurePolicy(limit, comments));
    }

    IntakeOptions intakeOptions(SurveyReader reader) {
        return export.applyTo(IntakeOptions.strict().skippingInvalid(skipInvalid).withPartnershipFile(partnershipFile),
                reader);
    }
}
