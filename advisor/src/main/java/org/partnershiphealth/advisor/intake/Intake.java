package org.partnershiphealth.advisor.intake;

import org.partnershiphealth.assessment.AssessmentInput;

import java.util.List;

/**
 * A survey read and checked: the assessment ready for scoring, the layout it was read as (native JSON, Google
 * Forms CSV, ...), the respondents skipped with their problems (only with skip-invalid), and columns that matched
 * nothing, so the user can see what was not used.
 */
public record Intake(AssessmentInput input, String layout, List<IntakeProblem> skipped, int skippedRespondents,
                     List<String> unmappedColumns) {

    public Intake {
        skipped = List.copyOf(skipped);
        unmappedColumns = List.copyOf(unmappedColumns);
    }
}
