package org.partnershiphealth.advisor.scoring;

import org.partnershiphealth.assessment.Answer;
import org.partnershiphealth.assessment.AssessmentInput;
import org.partnershiphealth.assessment.Respondent;
import org.partnershiphealth.assessment.Sector;
import org.partnershiphealth.diagnosis.Band;
import org.partnershiphealth.diagnosis.GroupDimension;
import org.partnershiphealth.diagnosis.GroupScore;
import org.partnershiphealth.diagnosis.PracticeScore;
import org.partnershiphealth.diagnosis.PrincipleScore;
import org.partnershiphealth.diagnosis.QuestionScore;
import org.partnershiphealth.diagnosis.Scores;
import org.partnershiphealth.disclosure.DisclosurePolicy;
import org.partnershiphealth.disclosure.Group;
import org.partnershiphealth.disclosure.PublicationHistory;
import org.partnershiphealth.disclosure.Roster;
import org.partnershiphealth.knowledge.KnowledgeBase;
import org.partnershiphealth.knowledge.Practice;
import org.partnershiphealth.knowledge.Principle;
import org.partnershiphealth.knowledge.Question;
import org.partnershiphealth.rules.Thresholds;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntPredicate;
import java.util.stream.IntStream;

/**
 * Scores an assessment. An item's score is the mean agreement of those who answered it (don't-know left out),
 * kept before flipping for the anti-pattern rules; a practice's score is the mean of its items' means (reverse
 * items flipped), a principle's the mean of its practices' scores, and the health index maps the mean of the
 * principle scores from the 1-5 scale onto 0-100. Spreads are per person: each respondent's practice score is the
 * mean of their own answers to its items, their principle score the mean of their practice scores, and a spread is
 * the standard deviation of those. Without "don't know" both ways give the same means.
 *
 * <p>Stakeholder groups (sector, role) are tallied on every principle, practice and item, but a total or a group
 * figure is published only where the {@link DisclosurePolicy} allows it ({@link Publication} asks it for each
 * quantity). One pass over the respondents fills running tallies, so a portfolio of thousands scores quickly.
 */
public final class Scorer {

