package org.partnershiphealth.advisor.scoring;

/** A score's mean, sample standard deviation and respondent count. */
record Stats(double mean, double deviation, int n) {

    static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
