package org.partnershiphealth.reports.portfolio;

import java.util.Collection;
import java.util.List;

/**
 * How one measure is spread across the portfolio's partnerships: the five numbers of a box plot and the values
 * themselves, lowest first, for the strip of dots under it.
 *
 * <p>The median and the quartiles interpolate linearly between the sorted values: for the fraction {@code p}
 * (0.25, 0.5, 0.75) of n sorted values x<sub>0</sub>..x<sub>n-1</sub>, with h = (n - 1)·p, the quantile is
 * x<sub>⌊h⌋</sub> + (h - ⌊h⌋)·(x<sub>⌊h⌋+1</sub> - x<sub>⌊h⌋</sub>). This is "type 7" of Hyndman and Fan (1996),
 * the default of R's {@code quantile()} and Excel's {@code QUARTILE.INC}, so a consultant can check every figure
 * in a spreadsheet. A quartile may therefore fall between two partnerships' values.
 *
 * @param values every value, lowest first
 */
public record Distribution(int n, double min, double lowerQuartile, double median, double upperQuartile,
                           double max, List<Double> values) {

    public Distribution {
        values = List.copyOf(values);
        if (n != values.size() || n == 0) {
            throw new IllegalArgumentException("A distribution needs one or more values and n equal to their number");
        }
    }

    /** The distribution of {@code values}, in any order; at least one. */
    public static Distribution of(Collection<Double> values) {
        if (values.isEmpty()) {
            throw new IllegalArgumentException("A distribution needs at least one value");
        }
        List<Double> sorted = values.stream().sorted().toList();
        return new Distribution(sorted.size(), sorted.get(0), quantile(sorted, 0.25), quantile(sorted, 0.5),
                quantile(sorted, 0.75), sorted.get(sorted.size() - 1), sorted);
    }

    /** Below the lower quartile, above the upper one, or between them (either quartile included). */
    public Position position(double value) {
        if (value < lowerQuartile) {
            return Position.LOWEST_QUARTER;
        }
        return value > upperQuartile ? Position.HIGHEST_QUARTER : Position.MIDDLE_HALF;
    }

    /** Type 7 (see above); a value that falls exactly on an order statistic is returned unchanged. */
    static double quantile(List<Double> sorted, double p) {
        double h = (sorted.size() - 1) * p;
        int below = (int) Math.floor(h);
        if (below + 1 >= sorted.size()) {
            return sorted.get(sorted.size() - 1);
        }
        double fraction = h - below;
        double low = sorted.get(below);
        return fraction == 0 ? low : low + fraction * (sorted.get(below + 1) - low);
    }
}
