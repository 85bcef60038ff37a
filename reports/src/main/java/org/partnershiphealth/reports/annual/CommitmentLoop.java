package org.partnershiphealth.reports.annual;

import org.partnershiphealth.diagnosis.Commitment;
import org.partnershiphealth.diagnosis.Diagnosis;
import org.partnershiphealth.diagnosis.PracticeScore;
import org.partnershiphealth.knowledge.KnowledgeBase;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The loop across rounds: for each round's commitments, per practice, what the partnership took on, what it
 * reported done, and whether the practice moved by the next round (by the noise rule). Commitments of the latest
 * round have no next round yet; the report says they will be judged at the next one.
 */
public final class CommitmentLoop {

    private CommitmentLoop() {
    }

    /**
     * One practice the partnership committed to in {@code period}: items accepted, done and declined, who owns the
     * focus item, and the practice's published mean then and at the next round ({@code nextPeriod} null: none yet).
     */
    public record Row(String period, String practiceId, String title, String commitment, String owner, int accepted,
                      int done, int dropped, int declined, Double before, Double after, String nextPeriod,
                      AnnualComparison.Outcome outcome, Seen seen) {

        public boolean judged() {
            return nextPeriod != null;
        }
    }

    /**
     * What the round's 90-day check-in heard about a committed practice: how many of its respondents saw the work
     * happen, partly, or not (published only from k answers, so the caller passes nothing below).
     */
    public record Seen(int yes, int partly, int no) {
    }

    /** Rows for every round that has commitments, oldest round first, practices in plan order. */
    public static List<Row> of(List<Diagnosis> rounds, Map<String, List<Commitment>> commitmentsByPeriod,
                               KnowledgeBase knowledge) {
        return of(rounds, commitmentsByPeriod, Map.of(), knowledge);
    }

    /** As above, with each round's check-in by period and practice. */
    public static List<Row> of(List<Diagnosis> rounds, Map<String, List<Commitment>> commitmentsByPeriod,
                               Map<String, Map<String, Seen>> checkIns, KnowledgeBase knowledge) {
        List<Diagnosis> ordered = rounds.stream().sorted(java.util.Comparator.comparing(Diagnosis::period)).toList();
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < ordered.size(); i++) {
            Diagnosis round = ordered.get(i);
            Diagnosis next = i + 1 < ordered.size() ? ordered.get(i + 1) : null;
            Map<String, List<Commitment>> byPractice = new LinkedHashMap<>();
            commitmentsByPeriod.getOrDefault(round.period(), List.of())
                    .forEach(c -> byPractice.computeIfAbsent(c.practiceId(), id -> new ArrayList<>()).add(c));
            byPractice.forEach((practiceId, items) -> {
                if (items.stream().noneMatch(Commitment::accepted)) {
                    return; // declined outright: nothing was taken on, nothing to follow
                }
                Commitment focus = items.stream().filter(c -> c.kind() == Commitment.Kind.FOCUS && c.accepted())
                        .findFirst().orElse(items.stream().filter(Commitment::accepted).findFirst().orElseThrow());
                PracticeScore then = score(round, practiceId).orElse(null);
                PracticeScore after = next == null ? null : score(next, practiceId).orElse(null);
                rows.add(new Row(round.period(), practiceId, knowledge.practice(practiceId).title(), focus.text(),
                        focus.owner(), count(items, c -> c.accepted()), count(items, Commitment::done),
                        count(items, c -> c.accepted() && c.status() == Commitment.Status.DROPPED),
                        count(items, c -> !c.accepted()), then == null ? null : Prose.round(then.mean(), 2),
                        after == null ? null : Prose.round(after.mean(), 2), next == null ? null : next.period(),
                        next == null ? null : AnnualComparer.outcome(then, after),
                        checkIns.getOrDefault(round.period(), Map.of()).get(practiceId)));
            });
        }
        return rows;
    }

    private static int count(List<Commitment> items, java.util.function.Predicate<Commitment> which) {
        return (int) items.stream().filter(which).count();
    }

    private static Optional<PracticeScore> score(Diagnosis round, String practiceId) {
        return round.scores().practices().stream().filter(s -> s.practiceId().equals(practiceId)).findFirst();
    }
}
