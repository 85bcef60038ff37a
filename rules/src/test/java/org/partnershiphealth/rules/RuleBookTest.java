package org.partnershiphealth.rules;

import org.junit.jupiter.api.Test;
import org.partnershiphealth.diagnosis.Finding;
import org.partnershiphealth.diagnosis.Scores;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/** The facade: executable model, order independence, thread safety. */
class RuleBookTest {

    /** A partnership with something in every kind of finding. */
    static Situation troubled() {
        return Situation.unremarkable()
                .practice("PR11", 2.1).practice("PR13", 2.6).practice("PR12", 4.4, 0.4, 10)
                .practice("PR03", 3.3, 1.4, 10).principle("P3", 2.9)
                .sector("BUSINESS", "PR15", 2.0, 4).sector("NONPROFIT", "PR15", 3.8, 5)
                .fact("turnoverPercentSinceLaunch", 30).fact("monthsSinceLaunch", 30)
                .fact("meetingsPerMonth", 14).fact("coordinationSharePercent", 50).agreement("Q18C", 4.4);
    }

    @Test
    void theRulesAreLoadedFromTheExecutableModelCompiledAtBuildTime() {
        assertThat(getClass().getClassLoader().getResource("META-INF/kie/org.partnershiphealth/rules/drools-model"))
                .as("executable model index written by the kie-maven-plugin").isNotNull();
        assertThat(Rules.BOOK.ruleNames()).hasSizeGreaterThan(80);
    }

    @Test
    void findingsDoNotDependOnTheOrderTheFactsArriveIn() {
        RuleInput input = troubled().input();
        List<Finding> expected = Rules.BOOK.evaluate(input);
        Random random = new Random(7);

        for (int round = 0; round < 20; round++) {
            Scores s = input.scores();
            Scores shuffled = new Scores(s.respondents(), shuffle(s.questions(), random), shuffle(s.practices(), random),
                    shuffle(s.principles(), random), shuffle(s.groups(), random), s.healthIndex(), s.healthBand());
            assertThat(Rules.BOOK.evaluate(new RuleInput(shuffled, input.partnership(), input.respondentsBySector())))
                    .isEqualTo(expected);
        }
        assertThat(Rules.ids(expected)).contains("PR11-GAP", "P3-GAP", "PR12-STRENGTH", "DIVIDED-VIEWS",
                "DIV-PRACTICE", "AP-NO-RELAUNCH-AFTER-TURNOVER", "AP-OVER-COORDINATION");
    }

    @Test
    void oneRuleBookServesManyThreadsAtOnce() throws Exception {
        RuleInput troubled = troubled().input();
        RuleInput calm = Situation.unremarkable().input();
        List<Finding> troubledFindings = Rules.BOOK.evaluate(troubled);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                boolean odd = i % 2 == 1;
                results.add(pool.submit(() -> odd
                        ? Rules.BOOK.evaluate(troubled).equals(troubledFindings)
                        : Rules.BOOK.evaluate(calm).isEmpty()));
            }
            for (Future<Boolean> result : results) {
                assertThat(result.get()).isTrue();
            }
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void everyRuleNameStartsWithAStableId() {
        assertThat(Rules.BOOK.ruleNames()).allSatisfy(name ->
                assertThat(name).matches("(P[1-6]-GAP|PR\\d\\d-(GAP|STRENGTH)|AP-[A-Z-]+|DIV-[A-Z]+|DIVIDED-VIEWS|TREND-[A-Z-]+) [a-z].+"));
    }

    private static <T> List<T> shuffle(List<T> items, Random random) {
        List<T> copy = new ArrayList<>(items);
        Collections.shuffle(copy, random);
        return copy;
    }
}
