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
import org.partnershiphealth.knowledge.KnowledgeBase;
import org.partnershiphealth.knowledge.Practice;
import org.partnershiphealth.knowledge.Principle;
import org.partnershiphealth.knowledge.Question;
import org.partnershiphealth.rules.Thresholds;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Scores an assessment. Each respondent gets a score per practice (the mean of their answers to its items,
 * reverse items flipped, don't-know left out) and per principle (the mean of their practice scores); the
 * partnership's practice and principle scores are the mean and spread of those respondent scores. The health
 * index maps the mean of the principle means from the 1-5 scale onto 0-100.
 *
 * <p>Stakeholder groups are scored only where they have at least k respondents, and a shown group is withheld
 * as well when the respondents left over (everyone minus the shown groups) would be fewer than k, so nobody can
 * recover a small group by subtraction.
 */
public final class Scorer {

    private final KnowledgeBase knowledge;
    private final Thresholds thresholds;
    private final Map<String, List<Question>> itemsByPractice = new LinkedHashMap<>();

    public Scorer(KnowledgeBase knowledge, Thresholds thresholds) {
        this.knowledge = knowledge;
        this.thresholds = thresholds;
        knowledge.practices().forEach(p -> itemsByPractice.put(p.id(), knowledge.questionsFor(p.id())));
    }

    public ScoredAssessment score(AssessmentInput input) {
        List<Respondent> respondents = input.respondents();
        List<Map<String, Double>> practiceScores = respondents.stream().map(this::practiceScores).toList();
        List<Map<String, Double>> principleScores = practiceScores.stream().map(this::principleScores).toList();

        List<QuestionScore> questions = new ArrayList<>();
        for (Question question : knowledge.questionnaire().items()) {
            Stats agreement = Stats.of(respondents.stream().map(r -> r.answers().get(question.id()))
                    .filter(a -> a != null && !a.isDontKnow()).map(a -> (double) a.value()).toList());
            int dontKnow = (int) respondents.stream().map(r -> r.answers().get(question.id()))
                    .filter(a -> a != null && a.isDontKnow()).count();
            if (agreement.n() + dontKnow > 0) {
                questions.add(new QuestionScore(question.id(), agreement.mean(), agreement.deviation(), agreement.n(),
                        dontKnow));
            }
        }
        List<PracticeScore> practices = new ArrayList<>();
        for (Practice practice : knowledge.practices()) {
            Stats stats = Stats.of(column(practiceScores, practice.id()));
            int dontKnow = (int) respondents.stream().filter(r -> onlyDontKnow(r, practice.id())).count();
            if (stats.n() + dontKnow > 0) {
                double share = Stats.round((double) dontKnow / (stats.n() + dontKnow));
                practices.add(new PracticeScore(practice.id(), stats.mean(), stats.deviation(), stats.n(), dontKnow,
                        share, band(stats.mean())));
            }
        }
        List<PrincipleScore> principles = new ArrayList<>();
        for (Principle principle : knowledge.principles()) {
            Stats stats = Stats.of(column(principleScores, principle.id()));
            if (stats.n() > 0) {
                principles.add(new PrincipleScore(principle.id(), stats.mean(), stats.deviation(), stats.n(),
                        band(stats.mean())));
            }
        }
        double overall = Stats.of(principles.stream().map(PrincipleScore::mean).toList()).mean();
        double healthIndex = principles.isEmpty() ? 0 : Math.round((overall - 1) / 4 * 1000) / 10.0;

        List<GroupScore> groups = new ArrayList<>();
        groups.addAll(groupScores(GroupDimension.SECTOR, r -> r.profile().sector().name(), respondents,
                practiceScores, principleScores));
        groups.addAll(groupScores(GroupDimension.ROLE, r -> r.profile().role().name(), respondents,
                practiceScores, principleScores));

        Map<Sector, Integer> bySector = new EnumMap<>(Sector.class);
        for (Sector sector : Sector.values()) {
            bySector.put(sector, (int) respondents.stream().filter(r -> r.profile().sector() == sector).count());
        }
        Scores scores = new Scores(respondents.size(), questions, practices, principles, groups, healthIndex,
                band(overall));
        return new ScoredAssessment(scores, bySector);
    }

    private Map<String, Double> practiceScores(Respondent respondent) {
        Map<String, Double> scores = new LinkedHashMap<>();
        for (Practice practice : knowledge.practices()) {
            List<Double> items = new ArrayList<>();
            for (Question question : itemsByPractice.get(practice.id())) {
                Answer answer = respondent.answers().get(question.id());
                if (answer != null && !answer.isDontKnow()) {
                    items.add((double) answer.scored(question.reverse()));
                }
            }
            if (!items.isEmpty()) {
                scores.put(practice.id(), items.stream().mapToDouble(Double::doubleValue).average().orElseThrow());
            }
        }
        return scores;
    }

    private Map<String, Double> principleScores(Map<String, Double> practiceScores) {
        Map<String, Double> scores = new LinkedHashMap<>();
        for (Principle principle : knowledge.principles()) {
            List<Double> values = knowledge.practicesOf(principle.id()).stream()
                    .map(practice -> practiceScores.get(practice.id())).filter(v -> v != null).toList();
            if (!values.isEmpty()) {
                scores.put(principle.id(), values.stream().mapToDouble(Double::doubleValue).average().orElseThrow());
            }
        }
        return scores;
    }

    /** Answered some of the practice's items, all with "don't know". */
    private boolean onlyDontKnow(Respondent respondent, String practiceId) {
        List<Answer> answers = itemsByPractice.get(practiceId).stream()
                .map(q -> respondent.answers().get(q.id())).filter(a -> a != null).toList();
        return !answers.isEmpty() && answers.stream().allMatch(Answer::isDontKnow);
    }

    private List<GroupScore> groupScores(GroupDimension dimension, Function<Respondent, String> groupOf,
                                         List<Respondent> respondents, List<Map<String, Double>> practiceScores,
                                         List<Map<String, Double>> principleScores) {
        List<GroupScore> shown = new ArrayList<>();
        List<String> subjects = new ArrayList<>();
        knowledge.principles().forEach(p -> subjects.add(p.id()));
        knowledge.practices().forEach(p -> subjects.add(p.id()));
        knowledge.questionnaire().items().forEach(q -> subjects.add(q.id()));
        for (String subject : subjects) {
            Map<String, List<Double>> values = new LinkedHashMap<>();
            for (int i = 0; i < respondents.size(); i++) {
                Double value = valueOf(subject, respondents.get(i), practiceScores.get(i), principleScores.get(i));
                if (value != null) {
                    values.computeIfAbsent(groupOf.apply(respondents.get(i)), g -> new ArrayList<>()).add(value);
                }
            }
            int total = values.values().stream().mapToInt(List::size).sum();
            for (String group : Disclosure.shownGroups(values, total, thresholds.minGroupSize())) {
                Stats stats = Stats.of(values.get(group));
                shown.add(new GroupScore(dimension, group, subject, stats.mean(), stats.deviation(), stats.n()));
            }
        }
        return shown;
    }

    private static Double valueOf(String subject, Respondent respondent, Map<String, Double> practices,
                                  Map<String, Double> principles) {
        if (subject.startsWith("PR")) {
            return practices.get(subject);
        }
        if (subject.startsWith("P")) {
            return principles.get(subject);
        }
        Answer answer = respondent.answers().get(subject);
        return answer == null || answer.isDontKnow() ? null : (double) answer.value();
    }

    private static List<Double> column(List<Map<String, Double>> rows, String key) {
        return rows.stream().map(row -> row.get(key)).filter(v -> v != null).toList();
    }

    private Band band(double mean) {
        return mean >= thresholds.strengthAtLeast() ? Band.STRENGTH
                : mean >= thresholds.concernBelow() ? Band.WATCH : Band.CONCERN;
    }
}
