package org.partnershiphealth.advisor.diagnosis;

import org.partnershiphealth.diagnosis.Commitment;
import org.partnershiphealth.diagnosis.Diagnosis;
import org.partnershiphealth.diagnosis.NoiseRule;
import org.partnershiphealth.diagnosis.PracticeScore;
import org.partnershiphealth.diagnosis.Scores;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * "Since the last round": for each practice the partnership committed to after its previous round, what it took on
 * and reported done, and whether the practice moved by this round, judged by the one noise rule.
 */
final class FollowUps {

    private FollowUps() {
    }

    static List<Diagnosis.FollowUp> of(Advisor.Earlier earlier, Scores now) {
        if (earlier.rounds().isEmpty() || earlier.commitments().isEmpty()) {
            return List.of();
        }
        Diagnosis previous = earlier.rounds().get(earlier.rounds().size() - 1);
        Map<String, List<Commitment>> byPractice = new LinkedHashMap<>();
        earlier.commitments().forEach(c -> byPractice.computeIfAbsent(c.practiceId(), id -> new ArrayList<>()).add(c));
        List<Diagnosis.FollowUp> followUps = new ArrayList<>();
        byPractice.forEach((practiceId, items) -> {
            List<Commitment> accepted = items.stream().filter(Commitment::accepted).toList();
            if (accepted.isEmpty()) {
                return;
            }
            Commitment lead = accepted.stream().filter(c -> c.kind() == Commitment.Kind.FOCUS).findFirst()
                    .orElse(accepted.get(0));
            PracticeScore before = score(previous.scores(), practiceId).orElse(null);
            PracticeScore after = score(now, practiceId).orElse(null);
            followUps.add(new Diagnosis.FollowUp(previous.period(), practiceId, lead.text(), lead.owner(),
                    accepted.size(), (int) accepted.stream().filter(Commitment::done).count(),
                    (int) accepted.stream().filter(c -> c.status() == Commitment.Status.DROPPED).count(),
                    before == null ? null : round(before.mean()), after == null ? null : round(after.mean()),
                    outcome(before, after)));
        });
        return followUps;
    }

    private static Diagnosis.FollowUp.Outcome outcome(PracticeScore before, PracticeScore after) {
        if (before == null || after == null) {
            return Diagnosis.FollowUp.Outcome.NOT_MEASURED;
        }
        double change = round(after.mean() - before.mean());
        if (!NoiseRule.isBeyondNoise(before, after, change)) {
            return Diagnosis.FollowUp.Outcome.WITHIN_NOISE;
        }
        return change > 0 ? Diagnosis.FollowUp.Outcome.IMPROVED : Diagnosis.FollowUp.Outcome.WORSE;
    }

    private static Optional<PracticeScore> score(Scores scores, String practiceId) {
        return scores.practices().stream().filter(s -> s.practiceId().equals(practiceId)).findFirst();
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
