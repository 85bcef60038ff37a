package org.partnershiphealth.advisor.scoring;

import java.util.List;

/** Mean and sample standard deviation, rounded to two decimals as they are shown and judged. */
record Stats(double mean, double deviation, int n) {

    static Stats of(List<Double> values) {
        int n = values.size();
        if (n == 0) {
            return new Stats(0, 0, 0);
        }
        double mean = values.stream().mapToDouble(Double::doubleValue).sum() / n;
        double squares = values.stream().mapToDouble(v -> (v - mean) * (v - mean)).sum();
        double deviation = n < 2 ? 0 : Math.sqrt(squares / (n - 1));
        return new Stats(round(mean), round(deviation), n);
    }

    static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
