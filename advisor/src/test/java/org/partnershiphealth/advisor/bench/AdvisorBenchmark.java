package org.partnershiphealth.advisor.bench;

import org.partnershiphealth.advisor.diagnosis.Advisor;
import org.partnershiphealth.advisor.intake.Intake;
import org.partnershiphealth.advisor.intake.IntakeOptions;
import org.partnershiphealth.advisor.intake.SurveyReader;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;

/**
 * One diagnosis of a 40-respondent full-form survey, warmed: scoring, rules and planning alone, and the same with
 * reading and checking the JSON first. Not a unit test; see BENCHMARKS.md for how to run it.
 */
public final class AdvisorBenchmark {

    public static void main(String[] args) {
        int warmup = args.length > 0 ? Integer.parseInt(args[0]) : 3_000;
        int measured = args.length > 1 ? Integer.parseInt(args[1]) : 5_000;
        Advisor advisor = Advisor.withShippedRules();
        SurveyReader reader = new SurveyReader(advisor.knowledge());
        byte[] json = SurveyGenerator.survey(42, 40).json().getBytes(StandardCharsets.UTF_8);
        Intake intake = reader.read("survey.json", json, IntakeOptions.strict(), null);

        for (int i = 0; i < warmup; i++) {
            advisor.diagnose(reader.read("survey.json", json, IntakeOptions.strict(), null));
        }
        long[] diagnose = new long[measured];
        long[] readAndDiagnose = new long[measured];
        for (int i = 0; i < measured; i++) {
            long start = System.nanoTime();
            advisor.diagnose(intake);
            diagnose[i] = System.nanoTime() - start;
            start = System.nanoTime();
            advisor.diagnose(reader.read("survey.json", json, IntakeOptions.strict(), null));
            readAndDiagnose[i] = System.nanoTime() - start;
        }
        System.out.printf(Locale.ROOT, "40 respondents, full form (%d KB of JSON), %d runs after %d warm-up%n",
                json.length / 1024, measured, warmup);
        report("diagnose (score, rules, plan)", diagnose);
        report("read and check JSON, then diagnose", readAndDiagnose);
    }

    private static void report(String what, long[] nanos) {
        Arrays.sort(nanos);
        System.out.printf(Locale.ROOT, "%-40s median %.3f ms, p90 %.3f ms, p99 %.3f ms%n", what,
                nanos[nanos.length / 2] / 1e6, nanos[nanos.length * 9 / 10] / 1e6, nanos[nanos.length * 99 / 100] / 1e6);
    }
}
