package org.partnershiphealth.diagnosis;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * One observation a finding rests on: what was looked at (a score, a fact, a question), the value seen,
 * and the threshold it was compared with, e.g. {@code turnoverPercentSinceLaunch = 22 % (>= 15 %)}. An observation of
 * respondents also says how many gave an answer and how many said "don't know" ({@code answered},
 * {@code dontKnow}; null for facts).
 */
public record Evidence(String subject, String observed, String comparator, String threshold, String unit,
                       Integer answered, Integer dontKnow) {

    public Evidence(String subject, String observed, String comparator, String threshold, String unit) {
        this(subject, observed, comparator, threshold, unit, null, null);
    }

    /** The same observation, saying how many respondents it rests on. */
    public Evidence from(int answeredCount, int dontKnowCount) {
        return new Evidence(subject, observed, comparator, threshold, unit, answeredCount, dontKnowCount);
    }

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
        String people = answered == null ? "" : "; " + answered + " answered"
                + (dontKnow == null || dontKnow == 0 ? "" : ", " + dontKnow + " don't know");
        if ("=".equals(comparator)) {
            return subject + " = " + observed + unitText + (people.isEmpty() ? "" : " (" + people.substring(2) + ")");
        }
        return subject + " = " + observed + unitText + " (" + comparator + " " + threshold + unitText + people + ")";
    }
}
