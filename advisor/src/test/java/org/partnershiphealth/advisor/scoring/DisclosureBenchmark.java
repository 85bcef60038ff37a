package org.partnershiphealth.advisor.scoring;

import org.partnershiphealth.advisor.bench.SurveyGeneratorAccess;
import org.partnershiphealth.advisor.diagnosis.Advisor;
import org.partnershiphealth.advisor.intake.IntakeOptions;
import org.partnershiphealth.advisor.intake.SurveyReader;
import org.partnershiphealth.assessment.AssessmentInput;
import org.partnershiphealth.assessment.Respondent;
import org.partnershiphealth.disclosure.DisclosurePolicy;
import org.partnershiphealth.disclosure.PublicationHistory;
import org.partnershiphealth.disclosure.Roster;
import org.partnershiphealth.knowledge.KnowledgeBase;
import org.partnershiphealth.knowledge.Practice;
import org.partnershiphealth.knowledge.Principle;
import org.partnershiphealth.knowledge.Question;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * What the disclosure policy costs: its decisions alone (head counts and every item, practice and principle) for a
 * generated 40-respondent full-form survey, against the whole diagnosis of the same survey; the same with one
 * earlier published snapshot to replay; and the decisions for a 2,000-respondent import. Not a unit test; run by
 * bench/run-benchmarks.sh, numbers in BENCHMARKS.md.
 */
public final class DisclosureBenchmark {

    public static void main(String[] args) {
        int warmup = args.length > 0 ? Integer.parseInt(args[0]) : 3_000;
        int measured = args.length > 1 ? Integer.parseInt(args[1]) : 5_000;
        Advisor advisor = Advisor.withShippedRules();
        AssessmentInput input = survey(advisor, 40);
        PublicationHistory earlier = new PublicationHistory(List.of(input.respondents().subList(0, 37).stream()
                .map(Respondent::id).collect(Collectors.toSet())));
        Setup setup = new Setup(advisor.knowledge(), input);
        AssessmentInput large = survey(advisor, 2_000);
        Setup largeSetup = new Setup(advisor.knowledge(), large);

        long[] diagnose = new long[measured];
        long[] policy = new long[measured];
        long[] withHistory = new long[measured];
        long[] policyWithHistory = new long[measured];
        for (int round = 0; round < 2; round++) {
            int runs = round == 0 ? warmup : measured;
            for (int i = 0; i < runs; i++) {
                long start = System.nanoTime();
                advisor.diagnose(input);
                long diagnosed = System.nanoTime();
                setup.decide(advisor.disclosure(), PublicationHistory.none());
                long decided = System.nanoTime();
                advisor.diagnose(input, earlier);
                long replayed = System.nanoTime();
                setup.decide(advisor.disclosure(), earlier);
                long end = System.nanoTime();
                if (round == 1) {
                    diagnose[i] = diagnosed - start;
                    policy[i] = decided - diagnosed;
                    withHistory[i] = replayed - decided;
                    policyWithHistory[i] = end - replayed;
                }
            }
        }
        long[] largePolicy = new long[50];
        for (int i = 0; i < 60; i++) {
            long start = System.nanoTime();
            largeSetup.decide(advisor.disclosure(), PublicationHistory.none());
            if (i >= 10) {
                largePolicy[i - 10] = System.nanoTime() - start;
            }
        }
        System.out.printf(Locale.ROOT, "40 respondents, full form, %d runs after %d warm-up%n", measured, warmup);
        report("whole diagnosis, first publication", diagnose);
        report("  of which the disclosure decisions", policy);
        report("whole diagnosis, one earlier snapshot", withHistory);
        report("  of which the disclosure decisions", policyWithHistory);
        report("decisions for 2,000 respondents", largePolicy);
    }

    private static AssessmentInput survey(Advisor advisor, int respondents) {
        byte[] json = SurveyGeneratorAccess.json(42, respondents).getBytes(StandardCharsets.UTF_8);
        return new SurveyReader(advisor.knowledge()).read("survey.json", json, IntakeOptions.strict(), null).input();
    }

    /** The roster and the people behind each quantity, as the scorer builds them, so the policy can be timed alone. */
    private static final class Setup {
        private final Roster roster = new Roster(Publication.DIMENSIONS);
        private final List<Respondent> respondents;
        private final BitSet[] answered;

        Setup(KnowledgeBase knowledge, AssessmentInput input) {
            this.respondents = input.respondents();
            List<Question> items = knowledge.questionnaire().items();
            List<BitSet> quantities = new ArrayList<>();
            for (Principle principle : knowledge.principles()) {
                quantities.add(people(p -> knowledge.practices().stream()
                        .filter(practice -> practice.principle().equals(principle.id()))
                        .anyMatch(practice -> answeredAny(p, practice, items))));
            }
            for (Practice practice : knowledge.practices()) {
                quantities.add(people(p -> answeredAny(p, practice, items)));
            }
            for (Question item : items) {
                quantities.add(people(p -> answered(p, item)));
            }
            this.answered = quantities.toArray(BitSet[]::new);
            respondents.forEach(r -> roster.add(r.profile().sector().name(), r.profile().role().name()));
        }

        void decide(DisclosurePolicy policy, PublicationHistory history) {
            Publication.anonymous(policy, roster, respondents, history, answered);
        }

        private BitSet people(java.util.function.Predicate<Respondent> test) {
            BitSet set = new BitSet();
            for (int i = 0; i < respondents.size(); i++) {
                if (test.test(respondents.get(i))) {
                    set.set(i);
                }
            }
            return set;
        }

        private static boolean answeredAny(Respondent respondent, Practice practice, List<Question> items) {
            return items.stream().filter(q -> q.measures(practice.id())).anyMatch(q -> answered(respondent, q));
        }

        private static boolean answered(Respondent respondent, Question item) {
            var answer = respondent.answers().get(item.id());
            return answer != null && !answer.isDontKnow();
        }
    }

    private static void report(String what, long[] nanos) {
        Arrays.sort(nanos);
        System.out.printf(Locale.ROOT, "%-42s median %.3f ms, p90 %.3f ms%n", what, nanos[nanos.length / 2] / 1e6,
                nanos[nanos.length * 9 / 10] / 1e6);
    }
}
