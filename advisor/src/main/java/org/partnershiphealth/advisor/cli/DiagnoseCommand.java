package org.partnershiphealth.advisor.cli;

import org.partnershiphealth.advisor.diagnosis.Advisor;
import org.partnershiphealth.advisor.intake.Intake;
import org.partnershiphealth.advisor.intake.SurveyReader;
import org.partnershiphealth.diagnosis.Diagnosis;
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

    enum Format { json, md }

    @Parameters(paramLabel = "FILE", description = "The survey file (JSON, YAML or CSV).")
    Path file;

    @Option(names = "--format", defaultValue = "json", description = "json or md. Default: ${DEFAULT-VALUE}.")
    Format format;

    @Option(names = "--out", paramLabel = "FILE", description = "Write to FILE instead of standard output.")
    Path out;

    @Mixin
    RuleOptions options = new RuleOptions();

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        Advisor advisor = options.advisor();
        Intake intake = new SurveyReader(advisor.knowledge()).read(file, options.intakeOptions());
        Diagnosis diagnosis = advisor.diagnose(intake);
        String text = format == Format.json ? DiagnosisJson.write(diagnosis)
                : new DiagnosisMarkdown(advisor.knowledge()).write(diagnosis);
        Outputs.write(out, text, spec.commandLine().getOut());
        PrintWriter err = spec.commandLine().getErr();
        if (intake.skippedRespondents() > 0) {
            err.println(intake.skippedRespondents() + " respondents were skipped (--skip-invalid):");
            intake.skipped().forEach(problem -> err.println("  - " + problem));
        }
        reportUnmapped(intake, err);
        err.flush();
    }

    static void reportUnmapped(Intake intake, PrintWriter to) {
        if (!intake.unmappedColumns().isEmpty()) {
            to.println(intake.unmappedColumns().size() + " column(s) matched no question and were not used: "
                    + String.join(" | ", intake.unmappedColumns()));
        }
    }
}
