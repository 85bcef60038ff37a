package org.partnershiphealth.advisor.anonymity;

import org.junit.jupiter.api.Test;
import org.partnershiphealth.advisor.diagnosis.Advisor;
import org.partnershiphealth.assessment.AssessmentInput;
import org.partnershiphealth.assessment.Partnership;
import org.partnershiphealth.assessment.PartnershipFacts;
import org.partnershiphealth.assessment.QuestionnaireForm;
import org.partnershiphealth.assessment.Respondent;
import org.partnershiphealth.assessment.Role;
import org.partnershiphealth.assessment.Sector;
import org.partnershiphealth.diagnosis.Diagnosis;
import org.partnershiphealth.disclosure.PublicationHistory;
import org.partnershiphealth.disclosure.WithheldException;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The attacker with a consultant's login: everything published about a round, and about the same round before
 * and after more responses, is combined linearly to solve for the answers of fewer than k people. It must fail
 * every time. Run against the code before the disclosure policy existed, each test below found its attack.
 */
class AnonymityAttackTest {

    private static final Advisor ADVISOR = Advisor.withShippedRules();
    private static final int K = 3;
    private final RandomRounds rounds = new RandomRounds(ADVISOR.knowledge());

    @Test
    void noFigureOfAPublishedRoundIsolatesFewerThanKRespondents() {
        List<String> leaks = new ArrayList<>();
        for (int seed = 0; seed < 1500; seed++) {
            AssessmentInput input = rounds.round(new Random(seed));
            int s = seed;
            attack(List.of(input)).ifPresent(leak -> leaks.add("seed " + s + " (" + input.respondents().size()
                    + " respondents) " + leak));
        }
        assertThat(leaks).as(leaks.size() + " rounds leak; first: " + leaks.stream().limit(3).toList()).isEmpty();
    }

    @Test
    void comparingPublishedResultsBeforeAndAfterMoreResponsesIsolatesNobody() {
        List<String> leaks = new ArrayList<>();
        for (int seed = 0; seed < 1000; seed++) {
            Random random = new Random(seed);
            AssessmentInput after = rounds.round(random, 3 + random.nextInt(38));
            int added = 1 + random.nextInt(2 * K);
            AssessmentInput before = subset(after, Math.max(1, after.respondents().size() - added));
            int s = seed;
            attack(List.of(before, after)).ifPresent(leak -> leaks.add("seed " + s + " ("
                    + before.respondents().size() + " then " + after.respondents().size() + ") " + leak));
        }
        assertThat(leaks).as(leaks.size() + " pairs leak; first: " + leaks.stream().limit(3).toList()).isEmpty();
    }

    /**
     * The attacker above combines the figures of one quantity at a time. Practice and principle means could add
     * more across quantities (someone who answered "don't know" to one item of a practice weighs differently in
     * the practice than in its items), unless they are computed from the published item means alone: then they
     * add nothing to combine.
     */
    @Test
    void practiceAndPrincipleMeansFollowFromThePublishedItemMeansAlone() {
        for (int seed = 0; seed < 300; seed++) {
            AssessmentInput input = rounds.round(new Random(seed), 3 + new Random(seed).nextInt(38));
            Diagnosis diagnosis = ADVISOR.diagnose(input);
            Map<String, Double> items = new HashMap<>();
            diagnosis.scores().questions().forEach(q -> items.put(q.questionId(), q.agreement()));
            Map<String, Double> practices = new HashMap<>();
            for (var practice : diagnosis.scores().practices()) {
                assertThat(practice.mean()).as("seed %d %s", seed, practice.practiceId())
                        .isCloseTo(derivedPracticeMean(practice.practiceId(), items), ROUNDING);
                practices.put(practice.practiceId(), practice.mean());
            }
            for (var principle : diagnosis.scores().principles()) {
                double expected = round(ADVISOR.knowledge().practices().stream()
                        .filter(p -> p.principle().equals(principle.principleId()) && practices.containsKey(p.id()))
                        .mapToDouble(p -> practices.get(p.id())).average().orElseThrow());
                assertThat(principle.mean()).as("seed %d %s", seed, principle.principleId())
                        .isCloseTo(expected, ROUNDING);
            }
            for (var group : diagnosis.scores().groups()) {
                if (group.subjectId().startsWith("PR")) {
                    Map<String, Double> groupItems = new HashMap<>();
                    diagnosis.scores().groups().stream().filter(g -> g.subjectId().startsWith("Q")
                                    && g.dimension() == group.dimension() && g.group().equals(group.group()))
                            .forEach(g -> groupItems.put(g.subjectId(), g.mean()));
                    assertThat(group.mean()).as("seed %d %s", seed, group)
                            .isCloseTo(derivedPracticeMean(group.subjectId(), groupItems), ROUNDING);
                }
            }
        }
    }

