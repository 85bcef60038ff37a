package org.partnershiphealth.reports.portfolio;

import java.util.Locale;

/**
 * The health index or one principle across the portfolio.
 *
 * @param id           {@link #HEALTH_INDEX} or the principle's id, "P1"
 * @param name         the principle's name; null for the health index, whose name is the report's own word
 * @param n            how many partnerships have a published value for it
 * @param distribution how those values are spread; null when fewer than the portfolio's minimum number of
 *                     partnerships have one, so that the few who do are not shown on their own
 */
public record Measure(String id, String name, Scale scale, int n, Distribution distribution) {

    public static final String HEALTH_INDEX = "health-index";

    /** The scale a measure is drawn and written on. */
    public enum Scale {
        /** 0 to 100, written with one decimal as in the other reports. */
        HEALTH_INDEX(0, 100, 20, "%.1f"),
        /** The 1 to 5 agreement scale, written with two decimals. */
        PRINCIPLE(1, 5, 1, "%.2f");

        private final double low;
        private final double high;
        private final double step;
        private final String pattern;

        Scale(double low, double high, double step, String pattern) {
            this.low = low;
            this.high = high;
            this.step = step;
            this.pattern = pattern;
        }

        public double low() {
            return low;
        }

        public double high() {
            return high;
        }

        /** The distance between two labelled marks on the axis. */
        public double step() {
            return step;
        }

        public String format(double value) {
            return String.format(Locale.ROOT, pattern, value);
        }
    }

    public boolean shown() {
        return distribution != null;
    }

    public boolean healthIndex() {
        return HEALTH_INDEX.equals(id);
    }

    /** The partnership's value of this measure, or null when its round did not publish one. */
    public Double valueOf(PortfolioEntry entry) {
        return healthIndex() ? Double.valueOf(entry.healthIndex()) : entry.principleMeans().get(id);
    }
}
