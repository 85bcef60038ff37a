package org.partnershiphealth.advisor.bench;

/** The generated benchmark surveys, for benchmarks in other packages. */
public final class SurveyGeneratorAccess {

    private SurveyGeneratorAccess() {
    }

    public static String json(long seed, int respondents) {
        return SurveyGenerator.survey(seed, respondents).json();
    }
}
