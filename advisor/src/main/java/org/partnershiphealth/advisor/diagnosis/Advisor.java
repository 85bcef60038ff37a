package org.partnershiphealth.advisor.diagnosis;

import org.partnershiphealth.advisor.intake.Intake;
import org.partnershiphealth.advisor.intake.IntakeProblem;
import org.partnershiphealth.advisor.scoring.ScoredAssessment;
import org.partnershiphealth.advisor.scoring.Scorer;
import org.partnershiphealth.assessment.AssessmentInput;
import org.partnershiphealth.assessment.Respondent;
import org.partnershiphealth.diagnosis.Commitment;
import org.partnershiphealth.diagnosis.Diagnosis;
import org.partnershiphealth.diagnosis.Finding;
import org.partnershiphealth.diagnosis.QuestionScore;
import org.partnershiphealth.diagnosis.Scores;
import org.partnershiphealth.disclosure.DisclosurePolicy;
import org.partnershiphealth.disclosure.PublicationHistory;
import org.partnershiphealth.disclosure.WithheldException;
import org.partnershiphealth.knowledge.AntiPattern;
import org.partnershiphealth.knowledge.KnowledgeBase;
import org.partnershiphealth.rules.RuleBook;
import org.partnershiphealth.rules.RuleInput;
import org.partnershiphealth.rules.TrendInput;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The advisor's main job in one call: score the survey, run the rule base, and plan the next 90 days.
 * Thread-safe; build one and reuse it.
 */
public final class Advisor {

    private final KnowledgeBase knowledge;
    private final RuleBook rules;
    private final Scorer scorer;
    private final Planner planner;
    private final DisclosurePolicy disclosure;

    /** The advisor with the default disclosure policy: k from the thresholds, comments from 5 respondents. */
    public Advisor(RuleBook rules) {
        this(rules, DisclosurePolicy.withK(rules.thresholds().minGroupSize()));
    }

    public Advisor(RuleBook rules, DisclosurePolicy disclosure) {
        if (disclosure.k() != rules.thresholds().minGroupSize()) {
            throw new IllegalArgumentException("The rules' anonymity limit (" + rules.thresholds().minGroupSize()
                    + ") and the disclosure policy's k (" + disclosure.k() + ") must agree");
        }
        this.knowledge = rules.knowledge();
        this.rules = rules;
        this.disclosure = disclosure;
        this.scorer = new Scorer(knowledge, rules.thresholds(), disclosure);
        this.planner = new Planner(knowledge);
    }

    public static Advisor withShippedRules() {
        return new Advisor(RuleBook.load());
    }

    public KnowledgeBase knowledge() {
        return knowledge;
    }

    public RuleBook rules() {
        return rules;
    }

    public DisclosurePolicy disclosure() {
        return disclosure;
    }

    private List<Diagnosis.Comment> comments(AssessmentInput input) {
        return knowledge.questionnaire().open().stream()
                .map(open -> new Diagnosis.Comment(open.id(), open.text(), input.respondents().stream()
                        .map(respondent -> respondent.openAnswers().get(open.id()))
                        .filter(answer -> answer != null && !answer.isBlank())
                        .map(String::strip)
                        .sorted()
                        .toList()))
                .filter(comment -> !comment.answers().isEmpty())
                .toList();
    }

    /** A survey file's diagnosis, published under the anonymity policy (refused below k respondents). */
    /** Each commenting respondent's comments as one text. */
    private static List<String> writtenComments(AssessmentInput input) {
        return input.respondents().stream()
                .map(respondent -> String.join(" ", respondent.openAnswers().values()).strip())
                .filter(text -> !text.isEmpty())
                .toList();
    }

    /** For each anti-pattern with phrases, how many commenting respondents used one of them. */
    private Map<String, Integer> mentions(List<String> comments) {
        Map<String, Integer> mentions = new HashMap<>();
        for (AntiPattern antiPattern : knowledge.antiPatterns()) {
            int count = (int) comments.stream().filter(antiPattern.detection()::mentionedIn).count();
            if (count > 0) {
                mentions.put(antiPattern.id(), count);
            }
        }
        return mentions;
    }

    /** Anti-patterns none of whose statements has a published score: this survey could not see them. */
    private List<String> notAssessed(Scores scores) {
        Set<String> scored = scores.questions().stream().map(QuestionScore::questionId).collect(Collectors.toSet());
        return knowledge.antiPatterns().stream()
                .filter(antiPattern -> antiPattern.detection().questions().stream().noneMatch(scored::contains))
                .map(AntiPattern::id)
                .toList();
    }

    public Diagnosis diagnose(Intake intake) {
        return diagnose(intake, false);
    }

