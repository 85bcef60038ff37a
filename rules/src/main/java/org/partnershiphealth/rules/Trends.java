package org.partnershiphealth.rules;

import org.partnershiphealth.diagnosis.Commitment;
import org.partnershiphealth.diagnosis.Diagnosis;
import org.partnershiphealth.diagnosis.Finding;
import org.partnershiphealth.diagnosis.FindingKind;
import org.partnershiphealth.diagnosis.NoiseRule;
import org.partnershiphealth.diagnosis.PracticeScore;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The facts of the trend rules, worked out once in Java from the rounds (as GroupContrast is for divergence): the
 * rules in {@code trends.drl} decide what counts as a trend with the thresholds; this class only lines rounds up.
 */
final class Trends {

    private Trends() {
    }

    /**
     * An anti-pattern asserted in this round and in the {@code rounds - 1} rounds right before it, without a break.
     * {@code finding} is this round's finding of it.
     */
    public record Recurrence(String antiPatternId, int rounds, List<String> periods, Finding finding) {
    }

    /**
     * A practice's published means over the latest rounds that scored it, oldest first; {@code fallingRounds} is
     * the length of the run of rounds, ending with this one, in which every step went down (1 when the last step
     * did not), and {@code totalDrop} how much it lost over that run.
     */
    public record PracticeSeries(String practiceId, List<String> periods, List<Double> means, int fallingRounds,
                                 double totalDrop, int n) {
    }

    /**
     * What became of a practice the partnership reported work on as done after the round before: its published
     * mean then and now, and whether the change clears the noise rule. {@code items} are the done items' words.
     */
    public record CommitmentOutcome(String practiceId, String committedIn, List<String> items, double before,
                                    double after, double change, boolean improvedBeyondNoise, int nBefore, int nAfter) {
    }

    static List<Object> facts(TrendInput input) {
        List<Object> facts = new ArrayList<>();
        facts.addAll(recurrences(input));
        facts.addAll(series(input));
        facts.addAll(outcomes(input));
        return facts;
    }

    private static List<Recurrence> recurrences(TrendInput input) {
        List<Recurrence> recurrences = new ArrayList<>();
        for (Finding finding : input.currentFindings()) {
            if (finding.kind() != FindingKind.ANTI_PATTERN || !finding.asserted()) {
                continue;
            }
            List<String> periods = new ArrayList<>(List.of(input.currentPeriod()));
            for (int i = input.earlier().size() - 1; i >= 0; i--) {
                Diagnosis round = input.earlier().get(i);
                boolean found = round.findings().stream().anyMatch(earlier -> earlier.kind() == FindingKind.ANTI_PATTERN
                        && earlier.asserted() && finding.antiPatternId().equals(earlier.antiPatternId()));
                if (!found) {
                    break;
                }
                periods.add(0, round.period());
            }
            if (periods.size() > 1) {
                recurrences.add(new Recurrence(finding.antiPatternId(), periods.size(), periods, finding));
            }
        }
        return recurrences;
    }

    private static List<PracticeSeries> series(TrendInput input) {
        List<PracticeSeries> series = new ArrayList<>();
        for (PracticeScore now : input.current().practices()) {
            List<String> periods = new ArrayList<>(List.of(input.currentPeriod()));
            List<Double> means = new ArrayList<>(List.of(round2(now.mean())));
            for (int i = input.earlier().size() - 1; i >= 0; i--) {
                Optional<PracticeScore> then = score(input.earlier().get(i), now.practiceId());
                if (then.isEmpty()) {
                    break;
                }
                periods.add(0, input.earlier().get(i).period());
                means.add(0, round2(then.get().mean()));
            }
            int falling = 1;
            for (int i = means.size() - 1; i > 0 && means.get(i) < means.get(i - 1); i--) {
                falling++;
            }
            if (means.size() > 1) {
                double drop = means.get(means.size() - falling) - means.get(means.size() - 1);
                series.add(new PracticeSeries(now.practiceId(), periods, means, falling, round2(drop), now.n()));
            }
        }
        return series;
    }

    private static List<CommitmentOutcome> outcomes(TrendInput input) {
        if (input.earlier().isEmpty()) {
            return List.of();
        }
        Diagnosis previous = input.earlier().get(input.earlier().size() - 1);
        Map<String, List<String>> doneByPractice = new LinkedHashMap<>();
        input.commitments().stream().filter(Commitment::done).forEach(c ->
                doneByPractice.computeIfAbsent(c.practiceId(), id -> new ArrayList<>()).add(c.text()));
        List<CommitmentOutcome> outcomes = new ArrayList<>();
        doneByPractice.forEach((practiceId, items) -> {
            Optional<PracticeScore> before = score(previous, practiceId);
            Optional<PracticeScore> after = input.current().practices().stream()
                    .filter(s -> s.practiceId().equals(practiceId)).findFirst();
            if (before.isPresent() && after.isPresent()) {
                double change = round2(after.get().mean() - before.get().mean());
                boolean improved = change > 0 && NoiseRule.isBeyondNoise(before.get(), after.get(), change);
                outcomes.add(new CommitmentOutcome(practiceId, previous.period(), items, round2(before.get().mean()),
                        round2(after.get().mean()), change, improved, before.get().n(), after.get().n()));
            }
        });
        return outcomes;
    }

    private static Optional<PracticeScore> score(Diagnosis round, String practiceId) {
        return round.scores().practices().stream().filter(s -> s.practiceId().equals(practiceId)).findFirst();
    }

    private static double round2(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
