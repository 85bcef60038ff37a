package org.partnershiphealth.advisor.cli;

import org.partnershiphealth.advisor.diagnosis.Advisor;
import org.partnershiphealth.advisor.intake.Intake;
import org.partnershiphealth.advisor.intake.SurveyReader;
import org.partnershiphealth.diagnosis.Diagnosis;
import org.partnershiphealth.disclosure.WithheldException;
import org.partnershiphealth.reports.Reports;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.nio.file.Path;

/** Diagnoses one survey: scores, findings, the 90-day focus and the "not now" list. */
@Command(name = "diagnose", mixinStandardHelpOptions = true,
        description = "Diagnose one survey file and print the prioritised plan.")
final class DiagnoseCommand implements Runnable {

    enum Report { diagnosis, briefing }

    @Parameters(paramLabel = "FILE", description = "The survey file (JSON, YAML or CSV).")
    Path file;

    @Option(names = "--format", defaultValue = "json",
            description = "json (the full diagnosis as data), md, html or pdf. Default: ${DEFAULT-VALUE}.")
    ReportFormat format;

    @Option(names = "--report", defaultValue = "diagnosis",
            description = "For md, html and pdf: the full diagnosis or the one-page executive briefing."
                    + " Default: ${DEFAULT-VALUE}.")
    Report report;

    @Option(names = "--out", paramLabel = "FILE", description = "Write to FILE instead of standard output.")
    Path out;

    @Option(names = "--self-assessment",
            description = "Diagnose a file of fewer respondents than the anonymity limit as their own view: not"
                    + " anonymous, no groups, and every page says so. Files of k or more are diagnosed as usual.")
    boolean selfAssessment;

    @Mixin
    RuleOptions options = new RuleOptions();

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        format.requireFileFor(out);
        Advisor advisor = options.advisor();
        SurveyReader reader = new SurveyReader(advisor.knowledge());
        Intake intake = reader.read(file, options.intakeOptions(reader));
        Diagnosis diagnosis;
        try {
            diagnosis = advisor.diagnose(intake, selfAssessment);
        } catch (WithheldException e) {
            throw new PhaCommand.BadInputException(file + ": " + e.getMessage() + " If this is your own assessment"
                    + " of your partnership, add --self-assessment.");
        }
        if (format == ReportFormat.json) {
            Outputs.write(out, DiagnosisJson.write(diagnosis), spec.commandLine().getOut());
        } else {
            Reports.Kind kind = report == Report.diagnosis ? Reports.Kind.DIAGNOSIS : Reports.Kind.BRIEFING;
            byte[] rendered = new Reports(advisor.knowledge()).render(kind, format.reportFormat(), diagnosis);
            ReportFormat.write(format, rendered, out, spec.commandLine().getOut());
        }
        PrintWriter err = spec.commandLine().getErr();
        if (intake.skippedRespondents() > 0) {
            err.println(intake.skippedRespondents() + (intake.skippedRespondents() == 1 ? " respondent was"
                    : " respondents were") + " skipped (--skip-invalid):");
            intake.skipped().forEach(problem -> err.println("  - " + problem));
        }
        reportReading(intake, err);
        err.flush();
    }

    /** What the user should know about how the file was read: columns not used, rows left out, coded answers. */
    static void reportReading(Intake intake, PrintWriter to) {
        if (!intake.unmappedColumns().isEmpty()) {
            to.println(intake.unmappedColumns().size() + " column(s) matched no question and were not used: "
                    + String.join(" | ", intake.unmappedColumns()));
        }
        if (!intake.leftOut().isEmpty()) {
            to.println("Rows that are no respondent, left out: " + String.join("; ", intake.leftOutDescribed()));
        }
        intake.notes().forEach(to::println);
    }
}
