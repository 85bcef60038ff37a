package org.partnershiphealth.reports.annual;

import org.partnershiphealth.diagnosis.PracticeScore;
import org.partnershiphealth.reports.ReportText;

/** The annual report's use of the shared {@link org.partnershiphealth.diagnosis.NoiseRule}, and its sentence. */
final class NoiseRule {

    static final double MINIMUM_CHANGE = org.partnershiphealth.diagnosis.NoiseRule.MINIMUM_CHANGE;
    static final double STANDARD_ERRORS = org.partnershiphealth.diagnosis.NoiseRule.STANDARD_ERRORS;

    private NoiseRule() {
    }

    /** The rule in one plain sentence with its numbers, for the report. */
    static String sentence(ReportText text) {
        return text.t("annual.noiseRule", Prose.limit(MINIMUM_CHANGE), (int) STANDARD_ERRORS);
    }

    static boolean isBeyondNoise(PracticeScore before, PracticeScore after, double change) {
        return org.partnershiphealth.diagnosis.NoiseRule.isBeyondNoise(before, after, change);
    }

    static boolean isBeyondNoise(double sdBefore, int nBefore, double sdAfter, int nAfter, double change) {
        return org.partnershiphealth.diagnosis.NoiseRule.isBeyondNoise(sdBefore, nBefore, sdAfter, nAfter, change);
    }
}
