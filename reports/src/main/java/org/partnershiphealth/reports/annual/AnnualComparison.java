package org.partnershiphealth.reports.annual;

import org.partnershiphealth.assessment.Partnership;
import org.partnershiphealth.diagnosis.Band;

import java.util.List;

/**
 * Two or more assessment rounds of one partnership compared: health and principle trends, the practices that
 * moved beyond noise, anti-patterns resolved / new / persisting, what became of the previous round's focus, and
 * a short narrative built from those numbers.
 *
 * @param periods     the rounds' periods, oldest first
 * @param noiseRule   the rule used to call a practice's change real, in one plain sentence with its numbers
 */
public record AnnualComparison(
        Partnership partnership,
        List<String> periods,
        List<HealthPoint> health,
        List<PrincipleTrend> principles,
        List<PracticeChange> practices,
        String noiseRule,
        List<AntiPatternStatus> antiPatterns,
        List<FocusFollowUp> previousFocus,
        Narrative narrative) {

    public AnnualComparison {
        periods = List.copyOf(periods);
        health = List.copyOf(health);
        principles = List.copyOf(principles);
        practices = List.copyOf(practices);
        antiPatterns = List.copyOf(antiPatterns);
        previousFocus = List.copyOf(previousFocus);
    }

    /** The health index of one round. */
    public record HealthPoint(String period, double healthIndex, Band band, int respondents) {
    }

    /**
     * A principle across the rounds: one mean per period (null where the round did not score it), the change from
     * the first to the last scored round, and its direction.
     */
    public record PrincipleTrend(String principleId, String name, List<Double> means, double change,
                                 Direction direction) {
        public PrincipleTrend {
            means = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(means));
        }
    }

    /** Up or down beyond noise, or steady: a change within noise. */
    public enum Direction { UP, DOWN, STEADY }

    /**
     * A practice between the previous round and the latest one. {@code beyondNoise} says whether the change passes
     * the noise rule; the list in {@link AnnualComparison#practices()} holds every practice scored in both rounds,
     * largest absolute change first.
     */
    public record PracticeChange(String practiceId, String title, double before, double after, double change,
                                 boolean beyondNoise) {
    }

    /** An anti-pattern between the previous round and the latest one. */
    public record AntiPatternStatus(String antiPatternId, String name, Status status, Double severityBefore,
                                    Double severityAfter) {
    }

    public enum Status { RESOLVED, NEW, PERSISTING }

    /** A focus item of the previous round and what happened to its practice by the latest round. */
    public record FocusFollowUp(String practiceId, String title, Double before, Double after, Outcome outcome,
                                String note) {
    }

    /** What became of a focus item, judged by the noise rule: improved or worse beyond noise, or within noise. */
    public enum Outcome { IMPROVED, WITHIN_NOISE, WORSE, NOT_MEASURED }

    /**
     * Four short paragraphs generated from the numbers: where the partnership started, what stood in the way,
     * what changed, and what comes next.
     */
    public record Narrative(String start, String obstacles, String change, String next) {
    }
}
