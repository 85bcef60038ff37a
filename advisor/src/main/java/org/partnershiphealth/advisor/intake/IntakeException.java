package org.partnershiphealth.advisor.intake;

import java.util.List;

/** An input that cannot be diagnosed as it is; carries every problem found, not just the first. */
public final class IntakeException extends RuntimeException {

    private final List<IntakeProblem> problems;
    private final List<ColumnReading> columns;

    public IntakeException(List<IntakeProblem> problems) {
        this(problems, List.of());
    }

    /** With how an export's columns were read, so the user can see which one to map. */
    public IntakeException(List<IntakeProblem> problems, List<ColumnReading> columns) {
        super(summary(problems));
        this.problems = List.copyOf(problems);
        this.columns = List.copyOf(columns);
    }

    /** How the export's columns were read, when the file was an export and got that far; else empty. */
    public List<ColumnReading> columns() {
        return columns;
    }

    public IntakeException(IntakeProblem problem) {
        this(List.of(problem));
    }

    public List<IntakeProblem> problems() {
        return problems;
    }

    /** Every problem, grouped by cause: the same reason in the same column on many rows is one line. */
    private static String summary(List<IntakeProblem> problems) {
        List<String> causes = ProblemGroups.describe(problems);
        StringBuilder text = new StringBuilder(problems.size() == 1 ? "1 problem" : problems.size() + " problems");
        if (causes.size() < problems.size()) {
            text.append(" (").append(causes.size()).append(causes.size() == 1 ? " cause)" : " causes)");
        }
        causes.forEach(cause -> text.append(System.lineSeparator()).append("  - ").append(cause));
        return text.toString();
    }
}
