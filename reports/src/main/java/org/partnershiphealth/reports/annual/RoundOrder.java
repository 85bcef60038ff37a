package org.partnershiphealth.reports.annual;

import org.partnershiphealth.diagnosis.Diagnosis;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** The rounds an annual report may compare, checked and put oldest first. */
final class RoundOrder {

    private static final String NEEDS = "an annual report needs two or more rounds of the same partnership";

    private RoundOrder() {
    }

    /** Periods sort as text ("2025", "2025-H2", "2026"), which is how the intake formats write them. */
    static List<Diagnosis> check(List<Diagnosis> rounds) {
        Objects.requireNonNull(rounds, "rounds");
        if (rounds.size() < 2) {
            throw new IllegalArgumentException(NEEDS + "; got " + Prose.count(rounds.size(), "round", "rounds"));
        }
        rounds.forEach(round -> Objects.requireNonNull(round, "a round is missing (null)"));
        List<String> partnerships = rounds.stream().map(RoundOrder::partnershipId).distinct().toList();
        if (partnerships.size() > 1) {
            throw new IllegalArgumentException(NEEDS + "; got rounds of " + Prose.and(partnerships));
        }
        String partnership = partnerships.get(0);
        if (rounds.stream().anyMatch(round -> round.period() == null || round.period().isBlank())) {
            throw new IllegalArgumentException("every round of " + partnership + " needs a period; one has none");
        }
        Map<String, Long> roundsPerPeriod = rounds.stream()
                .collect(Collectors.groupingBy(Diagnosis::period, TreeMap::new, Collectors.counting()));
        roundsPerPeriod.forEach((period, count) -> {
            if (count > 1) {
                throw new IllegalArgumentException("an annual report needs one round per period; got "
                        + Prose.count(count.intValue(), "round", "rounds") + " of " + partnership + " for " + period);
            }
        });
        return rounds.stream().sorted(Comparator.comparing(Diagnosis::period)).toList();
    }

    private static String partnershipId(Diagnosis round) {
        return round.partnership() == null ? "an unnamed partnership" : round.partnership().id();
    }
}
