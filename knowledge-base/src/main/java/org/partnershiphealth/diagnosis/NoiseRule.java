package org.partnershiphealth.diagnosis;

/**
 * When a practice's change between two rounds counts as real rather than noise; one rule for the annual report and
 * the trend rules alike. Two rounds ask different people (partners come and go), so the rounds are treated as
 * independent samples: the change must clear twice the standard error of the difference of two means, roughly a 95%
 * interval. Large rounds make that bar tiny, so the change must also be at least half a point, the smallest move on
 * the 1-5 scale a partnership would notice.
 */
public final class NoiseRule {

    public static final double MINIMUM_CHANGE = 0.5;
    public static final double STANDARD_ERRORS = 2;

    private NoiseRule() {
    }

    /** {@code change} is the rounded after − before, so that a printed 0.50 counts as 0.5. */
    public static boolean isBeyondNoise(PracticeScore before, PracticeScore after, double change) {
        return isBeyondNoise(before.standardDeviation(), before.n(), after.standardDeviation(), after.n(), change);
    }

    /** The same rule for any two means with their spreads and sizes (principles too). */
    public static boolean isBeyondNoise(double sdBefore, int nBefore, double sdAfter, int nAfter, double change) {
        if (nBefore <= 0 || nAfter <= 0) {
            return false;
        }
        double standardError = Math.sqrt(sdBefore * sdBefore / nBefore + sdAfter * sdAfter / nAfter);
        return Math.abs(change) >= MINIMUM_CHANGE && Math.abs(change) >= STANDARD_ERRORS * standardError;
    }
}
