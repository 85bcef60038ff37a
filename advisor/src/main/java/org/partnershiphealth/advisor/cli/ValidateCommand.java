package org.partnershiphealth.advisor.cli;

import org.partnershiphealth.advisor.intake.Intake;
import org.partnershiphealth.advisor.intake.IntakeOptions;
import org.partnershiphealth.advisor.intake.SurveyReader;
import org.partnershiphealth.knowledge.KnowledgeBaseLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.nio.file.Path;

/** Checks a survey file without diagnosing it: every problem at once, with file, row and column. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Check a survey file (JSON, YAML or CSV) and report every problem with its row and column.")
final class ValidateCommand implements Runnable {

    @Parameters(paramLabel = "FILE", description = "The survey file.")
    Path file;

    @Option(names = "--partnership", paramLabel = "FILE", description = "For a CSV: the partnership file.")
    Path partnershipFile;

    @picocli.CommandLine.Mixin
    ExportOptions export = new ExportOptions();

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        SurveyReader reader = new SurveyReader(KnowledgeBaseLoader.loadDefault());
        Intake intake = reader.read(file, export.applyTo(IntakeOptions.strict().withPartnershipFile(partnershipFile),
                reader));
        PrintWriter out = spec.commandLine().getOut();
        out.printf("%s: OK, read as %s: %s, period %s, %s form, %d respondents%n", file, intake.layout(),
                intake.input().partnership().name(), intake.input().period(), intake.input().form(),
                intake.input().respondents().size());
        DiagnoseCommand.reportReading(intake, out);
        out.flush();
    }
}
