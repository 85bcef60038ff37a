package org.partnershiphealth.advisor.scoring;

import org.partnershiphealth.assessment.Answer;
import org.partnershiphealth.assessment.AssessmentInput;
import org.partnershiphealth.assessment.Respondent;
import org.partnershiphealth.assessment.Role;
import org.partnershiphealth.assessment.Sector;
import org.partnershiphealth.diagnosis.Band;
import org.partnershiphealth.diagnosis.GroupDimension;
import org.partnershiphealth.diagnosis.GroupScore;
import org.partnershiphealth.diagnosis.PracticeScore;
import org.partnershiphealth.diagnosis.PrincipleScore;
import org.partnershiphealth.diagnosis.QuestionScore;
import org.partnershiphealth.diagnosis.Scores;
import org.partnershiphealth.knowledge.KnowledgeBase;
import org.partnershiphealth.knowledge.Practice;
import org.partnershiphealth.knowledge.Principle;
import org.partnershiphealth.knowledge.Question;
import org.partnershiphealth.rules.Thresholds;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntPredicate;
import java.util.stream.IntStream;

/**
 * Scores an assessment. Each respondent gets a score per practice (the mean of their answers to its items,
 * reverse items flipped, don't-know left out) and per principle (the mean of their practice scores); the
 * partnership's practice and principle scores are the mean and spread of those respondent scores. Items keep
 * their raw agreement (before flipping) for the anti-pattern rules. The health index maps the mean of the
 * principle means from the 1-5 scale onto 0-100.
 *
 * <p>Stakeholder groups (sector, role) are scored on every principle, practice and item, but shown only where
 * {@link Disclosure} allows: at least k respondents, and never a remainder of fewer than k that subtraction
 * would expose. One pass over the respondents fills running tallies, so a portfolio of thousands scores quickly.
 */
public final class Scorer {

    private final Thresholds thresholds;
    private final List<Question> items;
    private final List<Practice> practices;
    private final List<Principle> principles;
    /** For each practice, the positions in {@link #items} of the items that measure it. */
    private final int[][] itemsOfPractice;
    /** For each principle, the positions in {@link #practices} of its practices. */
    private final int[][] practicesOfPrinciple;
    /** Subject ids in tally order: principles, then practices, then items. */
    private final List<String> subjects = new ArrayList<>();

    public Scorer(KnowledgeBase knowledge, Thresholds thresholds) {
        this.thresholds = thresholds;
        this.items = knowledge.questionnaire().items();
        this.practices = knowledge.practices();
        this.principles = knowledge.principles();
        this.itemsOfPractice = new int[practices.size()][];
        for (int p = 0; p < practices.size(); p++) {
            String id = practices.get(p).id();
            itemsOfPractice[p] = indexesWhere(items.size(), i -> items.get(i).measures(id));
        }
        this.practicesOfPrinciple = new int[principles.size()][];
        for (int p = 0; p < principles.size(); p++) {
            String id = principles.get(p).id();
            practicesOfPrinciple[p] = indexesWhere(practices.size(), i -> practices.get(i).principle().equals(id));
        }
        principles.forEach(p -> subjects.add(p.id()));
        practices.forEach(p -> subjects.add(p.id()));
        items.forEach(q -> subjects.add(q.id()));
    }

