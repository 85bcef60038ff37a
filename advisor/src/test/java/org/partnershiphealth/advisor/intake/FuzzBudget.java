package org.partnershiphealth.advisor.intake;

/**
 * How long each fuzz target fuzzes when fuzzing is switched on (JAZZER_FUZZ=1, as CI does): {@code @FuzzTest}
 * needs a compile-time constant, so every target refers to this one. In the ordinary test run only the seeds are
 * replayed and the budget does not apply.
 */
public final class FuzzBudget {

    public static final String PER_TARGET = "20s";

    private FuzzBudget() {
    }
}
