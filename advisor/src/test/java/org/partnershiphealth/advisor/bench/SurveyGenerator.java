package org.partnershiphealth.advisor.bench;

import org.partnershiphealth.advisor.SurveyBuilder;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Writes N generated full-form surveys into a folder for the portfolio benchmark: each a different partnership
 * with 20-40 respondents in three to five sectors, a varied tone and a few recorded facts.
 * Usage: SurveyGenerator FOLDER COUNT
 */
public final class SurveyGenerator {

    private static final String[] SECTORS = {"BUSINESS", "NONPROFIT", "GOVERNMENT", "FUNDER", "COMMUNITY"};

    public static void main(String[] args) throws IOException {
        Path folder = Files.createDirectories(Path.of(args[0]));
        int count = Integer.parseInt(args[1]);
        for (int i = 0; i < count; i++) {
            int respondents = 20 + (i * 7) % 21;
            SurveyBuilder survey = survey(i, respondents)
                    .set("partnership", Map.of("id", String.format("partnership-%05d", i),
                            "name", String.format("Generated partnership %05d", i)));
            survey.writeTo(folder, String.format("survey-%05d.json", i));
        }
        System.out.println("Wrote " + count + " surveys to " + folder);
    }

    static SurveyBuilder survey(long seed, int respondents) {
        SurveyBuilder survey = SurveyBuilder.survey(seed)
                .fact("meetingsPerMonth", (int) (seed % 15)).fact("coordinationSharePercent", (int) (seed % 50))
                .fact("turnoverPercentSinceLaunch", (int) (seed % 30)).fact("monthsSinceLaunch", (int) (seed % 40))
                .fact("metricsTracked", (int) (seed % 60)).fact("metricsReviewedForLearning", (int) (seed % 10));
        int sectors = 3 + (int) (seed % 3);
        double tone = 2.2 + (seed % 25) / 10.0;
        for (int i = 0; i < respondents; i++) {
            survey.respondents(1, SECTORS[i % sectors], i % 4 == 0 ? "LEADERSHIP" : "PARTNER_REPRESENTATIVE",
                    tone + (i % sectors) * 0.2, null);
        }
        return survey;
    }
}
