package org.partnershiphealth.rules;

import org.partnershiphealth.disclosure.DisclosurePolicy;

import java.util.ArrayList;
import java.util.List;

/**
 * Every number the rules compare against, inserted into each evaluation as a fact. The shipped values and where
 * each comes from are in {@code thresholds.yaml}; {@link ThresholdsFile} loads a tuned copy.
 */
public record Thresholds(
        int minGroupSize,
        int minRespondents,
        int minRespondentsForSpread,
        double strengthAtLeast,
        double concernBelow,
        double dividedSpread,
        double divergenceGap,
        double agreeAtLeast,
        double disagreeAtMost,
        double relaunchTurnoverPercent,
        int relaunchOverdueMonths,
        int launchStaleMonths,
        int relationshipMonthsBeforeFunding,
        double singleFunderSharePercent,
        double heavyMeetingsPerMonth,
        double heavyCoordinationSharePercent,
        double lightMeetingsPerMonth,
        double lightCoordinationSharePercent,
        int purposeRevisitMonths,
        double maxSprintMonths,
        int maxPlanningHorizonMonths,
        int pilotsWithoutScaling,
        int maxMetrics,
        double minMetricsReviewedPercent,
        int minReviewsPerYear,
        double inKindSharePercent,
        double inKindUnusedPercent,
        double minBackboneFte,
        int backbonePartnerCount,
        int followersAtScale,
        int minTouchesKnownAsk,
        int minTouchesNewAsk,
        double minCommunicatingSharePercent,
        double persistingEscalation,
        int declineRounds,
        double declineTotalAtLeast) {

    /** The anonymity threshold is a promise to respondents, so no configuration may lower it below three. */
    public static final int LOWEST_GROUP_SIZE = DisclosurePolicy.LOWEST_K;

    public Thresholds {
        List<String> problems = new ArrayList<>();
        if (minGroupSize < LOWEST_GROUP_SIZE) {
            problems.add("minGroupSize must be at least " + LOWEST_GROUP_SIZE + " to keep small groups anonymous, not "
                    + minGroupSize);
        }
        atLeast(problems, "minRespondents", minRespondents, 1);
        atLeast(problems, "minRespondentsForSpread", minRespondentsForSpread, 2);
        onScale(problems, "strengthAtLeast", strengthAtLeast);
        onScale(problems, "concernBelow", concernBelow);
        onScale(problems, "agreeAtLeast", agreeAtLeast);
        onScale(problems, "disagreeAtMost", disagreeAtMost);
        if (concernBelow >= strengthAtLeast) {
            problems.add("concernBelow (" + concernBelow + ") must be lower than strengthAtLeast (" + strengthAtLeast + ")");
        }
        if (disagreeAtMost >= agreeAtLeast) {
            problems.add("disagreeAtMost (" + disagreeAtMost + ") must be lower than agreeAtLeast (" + agreeAtLeast + ")");
        }
        between(problems, "dividedSpread", dividedSpread, 0.1, 4);
        between(problems, "divergenceGap", divergenceGap, 0.1, 4);
        percent(problems, "relaunchTurnoverPercent", relaunchTurnoverPercent);
        percent(problems, "singleFunderSharePercent", singleFunderSharePercent);
        percent(problems, "heavyCoordinationSharePercent", heavyCoordinationSharePercent);
        percent(problems, "lightCoordinationSharePercent", lightCoordinationSharePercent);
        percent(problems, "minMetricsReviewedPercent", minMetricsReviewedPercent);
        percent(problems, "inKindSharePercent", inKindSharePercent);
        percent(problems, "inKindUnusedPercent", inKindUnusedPercent);
        percent(problems, "minCommunicatingSharePercent", minCommunicatingSharePercent);
        atLeast(problems, "relaunchOverdueMonths", relaunchOverdueMonths, 1);
        atLeast(problems, "launchStaleMonths", launchStaleMonths, 1);
        atLeast(problems, "relationshipMonthsBeforeFunding", relationshipMonthsBeforeFunding, 1);
        between(problems, "heavyMeetingsPerMonth", heavyMeetingsPerMonth, 0, 100);
        between(problems, "lightMeetingsPerMonth", lightMeetingsPerMonth, 0, 100);
        atLeast(problems, "purposeRevisitMonths", purposeRevisitMonths, 1);
        between(problems, "maxSprintMonths", maxSprintMonths, 0.25, 60);
        atLeast(problems, "maxPlanningHorizonMonths", maxPlanningHorizonMonths, 1);
        atLeast(problems, "pilotsWithoutScaling", pilotsWithoutScaling, 1);
        atLeast(problems, "maxMetrics", maxMetrics, 1);
        atLeast(problems, "minReviewsPerYear", minReviewsPerYear, 1);
        between(problems, "minBackboneFte", minBackboneFte, 0, 200);
        atLeast(problems, "backbonePartnerCount", backbonePartnerCount, 1);
        atLeast(problems, "followersAtScale", followersAtScale, 1);
        between(problems, "minTouchesKnownAsk", minTouchesKnownAsk, 0, 200);
        between(problems, "minTouchesNewAsk", minTouchesNewAsk, minTouchesKnownAsk, 200);
        between(problems, "persistingEscalation", persistingEscalation, 0, 1);
        atLeast(problems, "declineRounds", declineRounds, 3);
        between(problems, "declineTotalAtLeast", declineTotalAtLeast, 0.05, 4);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join("; ", problems));
        }
    }

    /** The same thresholds with another anonymity limit (still never below three). */
    public Thresholds withMinGroupSize(int k) {
        return new Thresholds(k, minRespondents, minRespondentsForSpread, strengthAtLeast, concernBelow, dividedSpread,
                divergenceGap, agreeAtLeast, disagreeAtMost, relaunchTurnoverPercent, relaunchOverdueMonths,
                launchStaleMonths, relationshipMonthsBeforeFunding, singleFunderSharePercent, heavyMeetingsPerMonth,
                heavyCoordinationSharePercent, lightMeetingsPerMonth, lightCoordinationSharePercent,
                purposeRevisitMonths, maxSprintMonths, maxPlanningHorizonMonths, pilotsWithoutScaling, maxMetrics,
                minMetricsReviewedPercent, minReviewsPerYear, inKindSharePercent, inKindUnusedPercent, minBackboneFte,
                backbonePartnerCount, followersAtScale, minTouchesKnownAsk, minTouchesNewAsk,
                minCommunicatingSharePercent, persistingEscalation, declineRounds, declineTotalAtLeast);
    }

    private static void onScale(List<String> problems, String name, double value) {
        between(problems, name, value, 1, 5);
    }

    private static void percent(List<String> problems, String name, double value) {
        between(problems, name, value, 0, 100);
    }

    private static void between(List<String> problems, String name, double value, double low, double high) {
        if (!(value >= low && value <= high)) {
            problems.add(name + " must lie between " + plain(low) + " and " + plain(high)
                    + ", not " + plain(value));
        }
    }

    private static void atLeast(List<String> problems, String name, int value, int low) {
        if (value < low) {
            problems.add(name + " must be at least " + low + ", not " + value);
        }
    }

    private static String plain(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
    }
}
