package org.partnershiphealth.disclosure;

import java.util.BitSet;
import java.util.List;

/**
 * Figures already published about one quantity (a score, or the head counts): the total over a population of
 * roster positions, and the same figure for each of the listed groups within it.
 */
public record Release(BitSet population, List<Group> groups) {

    public Release {
        population = (BitSet) population.clone();
        groups = List.copyOf(groups);
    }

    @Override
    public BitSet population() {
        return (BitSet) population.clone();
    }
}
