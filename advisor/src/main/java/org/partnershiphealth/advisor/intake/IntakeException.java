package org.partnershiphealth.advisor.intake;

import java.util.List;

/** An input that cannot be diagnosed as it is; carries every problem found, not just the first. */
public final class IntakeException extends RuntimeException {

    private final List<IntakeProblem> problems;

    public IntakeException(List<IntakeProblem> problems) {
        super(summary(problems));
        this.problems = List.copyOf(problems);
    }

    public IntakeException(IntakeProblem problem) {
        this(List.of(problem));
    }

    public List<IntakeProblem> problems() {
        return problems;
    }

    private static String summary(List<IntakeProblem> problems) {
        StringBuilder text = new StringBuilder(problems.size() == 1 ? "1 problem" : problems.size() + " problems");
        problems.forEach(problem -> text.append(System.lineSeparator()).append("  - ").append(problem));
        return text.toString();
    }
}
