package org.partnershiphealth.disclosure;

import java.util.ArrayList;
import java.util.List;

/**
 * The people of one round, by position, with the value each has in every grouping dimension (sector, role, ...).
 * Positions are what populations ({@link java.util.BitSet}s) refer to.
 */
public final class Roster {

    private final List<String> dimensions;
    private final List<String[]> members = new ArrayList<>();

    public Roster(List<String> dimensions) {
        this.dimensions = List.copyOf(dimensions);
    }

    /** Adds a member with one value per dimension, in the order of the dimensions; returns its position. */
    public int add(String... values) {
        if (values.length != dimensions.size()) {
            throw new IllegalArgumentException("A member needs a value for each of " + dimensions);
        }
        members.add(values.clone());
        return members.size() - 1;
    }

    public int size() {
        return members.size();
    }

    public List<String> dimensions() {
        return dimensions;
    }

    int dimensionIndex(String dimension) {
        int index = dimensions.indexOf(dimension);
        if (index < 0) {
            throw new IllegalArgumentException("Unknown dimension " + dimension + "; the roster has " + dimensions);
        }
        return index;
    }

    String value(int member, int dimension) {
        return members.get(member)[dimension];
    }

    boolean isIn(int member, Group group) {
        return value(member, dimensionIndex(group.dimension())).equals(group.value());
    }
}