    private final Thresholds thresholds;
    private final DisclosurePolicy policy;
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
        this(knowledge, thresholds, DisclosurePolicy.withK(thresholds.minGroupSize()));
    }

    public Scorer(KnowledgeBase knowledge, Thresholds thresholds, DisclosurePolicy policy) {
        this.thresholds = thresholds;
        this.policy = policy;
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

    /** Scores a round published for the first time, under the anonymity policy. */
    public ScoredAssessment score(AssessmentInput input) {
        return score(input, PublicationHistory.none(), false);
    }

    /**
     * Scores a round. Under the anonymity policy every total and group figure is published only where the
     * {@link DisclosurePolicy} allows it, judged together with the round's earlier published results; for a
     * self-assessment (fewer than k people, on request) totals are published and no group is.
     */
    public ScoredAssessment score(AssessmentInput input, PublicationHistory history, boolean selfAssessment) {
        int practiceOffset = principles.size();
        int itemOffset = practiceOffset + practices.size();
        Tally[] overall = tallies(subjects.size());
        int[] itemDontKnow = new int[items.size()];
        int[] practiceDontKnow = new int[practices.size()];
        Map<Group, Tally[]> byGroup = new HashMap<>();
        Map<Sector, Integer> sectorCounts = new EnumMap<>(Sector.class);
        for (Sector sector : Sector.values()) {
            sectorCounts.put(sector, 0);
        }
        Roster roster = new Roster(Publication.DIMENSIONS);
        BitSet[] answered = new BitSet[subjects.size()];
        Arrays.setAll(answered, s -> new BitSet());
        double[] values = new double[subjects.size()];
        for (Respondent respondent : input.respondents()) {
            int position = roster.add(respondent.profile().sector().name(), respondent.profile().role().name());
            Tally[] sector = byGroup.computeIfAbsent(Publication.group(GroupDimension.SECTOR,
                    respondent.profile().sector().name()), g -> tallies(subjects.size()));
            Tally[] role = byGroup.computeIfAbsent(Publication.group(GroupDimension.ROLE,
                    respondent.profile().role().name()), g -> tallies(subjects.size()));
            sectorCounts.merge(respondent.profile().sector(), 1, Integer::sum);
            respondentValues(respondent, values, itemDontKnow, practiceDontKnow);
            for (int s = 0; s < values.length; s++) {
                if (!Double.isNaN(values[s])) {
                    overall[s].add(values[s]);
                    sector[s].add(values[s]);
                    role[s].add(values[s]);
                    answered[s].set(position);
                }
            }
        }

        Publication publication = selfAssessment ? Publication.selfAssessment(answered)
                : Publication.anonymous(policy, roster, input.respondents(), history, answered);

        double[] means = publishedMeans(overall, publication::totalShown);
        List<QuestionScore> questionScores = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            Stats stats = overall[itemOffset + i].stats();
            if (!Double.isNaN(means[itemOffset + i])) {
                questionScores.add(new QuestionScore(items.get(i).id(), stats.mean(), stats.deviation(), stats.n(),
                        itemDontKnow[i]));
            }
        }
        List<PracticeScore> practiceScores = new ArrayList<>();
        for (int p = 0; p < practices.size(); p++) {
            Stats stats = overall[practiceOffset + p].stats();
            int dontKnow = practiceDontKnow[p];
            double mean = means[practiceOffset + p];
            if (!Double.isNaN(mean)) {
                practiceScores.add(new PracticeScore(practices.get(p).id(), mean, stats.deviation(), stats.n(),
                        dontKnow, Stats.round((double) dontKnow / (stats.n() + dontKnow)), band(mean)));
            }
        }
        List<PrincipleScore> principleScores = new ArrayList<>();
        Tally principleMeans = new Tally();
        for (int p = 0; p < principles.size(); p++) {
            Stats stats = overall[p].stats();
            if (!Double.isNaN(means[p])) {
                principleScores.add(new PrincipleScore(principles.get(p).id(), means[p], stats.deviation(),
                        stats.n(), band(means[p])));
                principleMeans.add(means[p]);
            }
        }
        double overallMean = principleMeans.n() == 0 ? 0 : principleMeans.stats().mean();
        double healthIndex = principleMeans.n() == 0 ? 0 : Math.round((overallMean - 1) / 4 * 1000) / 10.0;

        List<GroupScore> groups = new ArrayList<>();
        List<Group> tallied = byGroup.keySet().stream()
                .sorted(Comparator.comparing((Group g) -> GroupDimension.valueOf(g.dimension()))
                        .thenComparing(Group::value))
                .toList();
        for (Group group : tallied) {
            double[] groupMeans = publishedMeans(byGroup.get(group), s -> publication.groups(s).contains(group));
            for (int s = 0; s < subjects.size(); s++) {
                if (!Double.isNaN(groupMeans[s])) {
                    Stats stats = byGroup.get(group)[s].stats();
                    groups.add(new GroupScore(GroupDimension.valueOf(group.dimension()), group.value(),
                            subjects.get(s), groupMeans[s], stats.deviation(), stats.n()));
                }
            }
        }
        Scores scores = new Scores(input.respondents().size(), questionScores, practiceScores, principleScores, groups,
                healthIndex, band(overallMean));
        return new ScoredAssessment(scores, sectorCounts, publication.groupCounts(), publication.groupsHeldBack(),
                publication.scoresWithheld());
    }

    /**
     * The means that may be published, in tally order (NaN where none may be): an item's mean where its figure is
     * shown; a practice's as the mean of its shown items' means (reverse items flipped), and a principle's as the
     * mean of its practices' means, each only where that figure is shown too. Deriving practice and principle means
     * from the published item means, rather than averaging each person's own practice score, keeps them from
     * adding anything an attacker could combine: a person who answered "don't know" to one item of a practice would
     * otherwise weigh differently in the practice than in its items, and subtracting the items from the practice
     * would single that person out. Spreads and counts stay per person.
     */
    private double[] publishedMeans(Tally[] tallies, IntPredicate shown) {
        int practiceOffset = principles.size();
        int itemOffset = practiceOffset + practices.size();
        double[] means = new double[subjects.size()];
        Arrays.fill(means, Double.NaN);
        for (int i = 0; i < items.size(); i++) {
            if (shown.test(itemOffset + i) && tallies[itemOffset + i].n() > 0) {
                means[itemOffset + i] = tallies[itemOffset + i].stats().mean();
            }
        }
        for (int p = 0; p < practices.size(); p++) {
            if (shown.test(practiceOffset + p)) {
                Tally itemMeans = new Tally();
                for (int i : itemsOfPractice[p]) {
                    double mean = means[itemOffset + i];
                    if (!Double.isNaN(mean)) {
                        itemMeans.add(items.get(i).reverse() ? Answer.MIN + Answer.MAX - mean : mean);
                    }
                }
                means[practiceOffset + p] = itemMeans.n() == 0 ? Double.NaN : itemMeans.stats().mean();
            }
        }
        for (int p = 0; p < principles.size(); p++) {
            if (shown.test(p)) {
                Tally practiceMeans = new Tally();
                for (int practice : practicesOfPrinciple[p]) {
                    if (!Double.isNaN(means[practiceOffset + practice])) {
                        practiceMeans.add(means[practiceOffset + practice]);
                    }
                }
                means[p] = practiceMeans.n() == 0 ? Double.NaN : practiceMeans.stats().mean();
            }
        }
        return means;
    }

    /**
     * One respondent's values in tally order (NaN where they have none): items as answered, practices as the mean
     * of their scored items, principles as the mean of their practice values. Counts don't-know answers on the way.
     */
    private void respondentValues(Respondent respondent, double[] values, int[] itemDontKnow, int[] practiceDontKnow) {
        int practiceOffset = principles.size();
        int itemOffset = practiceOffset + practices.size();
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
            int answeredItems = 0;
            for (int i : itemsOfPractice[p]) {
                if (answers[i] != null) {
                    answeredItems++;
                    if (!answers[i].isDontKnow()) {
                        sum += answers[i].scored(items.get(i).reverse());
                        scored++;
                    }
                }
            }
            if (scored > 0) {
                values[practiceOffset + p] = sum / scored;
            } else if (answeredItems > 0) {
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
                values[p] = sum / scored;
            }
        }
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
