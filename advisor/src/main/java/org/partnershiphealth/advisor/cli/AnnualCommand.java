package org.partnershiphealth.advisor.cli;

import org.partnershiphealth.advisor.diagnosis.Advisor;
import org.partnershiphealth.advisor.intake.IntakeOptions;
import org.partnershiphealth.advisor.intake.SurveyReader;
import org.partnershiphealth.advisor.intake.Intake;
import org.partnershiphealth.diagnosis.Diagnosis;
import org.partnershiphealth.disclosure.WithheldException;
import org.partnershiphealth.reports.Reports;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The annual health report: two or more rounds of one partnership compared. */
@Command(name = "annual", mixinStandardHelpOptions = true,
        description = "Compare two or more survey rounds of one partnership in an annual health report.")
final class AnnualCommand implements Runnable {

    @Parameters(paramLabel = "FILE", arity = "2..*", description = "The rounds' survey files, in any order.")
    List<Path> files;

    @Option(names = "--format", defaultValue = "html", description = "md, html or pdf. Default: ${DEFAULT-VALUE}.")
    ReportFormat format;

    @Option(names = "--out", paramLabel = "FILE", description = "Write to FILE instead of standard output.")
    Path out;

    @Mixin
    RuleOptions options = new RuleOptions();

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        if (format == ReportFormat.json) {
            throw new PhaCommand.BadInputException("--format json: the annual report is md, html or pdf");
        }
        format.requireFileFor(out);
        Advisor advisor = options.advisor();
        SurveyReader reader = new SurveyReader(advisor.knowledge());
        List<Diagnosis> rounds = new ArrayList<>();
        List<String> leftOut = new ArrayList<>();
        IntakeOptions intakeOptions = options.intakeOptions(reader);
        for (Path file : files) {
            Intake intake = reader.read(file, intakeOptions);
            try {
                rounds.add(advisor.diagnose(intake));
            } catch (WithheldException e) {
                leftOut.add(intake.input().period());
                spec.commandLine().getErr().println(file + ": left out of the annual report: " + e.getMessage());
            }
        }
        if (rounds.size() < 2) {
            throw new PhaCommand.BadInputException("The annual report needs two or more rounds with at least "
                    + advisor.disclosure().k() + " respondents each; " + rounds.size() + " of " + files.size()
                    + " have that many.");
        }
        byte[] rendered;
        try {
            rendered = new Reports(advisor.knowledge()).annual(format.reportFormat(), rounds, leftOut);
        } catch (IllegalArgumentException e) {
            throw new PhaCommand.BadInputException(e.getMessage());
        }
        ReportFormat.write(format, rendered, out, spec.commandLine().getOut());
    }
}
