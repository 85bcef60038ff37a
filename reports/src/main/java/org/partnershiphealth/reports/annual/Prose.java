package org.partnershiphealth.reports.annual;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;

/** The number and list wording shared by the follow-up notes and the narrative, so both read the same way. */
public final class Prose {

    private static final List<String> SMALL_NUMBERS = List.of("no", "one", "two", "three", "four", "five", "six",
            "seven", "eight", "nine", "ten");

    private Prose() {
    }

    /** Rounds half up on the decimal value as printed, so 0.25 computed as 0.24999999999999978 stays 0.25. */
    static double round(double value, int decimals) {
        return BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP).doubleValue();
    }

    /** A mean on the 1-5 scale: two decimals, "3.40". */
    static String mean(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }

    /** A change of a mean: two decimals without sign, "0.25". */
    static String points(double change) {
        return mean(Math.abs(change));
    }

    /** A health index or a change of it: one decimal, "64.0". */
    static String index(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    /** A band limit as configured: "4.0", "3.75". */
    static String limit(double value) {
        BigDecimal plain = BigDecimal.valueOf(value).stripTrailingZeros();
        return plain.scale() < 1 ? plain.setScale(1, RoundingMode.UNNECESSARY).toPlainString() : plain.toPlainString();
    }

    /** "no", "one" ... "ten", then digits: small counts read better as words. */
    static String number(int n) {
        return n >= 0 && n < SMALL_NUMBERS.size() ? SMALL_NUMBERS.get(n) : Integer.toString(n);
    }

    /** "no rounds", "one focus item", "three principles", "12 practices". */
    static String count(int n, String singular, String plural) {
        return number(n) + " " + (n == 1 ? singular : plural);
    }

    /** "A", "A and B", "A, B and C". */
    public static String and(List<String> items) {
        if (items.size() <= 1) {
            return items.isEmpty() ? "" : items.get(0);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
    }

    /** The first {@code max} items joined with "and", then how many more there are: "A, B, C and 2 more". */
    static String first(List<String> items, int max) {
        if (items.size() <= max) {
            return and(items);
        }
        return String.join(", ", items.subList(0, max)) + " and " + (items.size() - max) + " more";
    }

    static String capitalised(String sentence) {
        return sentence.isEmpty() ? sentence : Character.toUpperCase(sentence.charAt(0)) + sentence.substring(1);
    }
}
