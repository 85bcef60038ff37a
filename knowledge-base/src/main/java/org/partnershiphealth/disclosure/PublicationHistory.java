package org.partnershiphealth.disclosure;

import java.util.List;
import java.util.Set;

/**
 * The respondents behind each earlier published result of the same round, oldest first. Whoever can read those
 * results can subtract them from new ones, so new figures are published only where the difference covers at least
 * k people. Empty for a round published for the first time, and for a file diagnosed on its own.
 */
public record PublicationHistory(List<Set<String>> snapshots) {

    public PublicationHistory {
        snapshots = snapshots.stream().map(Set::copyOf).toList();
    }

    public static PublicationHistory none() {
        return new PublicationHistory(List.of());
    }

    public boolean isEmpty() {
        return snapshots.isEmpty();
    }

    public Set<String> last() {
        return snapshots.isEmpty() ? Set.of() : snapshots.get(snapshots.size() - 1);
    }
}
