package org.partnershiphealth.knowledge;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The sentence templates of the short story that opens every report ({@code narrative.yaml}). Each template has
 * {@code {placeholders}} that the reports fill from the diagnosis; {@link #fill} leaves none behind.
 */
public record Narrative(Strengths strengths, HoldingBack holdingBack, String firstStep, String firstFocus,
                        String sustain,
                        String toVerify, Confidence confidence, Trends trends) {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\w+)}");

    public record Strengths(String some, String none) {
    }

    public record HoldingBack(String lead, String pattern, String gap, String split, String nothing) {
    }

    /** What the trend findings across rounds say, one sentence each, after a lead-in. */
    public record Trends(String lead, String persists, String persistsSeveral, String decline, String doneNotWorking) {
    }

    public record Confidence(String firm, String fair, String thin, String responseRate, String lowParticipation,
                             String selfAssessment) {
    }

    /**
     * The template with each {@code {name}} replaced by its value.
     *
     * @throws IllegalArgumentException when a placeholder has no value, so that no report ever shows one
     */
    public static String fill(String template, Map<String, String> values) {
        Matcher matcher = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String value = values.get(matcher.group(1));
            if (value == null) {
                throw new IllegalArgumentException("no value for {" + matcher.group(1) + "} in: " + template);
            }
            matcher.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        matcher.appendTail(out);
        return out.toString();
    }
}
