package org.partnershiphealth.advisor.intake;

import org.partnershiphealth.assessment.AssessmentInput;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A survey read and checked: the assessment ready for scoring, the layout it was read as (native JSON, Google
 * Forms CSV, ...), the respondents skipped with their problems (only with skip-invalid), columns that matched
 * nothing, so the user can see what was not used, how every column of an export was read, rows that were no
 * respondent (a tool's preview, unfinished responses) by reason, each known by its response id or row digest, questions of the form no column held, and
 * notes on how coded answers were read.
 */
public record Intake(AssessmentInput input, String layout, List<IntakeProblem> skipped, int skippedRespondents,
                     List<String> unmappedColumns, List<ColumnReading> columns, Map<String, List<String>> leftOut,
                     List<String> missingQuestions, List<String> notes) {

    public Intake {
        skipped = List.copyOf(skipped);
        unmappedColumns = List.copyOf(unmappedColumns);
        columns = List.copyOf(columns);
        leftOut = Collections.unmodifiableMap(new LinkedHashMap<>(leftOut));
        missingQuestions = List.copyOf(missingQuestions);
        notes = List.copyOf(notes);
    }

    /** "1 × Qualtrics survey preview", "2 × unfinished response": the rows left out, for a method section. */
    public List<String> leftOutDescribed() {
        return describeLeftOut(leftOut);
    }

    /** Rows left out, by reason with the rows' keys, in words. */
    public static List<String> describeLeftOut(Map<String, ? extends java.util.Collection<String>> leftOut) {
        return leftOut.entrySet().stream().map(entry -> entry.getValue().size() + " × " + entry.getKey()).toList();
    }
}
