package org.partnershiphealth.advisor.scoring;

/** Running count, sum and sum of squares, so a score's mean and spread need one pass over respondents. */
final class Tally {

    private int n;
    private double sum;
    private double squares;

    void add(double value) {
        n++;
        sum += value;
        squares += value * value;
    }

    int n() {
        return n;
    }

    /** Mean and sample standard deviation, rounded to two decimals as they are shown and judged. */
    Stats stats() {
        if (n == 0) {
            return new Stats(0, 0, 0);
        }
        double mean = sum / n;
        double variance = n < 2 ? 0 : Math.max(0, (squares - sum * mean) / (n - 1));
        return new Stats(Stats.round(mean), Stats.round(Math.sqrt(variance)), n);
    }
}