    public ScoredAssessment score(AssessmentInput input) {
        int principleOffset = 0;
        int practiceOffset = principles.size();
        int itemOffset = practiceOffset + practices.size();
        Tally[] overall = tallies(subjects.size());
        int[] itemDontKnow = new int[items.size()];
        int[] practiceDontKnow = new int[practices.size()];
        Map<Sector, Tally[]> bySector = new EnumMap<>(Sector.class);
        Map<Role, Tally[]> byRole = new EnumMap<>(Role.class);
        Map<Sector, Integer> sectorCounts = new EnumMap<>(Sector.class);
        for (Sector sector : Sector.values()) {
            sectorCounts.put(sector, 0);
        }
        double[] values = new double[subjects.size()];
        for (Respondent respondent : input.respondents()) {
            Tally[] sector = bySector.computeIfAbsent(respondent.profile().sector(), s -> tallies(subjects.size()));
            Tally[] role = byRole.computeIfAbsent(respondent.profile().role(), r -> tallies(subjects.size()));
            sectorCounts.merge(respondent.profile().sector(), 1, Integer::sum);
            Arrays.fill(values, Double.NaN);
            Answer[] answers = new Answer[items.size()];
            for (int i = 0; i < items.size(); i++) {
                answers[i] = respondent.answers().get(items.get(i).id());
                if (answers[i] != null) {
                    if (answers[i].isDontKnow()) {
                        itemDontKnow[i]++;
                    } else {
                        values[itemOffset + i] = answers[i].value();
                    }
                }
            }
            for (int p = 0; p < practices.size(); p++) {
                double sum = 0;
                int scored = 0;
                int answered = 0;
                for (int i : itemsOfPractice[p]) {
                    if (answers[i] != null) {
                        answered++;
                        if (!answers[i].isDontKnow()) {
                            sum += answers[i].scored(items.get(i).reverse());
                            scored++;
                        }
                    }
                }
                if (scored > 0) {
                    values[practiceOffset + p] = sum / scored;
                } else if (answered > 0) {
                    practiceDontKnow[p]++;
                }
            }
            for (int p = 0; p < principles.size(); p++) {
                double sum = 0;
                int scored = 0;
                for (int practice : practicesOfPrinciple[p]) {
                    if (!Double.isNaN(values[practiceOffset + practice])) {
                        sum += values[practiceOffset + practice];
                        scored++;
                    }
                }
                if (scored > 0) {
                    values[principleOffset + p] = sum / scored;
                }
            }
            for (int s = 0; s < values.length; s++) {
                if (!Double.isNaN(values[s])) {
                    overall[s].add(values[s]);
                    sector[s].add(values[s]);
                    role[s].add(values[s]);
                }
            }
        }

        List<QuestionScore> questionScores = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            Stats stats = overall[itemOffset + i].stats();
            if (stats.n() + itemDontKnow[i] > 0) {
                questionScores.add(new QuestionScore(items.get(i).id(), stats.mean(), stats.deviation(), stats.n(),
                        itemDontKnow[i]));
            }
        }
        List<PracticeScore> practiceScores = new ArrayList<>();
        for (int p = 0; p < practices.size(); p++) {
            Stats stats = overall[practiceOffset + p].stats();
            int dontKnow = practiceDontKnow[p];
            if (stats.n() + dontKnow > 0) {
                practiceScores.add(new PracticeScore(practices.get(p).id(), stats.mean(), stats.deviation(), stats.n(),
                        dontKnow, Stats.round((double) dontKnow / (stats.n() + dontKnow)), band(stats.mean())));
            }
        }
        List<PrincipleScore> principleScores = new ArrayList<>();
        Tally principleMeans = new Tally();
        for (int p = 0; p < principles.size(); p++) {
            Stats stats = overall[principleOffset + p].stats();
            if (stats.n() > 0) {
                principleScores.add(new PrincipleScore(principles.get(p).id(), stats.mean(), stats.deviation(),
                        stats.n(), band(stats.mean())));
                principleMeans.add(stats.mean());
            }
        }
        double overallMean = principleMeans.n() == 0 ? 0 : principleMeans.stats().mean();
        double healthIndex = principleMeans.n() == 0 ? 0 : Math.round((overallMean - 1) / 4 * 1000) / 10.0;

        List<GroupScore> groups = new ArrayList<>(shown(GroupDimension.SECTOR, bySector));
        groups.addAll(shown(GroupDimension.ROLE, byRole));
        Scores scores = new Scores(input.respondents().size(), questionScores, practiceScores, principleScores, groups,
                healthIndex, band(overallMean));
        return new ScoredAssessment(scores, sectorCounts);
    }

    private <E extends Enum<E>> List<GroupScore> shown(GroupDimension dimension, Map<E, Tally[]> tallies) {
        List<GroupScore> shown = new ArrayList<>();
        for (int s = 0; s < subjects.size(); s++) {
            Map<String, Integer> sizes = new LinkedHashMap<>();
            for (Map.Entry<E, Tally[]> group : tallies.entrySet()) {
                if (group.getValue()[s].n() > 0) {
                    sizes.put(group.getKey().name(), group.getValue()[s].n());
                }
            }
            for (String group : Disclosure.shownGroups(sizes, thresholds.minGroupSize())) {
                Tally[] tally = tallies.entrySet().stream().filter(e -> e.getKey().name().equals(group))
                        .findFirst().orElseThrow().getValue();
                Stats stats = tally[s].stats();
                shown.add(new GroupScore(dimension, group, subjects.get(s), stats.mean(), stats.deviation(), stats.n()));
            }
        }
        return shown;
    }

    private static Tally[] tallies(int size) {
        Tally[] tallies = new Tally[size];
        for (int i = 0; i < size; i++) {
            tallies[i] = new Tally();
        }
        return tallies;
    }

    private static int[] indexesWhere(int size, IntPredicate test) {
        return IntStream.range(0, size).filter(test).toArray();
    }

    private Band band(double mean) {
        return mean >= thresholds.strengthAtLeast() ? Band.STRENGTH
                : mean >= thresholds.concernBelow() ? Band.WATCH : Band.CONCERN;
    }
}
