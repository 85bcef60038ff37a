package org.partnershiphealth.advisor.cli;

import org.partnershiphealth.advisor.intake.IntakeException;
import org.partnershiphealth.knowledge.KnowledgeBaseException;
import org.partnershiphealth.rules.ThresholdsFile;
import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.PrintWriter;

/**
 * {@code pha}: the Partnership Health Advisor on the command line. Exit codes: 0 done, 2 bad input (the message
 * names the file, row and column), 1 an unexpected failure.
 */
@Command(name = "pha", mixinStandardHelpOptions = true, version = "Partnership Health Advisor 0.1.0",
        description = "Diagnoses the health of a multi-stakeholder partnership from its self-assessment survey.",
        subcommands = {QuestionnaireCommand.class, ValidateCommand.class, DiagnoseCommand.class, AnnualCommand.class,
                BatchCommand.class, ServeCommand.class,
                CommandLine.HelpCommand.class})
public final class PhaCommand implements Runnable {

    static final int BAD_INPUT = 2;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        boolean serve = args.length > 0 && args[0].equals("serve");
        if (!serve && System.getProperty("logback.configurationFile") == null) {
            // The commands print their own results; libraries may only warn, on standard error.
            System.setProperty("logback.configurationFile", "logback-cli.xml");
        }
        int code = run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true));
        if (!serve) {
            System.exit(code);
        }
    }

    /** Runs a command line with the given streams; returns the exit code. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine commandLine = new CommandLine(new PhaCommand());
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setExitCodeExceptionMapper(PhaCommand::exitCodeOf);
        commandLine.setExecutionExceptionHandler((exception, cmd, parsed) -> {
            cmd.getErr().println(messageOf(exception));
            cmd.getErr().flush();
            return exitCodeOf(exception);
        });
        commandLine.setParameterExceptionHandler((exception, parsed) -> {
            CommandLine cmd = exception.getCommandLine();
            cmd.getErr().println(exception.getMessage());
            cmd.getErr().println("Try 'pha " + (cmd == commandLine ? "" : cmd.getCommandName() + " ") + "--help'.");
            cmd.getErr().flush();
            return BAD_INPUT;
        });
        return commandLine.execute(args);
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    private static int exitCodeOf(Throwable exception) {
        return isUserMistake(exception) ? BAD_INPUT : 1;
    }

    private static boolean isUserMistake(Throwable exception) {
        return exception instanceof IntakeException || exception instanceof ThresholdsFile.ThresholdsException
                || exception instanceof KnowledgeBaseException || exception instanceof CommandLine.ParameterException
                || exception instanceof BadInputException;
    }

    private static String messageOf(Throwable exception) {
        if (isUserMistake(exception)) {
            return exception.getMessage();
        }
        return "Unexpected failure: " + exception + " (please report it with the command you ran)";
    }

    /** A mistake in the command line's own inputs, such as a folder with nothing to read. */
    static final class BadInputException extends RuntimeException {
        BadInputException(String message) {
            super(message);
        }
    }
}
