package org.partnershiphealth.rules;

import org.partnershiphealth.diagnosis.GroupDimension;

import java.util.Arrays;
import java.util.Locale;

/**
 * Measures how long the rule base takes to load and to evaluate one realistic partnership (27 practice scores,
 * 6 principles, 88 item scores, 6 stakeholder groups on every practice and principle, 20 recorded facts, and a
 * dozen findings to produce). Run it as described in BENCHMARKS.md; it is not a unit test.
 */
public final class RuleBookBenchmark {

    public static void main(String[] args) {
        int warmup = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
        int measured = args.length > 1 ? Integer.parseInt(args[1]) : 50_000;

        long start = System.nanoTime();
        RuleBook book = RuleBook.load();
        double loadMillis = (System.nanoTime() - start) / 1e6;

        RuleInput input = realistic().input();
        int findings = book.evaluate(input).size();
        for (int i = 0; i < warmup; i++) {
            book.evaluate(input);
        }
        long[] nanos = new long[measured];
        long total = System.nanoTime();
        for (int i = 0; i < measured; i++) {
            long t = System.nanoTime();
            book.evaluate(input);
            nanos[i] = System.nanoTime() - t;
        }
        double seconds = (System.nanoTime() - total) / 1e9;
        Arrays.sort(nanos);

        System.out.printf(Locale.ROOT, "rule base load (KieBase from executable model, knowledge base, thresholds): %.0f ms%n",
                loadMillis);
        System.out.printf(Locale.ROOT, "facts per evaluation: %d, findings per evaluation: %d, rules: %d%n",
                factCount(input), findings, book.ruleNames().size());
        System.out.printf(Locale.ROOT, "evaluation (warmed, %d runs): median %.3f ms, p90 %.3f ms, p99 %.3f ms, %.0f/s%n",
                measured, percentile(nanos, 50), percentile(nanos, 90), percentile(nanos, 99), measured / seconds);
    }

    static Situation realistic() {
        Situation situation = Situation.unremarkable()
                .practice("PR11", 2.4).practice("PR13", 2.8).practice("PR18", 2.6, 1.2, 14)
                .practice("PR12", 4.3, 0.4, 14).practice("PR21", 4.1, 0.6, 14).principle("P3", 2.9)
                .agreement("Q18C", 4.2).agreement("Q18A", 2.3).agreement("Q11C", 3.9).agreement("Q25C", 3.8)
                .fact("formationTrigger", "SHARED_PROBLEM").fact("monthsRelationshipBeforeFunding", 14)
                .fact("partnerCount", 18).fact("sectorCount", 4).fact("backboneFte", 1.5)
                .fact("turnoverPercentSinceLaunch", 22).fact("monthsSinceLaunch", 26).fact("meetingsPerMonth", 11)
                .fact("coordinationSharePercent", 38).fact("metricsTracked", 42).fact("metricsReviewedForLearning", 9)
                .fact("publicStatementProtocol", true).fact("decisionLogAccessible", true)
                .fact("targetPopulationInDesign", true).fact("touchesBeforeAsk", 5)
                .fact("communicatingSharePercent", 12).fact("sprintLengthMonths", 4).fact("reviewsHeld12m", 2)
                .fact("monthsSincePurposeRevisited", 9).fact("largestFunderSharePercent", 45);
        String[] sectors = {"BUSINESS", "NONPROFIT", "GOVERNMENT", "FUNDER"};
        String[] roles = {"LEADERSHIP", "PARTNER_REPRESENTATIVE"};
        for (var practice : Situation.KB.practices()) {
            for (int g = 0; g < sectors.length; g++) {
                situation.group(GroupDimension.SECTOR, sectors[g], practice.id(), 2.8 + 0.3 * g, 4);
            }
            for (int g = 0; g < roles.length; g++) {
                situation.group(GroupDimension.ROLE, roles[g], practice.id(), 3.2 + 0.4 * g, 6);
            }
        }
        situation.sector("BUSINESS", "PR15", 2.1, 4).sector("NONPROFIT", "PR15", 3.9, 5);
        return situation;
    }

    private static int factCount(RuleInput input) {
        var s = input.scores();
        return 3 + s.practices().size() + s.principles().size() + s.groups().size()
                + Situation.KB.practices().size() + Situation.KB.antiPatterns().size();
    }

    private static double percentile(long[] sorted, int percent) {
        return sorted[Math.min(sorted.length - 1, sorted.length * percent / 100)] / 1e6;
    }
}
