package org.partnershiphealth.diagnosis;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * One observation a finding rests on: what was looked at (a score, a fact, a question), the value seen,
 * and the threshold it was compared with, e.g. {@code turnoverPercent12m = 22 % (>= 15 %)}.
 */
public record Evidence(String subject, String observed, String comparator, String threshold, String unit) {

    /** A numeric observation compared with a numeric threshold; numbers print with at most two decimals. */
    public static Evidence of(String subject, double observed, String comparator, double threshold, String unit) {
        return new Evidence(subject, format(observed), comparator, format(threshold), unit == null ? "" : unit);
    }

    /** A yes/no observation, e.g. {@code publicStatementProtocol = false (expected true)}. */
    public static Evidence flag(String subject, boolean observed, boolean expected) {
        return new Evidence(subject, Boolean.toString(observed), "expected", Boolean.toString(expected), "");
    }

    /** A coded observation, e.g. {@code formationTrigger = FUNDING_OPPORTUNITY}. */
    public static Evidence code(String subject, String observed) {
        return new Evidence(subject, observed, "=", observed, "");
    }

    /** A number as evidence prints it: at most two decimals, no trailing zeros. */
    public static String format(double value) {
        return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }

    @Override
    public String toString() {
        String unitText = unit.isEmpty() ? "" : " " + unit;
        if ("=".equals(comparator)) {
            return subject + " = " + observed + unitText;
        }
        return subject + " = " + observed + unitText + " (" + comparator + " " + threshold + unitText + ")";
    }
}
