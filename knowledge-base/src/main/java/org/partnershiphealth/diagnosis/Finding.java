package org.partnershiphealth.diagnosis;

import java.util.List;

/**
 * What one rule concluded, traceable to its rule id, the practice/principle/anti-pattern it concerns, how
 * severe it is (0..1, grown with the distance past the threshold) and the evidence behind it.
 * {@code groups} names stakeholder groups only for divergence findings, and only groups of at least k.
 */
public record Finding(
        String ruleId,
        FindingKind kind,
        String principleId,
        List<String> practiceIds,
        String antiPatternId,
        double severity,
        String statement,
        List<Evidence> evidence,
        List<String> groups) {

    public Finding {
        if (severity < 0 || severity > 1 || Double.isNaN(severity)) {
            throw new IllegalArgumentException("Severity must lie in 0..1, not " + severity + " (rule " + ruleId + ")");
        }
        practiceIds = practiceIds == null ? List.of() : List.copyOf(practiceIds);
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
        groups = groups == null ? List.of() : List.copyOf(groups);
    }
}
