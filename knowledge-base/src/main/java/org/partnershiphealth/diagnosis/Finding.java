package org.partnershiphealth.diagnosis;

import java.util.List;

/**
 * What one rule concluded, traceable to its rule id, the practice/principle/anti-pattern it concerns, how
 * severe it is (0..1, grown with the distance past the threshold), the evidence behind it and whether that evidence
 * is strong enough to assert it ({@link Assertion}; absent in older stored diagnoses, read as asserted), and the
 * observations that cut the other way ({@code counterEvidence}: statements respondents answered against it).
 * {@code groups} names stakeholder groups only for divergence findings, and only groups the disclosure policy shows.
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
        List<String> groups,
        Assertion assertion,
        List<Evidence> counterEvidence) {

    public Finding {
        if (severity < 0 || severity > 1 || Double.isNaN(severity)) {
            throw new IllegalArgumentException("Severity must lie in 0..1, not " + severity + " (rule " + ruleId + ")");
        }
        practiceIds = practiceIds == null ? List.of() : List.copyOf(practiceIds);
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
        groups = groups == null ? List.of() : List.copyOf(groups);
        assertion = assertion == null ? Assertion.ASSERTED : assertion;
        counterEvidence = counterEvidence == null ? List.of() : List.copyOf(counterEvidence);
    }

    /** An asserted finding: corroborated, so it may drive the plan. */
    public Finding(String ruleId, FindingKind kind, String principleId, List<String> practiceIds, String antiPatternId,
                   double severity, String statement, List<Evidence> evidence, List<String> groups) {
        this(ruleId, kind, principleId, practiceIds, antiPatternId, severity, statement, evidence, groups,
                Assertion.ASSERTED, List.of());
    }

    public boolean asserted() {
        return assertion == Assertion.ASSERTED;
    }
}