    /** Means are published with two decimals; summing in another order may round the last one the other way. */
    private static final org.assertj.core.data.Offset<Double> ROUNDING = org.assertj.core.data.Offset.offset(0.0101);

    private static double derivedPracticeMean(String practiceId, Map<String, Double> itemMeans) {
        return round(ADVISOR.knowledge().questionnaire().items().stream()
                .filter(q -> q.measures(practiceId) && itemMeans.containsKey(q.id()))
                .mapToDouble(q -> q.reverse() ? 6 - itemMeans.get(q.id()) : itemMeans.get(q.id()))
                .average().orElseThrow());
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }

    @Test
    void subtractingOneSectorFromARoleDoesNotRevealTheOnePersonLeftOver() {
        // every nonprofit respondent is a leader, and one government leader answered too
        List<Respondent> people = new ArrayList<>();
        people.addAll(RandomRounds.people(3, Sector.NONPROFIT, Role.LEADERSHIP, 0));
        people.addAll(RandomRounds.people(1, Sector.GOVERNMENT, Role.LEADERSHIP, 3));
        people.addAll(RandomRounds.people(3, Sector.BUSINESS, Role.PARTNER_REPRESENTATIVE, 4));
        people.addAll(RandomRounds.people(3, Sector.ACADEMIC, Role.PARTNER_REPRESENTATIVE, 7));
        assertThat(attack(List.of(round(people)))).isEmpty();
    }

    @Test
    void roundsOfOneOrTwoRespondentsPublishNothing() {
        assertThat(attack(List.of(round(RandomRounds.people(1, Sector.BUSINESS, Role.LEADERSHIP, 0))))).isEmpty();
        assertThat(attack(List.of(round(RandomRounds.people(2, Sector.BUSINESS, Role.LEADERSHIP, 0))))).isEmpty();
    }

    @Test
    void diagnosingAgainAfterOneMoreResponseDoesNotRevealTheNewcomer() {
        List<Respondent> people = new ArrayList<>(
                RandomRounds.people(5, Sector.NONPROFIT, Role.PARTNER_REPRESENTATIVE, 0));
        AssessmentInput before = round(people);
        people.addAll(RandomRounds.people(1, Sector.FUNDER, Role.LEADERSHIP, 5));
        assertThat(attack(List.of(before, round(people)))).isEmpty();
    }

    @Test
    void headCountsDoNotRevealAOnePersonSector() {
        List<Respondent> people = new ArrayList<>();
        people.addAll(RandomRounds.people(3, Sector.NONPROFIT, Role.PARTNER_REPRESENTATIVE, 0));
        people.addAll(RandomRounds.people(3, Sector.BUSINESS, Role.PARTNER_REPRESENTATIVE, 3));
        people.addAll(RandomRounds.people(1, Sector.COMMUNITY, Role.COMMUNITY_MEMBER, 6));
        assertThat(attack(List.of(round(people)))).isEmpty();
    }

    /**
     * Publishes each version of a round in turn, each knowing the respondents of the versions published before it,
     * and lets the attacker combine everything that was published.
     */
    static Optional<String> attack(List<AssessmentInput> versions) {
        AssessmentInput last = versions.get(versions.size() - 1);
        PublishedFigures figures = new PublishedFigures(ADVISOR.knowledge(), last.respondents(), K);
        List<List<Respondent>> published = new ArrayList<>();
        for (AssessmentInput version : versions) {
            publish(version, published).ifPresent(diagnosis -> {
                figures.add(diagnosis, version.respondents());
                published.add(version.respondents());
            });
        }
        return figures.attack();
    }

    /** What the product publishes for a round, given the respondents of its earlier published results. */
    private static Optional<Diagnosis> publish(AssessmentInput input, List<List<Respondent>> earlier) {
        PublicationHistory history = new PublicationHistory(earlier.stream()
                .map(people -> people.stream().map(Respondent::id).collect(Collectors.toSet()))
                .toList());
        try {
            return Optional.of(ADVISOR.diagnose(input, history));
        } catch (WithheldException e) {
            return Optional.empty();
        }
    }

    private static AssessmentInput subset(AssessmentInput input, int size) {
        return round(input.respondents().subList(0, size), input.form());
    }

    private static AssessmentInput round(List<Respondent> people) {
        return round(people, QuestionnaireForm.FULL);
    }

    private static AssessmentInput round(List<Respondent> people, QuestionnaireForm form) {
        return new AssessmentInput(new Partnership("attacked", "Attacked Partnership"), "2026", form,
                PartnershipFacts.none(), people);
    }
}