    /**
     * A survey file's diagnosis. With {@code selfAssessment}, a file of fewer than k respondents is diagnosed
     * anyway as their own, non-anonymous view (no groups, every page says so); from k respondents on the
     * anonymity policy applies as usual.
     *
     * @throws WithheldException when the results may not be published
     */
    public Diagnosis diagnose(Intake intake, boolean selfAssessment) {
        List<String> skipped = intake.skipped().stream().map(IntakeProblem::toString).toList();
        AssessmentInput input = intake.input();
        boolean own = selfAssessment && !input.respondents().isEmpty()
                && input.respondents().size() < disclosure.k();
        return diagnose(input, PublicationHistory.none(), own, intake.skippedRespondents(), skipped,
                intake.leftOutDescribed());
    }

    /** A round published for the first time, under the anonymity policy. */
    public Diagnosis diagnose(AssessmentInput input) {
        return diagnose(input, PublicationHistory.none());
    }

    /**
     * A round's diagnosis, judged together with its earlier published results, so that comparing them singles
     * nobody out.
     *
     * @throws WithheldException when the results may not be published (yet)
     */
    public Diagnosis diagnose(AssessmentInput input, PublicationHistory history) {
        return diagnose(input, history, List.of());
    }

    /**
     * As {@link #diagnose(AssessmentInput, PublicationHistory)}, with the rows of imported exports that were no
     * respondent ("1 × Qualtrics survey preview") recorded in the method.
     */
    public Diagnosis diagnose(AssessmentInput input, PublicationHistory history, List<String> rowsLeftOut) {
        return diagnose(input, history, rowsLeftOut, Earlier.NONE);
    }

    /**
     * As {@link #diagnose(AssessmentInput, PublicationHistory, List)}, judged also against the partnership's
     * earlier rounds: the trend rules escalate a failure pattern that persists, flag a practice that keeps
     * falling, and say when work reported done did not move its practice; the plan weighs those findings too.
     */
    public Diagnosis diagnose(AssessmentInput input, PublicationHistory history, List<String> rowsLeftOut,
                              Earlier earlier) {
        return diagnose(input, history, false, 0, List.of(), rowsLeftOut, earlier);
    }

    /**
     * A partnership's earlier rounds with published results, oldest first, and the commitments it made on the
     * plan of the last of them.
     */
    public record Earlier(List<Diagnosis> rounds, List<Commitment> commitments) {

        public static final Earlier NONE = new Earlier(List.of(), List.of());

        public Earlier {
            rounds = List.copyOf(rounds);
            commitments = List.copyOf(commitments);
        }
    }

    private Diagnosis diagnose(AssessmentInput input, PublicationHistory history, boolean selfAssessment,
                               int skippedRespondents, List<String> skippedReasons, List<String> rowsLeftOut) {
        return diagnose(input, history, selfAssessment, skippedRespondents, skippedReasons, rowsLeftOut, Earlier.NONE);
    }

    private Diagnosis diagnose(AssessmentInput input, PublicationHistory history, boolean selfAssessment,
                               int skippedRespondents, List<String> skippedReasons, List<String> rowsLeftOut,
                               Earlier earlier) {
        int n = input.respondents().size();
        if (!selfAssessment) {
            disclosure.requirePublishable(input.respondents().stream().map(Respondent::id)
                    .collect(Collectors.toSet()), history);
        }
        ScoredAssessment scored = scorer.score(input, history, selfAssessment);
        boolean commentsShown = selfAssessment || disclosure.commentsPublishable(n);
        List<String> written = commentsShown ? writtenComments(input) : List.of();
        List<Finding> roundFindings = rules.evaluate(new RuleInput(scored.scores(), input.facts(),
                scored.respondentsBySector(), written.size(), mentions(written)));
        List<Finding> findings = new ArrayList<>(roundFindings);
        findings.addAll(rules.evaluateTrends(new TrendInput(earlier.rounds(), scored.scores(), input.period(),
                roundFindings, earlier.commitments())));
        Planner.Plan plan = planner.plan(findings, scored.scores(), input.facts());
        List<String> fired = findings.stream().map(Finding::ruleId).distinct().sorted().toList();
        Diagnosis.Method method = new Diagnosis.Method(knowledge.version(), rules.thresholds().minGroupSize(),
                rules.thresholds().strengthAtLeast(), rules.thresholds().concernBelow(), n,
                skippedRespondents, skippedReasons, fired, notAssessed(scored.scores()),
                rules.notApplicable(input.facts()), plan.actionsLeftOut(), null, rowsLeftOut);
        Diagnosis.Disclosure published = new Diagnosis.Disclosure(
                selfAssessment ? Diagnosis.Disclosure.Status.SELF_ASSESSMENT : Diagnosis.Disclosure.Status.ANONYMOUS,
                disclosure.commentThreshold(), scored.groupCounts(), scored.groupsHeldBack(), scored.scoresWithheld(),
                !commentsShown);
        return new Diagnosis(input.partnership(), input.period(), input.form(), scored.scores(), findings,
                plan.focus(), plan.notNow(), commentsShown ? comments(input) : List.of(), method, published,
                FollowUps.of(earlier, scored.scores()));
    }
}
