package org.partnershiphealth.reports.annual;

import org.partnershiphealth.diagnosis.Band;
import org.partnershiphealth.diagnosis.PracticeScore;
import org.partnershiphealth.reports.annual.AnnualComparison.Outcome;

import java.util.ArrayList;
import java.util.List;

/**
 * The one-sentence note on what became of a focus item, e.g. "PR18 rose from 2.02 to 2.33 but is still below 3.0;
 * AP-OVER-COORDINATION persists." The band comes from the latest diagnosis, so it follows tuned band limits; the
 * limits only supply the numbers quoted.
 */
final class FollowUpNote {

    private final String previousPeriod;
    private final String latestPeriod;
    private final String strengthLine;
    private final String concernLine;

    FollowUpNote(String previousPeriod, String latestPeriod, double strengthAtLeast, double concernBelow) {
        this.previousPeriod = previousPeriod;
        this.latestPeriod = latestPeriod;
        this.strengthLine = Prose.limit(strengthAtLeast);
        this.concernLine = Prose.limit(concernBelow);
    }

    /**
     * @param persisting the anti-patterns behind the focus item that are still there
     * @param resolved   the anti-patterns behind the focus item that are gone
     */
    String write(String practiceId, PracticeScore before, PracticeScore after, Outcome outcome,
                 List<String> persisting, List<String> resolved) {
        String movement = outcome == Outcome.NOT_MEASURED
                ? notMeasured(practiceId, before, after)
                : practiceId + " " + moved(before, after, outcome) + band(before.band(), after.band(), outcome);
        List<String> antiPatterns = new ArrayList<>();
        if (!persisting.isEmpty()) {
            antiPatterns.add(Prose.and(persisting) + (persisting.size() == 1 ? " persists" : " persist"));
        }
        if (!resolved.isEmpty()) {
            antiPatterns.add(Prose.and(resolved) + (resolved.size() == 1 ? " is resolved" : " are resolved"));
        }
        return antiPatterns.isEmpty() ? movement + "." : movement + "; " + String.join("; ", antiPatterns) + ".";
    }

    private String notMeasured(String practiceId, PracticeScore before, PracticeScore after) {
        if (before == null && after == null) {
            return practiceId + " was scored in neither " + previousPeriod + " nor " + latestPeriod;
        }
        if (after == null) {
            return practiceId + " stood at " + Prose.mean(before.mean()) + " in " + previousPeriod
                    + " but was not scored in " + latestPeriod;
        }
        return practiceId + " was not scored in " + previousPeriod + " and stands at " + Prose.mean(after.mean())
                + " in " + latestPeriod;
    }

    private static String moved(PracticeScore before, PracticeScore after, Outcome outcome) {
        String from = Prose.mean(before.mean());
        String to = Prose.mean(after.mean());
        return switch (outcome) {
            case IMPROVED -> "rose beyond noise from " + from + " to " + to;
            case WORSE -> "fell beyond noise from " + from + " to " + to;
            default -> "moved only within noise (" + from + " to " + to + ")";
        };
    }

    /** Where the practice now stands, joined with "but" when that runs against the direction it moved. */
    private String band(Band before, Band after, Outcome outcome) {
        if (before == null || after == null) {
            return "";
        }
        return " " + switch (after) {
            case STRENGTH -> before == Band.STRENGTH
                    ? (outcome == Outcome.WORSE ? "but is still a strength" : "and is still a strength")
                    : "and is now a strength";
            case CONCERN -> before == Band.CONCERN
                    ? (outcome == Outcome.IMPROVED ? "but is still below " : "and is still below ") + concernLine
                    : "and is now below " + concernLine;
            case WATCH -> switch (before) {
                case STRENGTH -> "and is no longer a strength";
                case CONCERN -> "and is now at or above " + concernLine + " but below " + strengthLine;
                case WATCH -> switch (outcome) {
                    case IMPROVED -> "but is still below " + strengthLine;
                    case WORSE -> "but is still at or above " + concernLine;
                    default -> "and is still between " + concernLine + " and " + strengthLine;
                };
            };
        };
    }
}
