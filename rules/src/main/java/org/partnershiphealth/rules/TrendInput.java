package org.partnershiphealth.rules;

import org.partnershiphealth.diagnosis.Commitment;
import org.partnershiphealth.diagnosis.Diagnosis;
import org.partnershiphealth.diagnosis.Finding;
import org.partnershiphealth.diagnosis.Scores;

import java.util.List;

/**
 * What the trend rules look at: the partnership's earlier published rounds, oldest first; this round's scores and
 * findings; and the commitments the partnership made on the plan of the round just before this one (empty when it
 * recorded none). Only published results go in, so every figure compared already covers k or more people.
 */
public record TrendInput(List<Diagnosis> earlier, Scores current, String currentPeriod, List<Finding> currentFindings,
                         List<Commitment> commitments) {

    public TrendInput {
        earlier = earlier == null ? List.of() : List.copyOf(earlier);
        currentFindings = currentFindings == null ? List.of() : List.copyOf(currentFindings);
        commitments = commitments == null ? List.of() : List.copyOf(commitments);
        if (current == null) {
            throw new IllegalArgumentException("The current round's scores are required");
        }
    }

    /** No earlier round: nothing to compare with. */
    public static TrendInput none(Scores current, String period, List<Finding> findings) {
        return new TrendInput(List.of(), current, period, findings, List.of());
    }
}
