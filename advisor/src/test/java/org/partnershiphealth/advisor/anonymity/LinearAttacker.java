package org.partnershiphealth.advisor.anonymity;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;

/**
 * Plays the attacker who holds a set of published sums over respondents (a total, a group's mean times its size,
 * a head count) and combines them linearly: which vectors lie in the span of the published rows? If a non-zero
 * vector of that span touches fewer than k respondents, those respondents' values can be solved for exactly.
 *
 * <p>The span is reduced to row echelon form with pivot columns of 1. Every vector of the span has, at the pivot
 * columns, exactly its coefficients on the reduced rows, so a vector touching at most two respondents is a
 * combination of at most two reduced rows: checking single rows and pairs is exact for k = 3, the default and
 * lowest limit. This class knows nothing of how the product chooses what to publish; it only does the algebra.
 */
final class LinearAttacker {

    private static final double EPSILON = 1e-9;

    private LinearAttacker() {
    }

    /**
     * @param rows every published figure as the set of respondents (column indexes) it sums over
     * @return a description of the smallest set of respondents that can be isolated, if one has fewer than
     *         {@code k} members (only vectors touching one or two respondents are searched: exact for k = 3)
     */
    static Optional<String> isolate(List<BitSet> rows, int columns, int k) {
        List<double[]> reduced = echelon(rows, columns);
        for (double[] row : reduced) {
            int support = support(row);
            if (support > 0 && support < k) {
                return Optional.of("one published combination touches only respondents " + members(row));
            }
        }
        if (k < 3) {
            return Optional.empty();
        }
        for (int a = 0; a < reduced.size(); a++) {
            for (int b = a + 1; b < reduced.size(); b++) {
                Optional<String> pair = pair(reduced.get(a), reduced.get(b), k);
                if (pair.isPresent()) {
                    return pair;
                }
            }
        }
        return Optional.empty();
    }

    /** Some r1 + c * r2 (c non-zero) that touches fewer than k respondents. */
    private static Optional<String> pair(double[] r1, double[] r2, int k) {
        for (int column = 0; column < r1.length; column++) {
            if (Math.abs(r1[column]) > EPSILON && Math.abs(r2[column]) > EPSILON) {
                double c = -r1[column] / r2[column];
                double[] combined = new double[r1.length];
                for (int i = 0; i < r1.length; i++) {
                    combined[i] = r1[i] + c * r2[i];
                }
                int support = support(combined);
                if (support > 0 && support < k) {
                    return Optional.of("a difference of two published figures touches only respondents "
                            + members(combined));
                }
            }
        }
        return Optional.empty();
    }

    private static List<double[]> echelon(List<BitSet> rows, int columns) {
        List<double[]> matrix = new ArrayList<>();
        for (BitSet row : rows) {
            double[] values = new double[columns];
            row.stream().forEach(i -> values[i] = 1);
            matrix.add(values);
        }
        List<double[]> reduced = new ArrayList<>();
        int next = 0;
        for (int column = 0; column < columns && next < matrix.size(); column++) {
            int pivot = -1;
            double best = EPSILON;
            for (int r = next; r < matrix.size(); r++) {
                if (Math.abs(matrix.get(r)[column]) > best) {
                    best = Math.abs(matrix.get(r)[column]);
                    pivot = r;
                }
            }
            if (pivot < 0) {
                continue;
            }
            double[] swap = matrix.get(pivot);
            matrix.set(pivot, matrix.get(next));
            matrix.set(next, swap);
            double[] row = matrix.get(next);
            double scale = row[column];
            for (int i = 0; i < columns; i++) {
                row[i] /= scale;
            }
            for (int r = 0; r < matrix.size(); r++) {
                double[] other = matrix.get(r);
                if (r != next && Math.abs(other[column]) > EPSILON) {
                    double factor = other[column];
                    for (int i = 0; i < columns; i++) {
                        other[i] -= factor * row[i];
                    }
                }
            }
            reduced.add(row);
            next++;
        }
        return reduced;
    }

    private static int support(double[] row) {
        int count = 0;
        for (double value : row) {
            if (Math.abs(value) > EPSILON) {
                count++;
            }
        }
        return count;
    }

    private static List<Integer> members(double[] row) {
        List<Integer> members = new ArrayList<>();
        for (int i = 0; i < row.length; i++) {
            if (Math.abs(row[i]) > EPSILON) {
                members.add(i);
            }
        }
        return members;
    }
}
