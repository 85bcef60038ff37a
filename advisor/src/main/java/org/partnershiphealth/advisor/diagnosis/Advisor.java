package org.partnershiphealth.advisor.diagnosis;

import org.partnershiphealth.advisor.intake.Intake;
import org.partnershiphealth.advisor.intake.IntakeProblem;
import org.partnershiphealth.advisor.scoring.ScoredAssessment;
import org.partnershiphealth.advisor.scoring.Scorer;
import org.partnershiphealth.assessment.AssessmentInput;
import org.partnershiphealth.diagnosis.Diagnosis;
import org.partnershiphealth.diagnosis.Finding;
import org.partnershiphealth.knowledge.KnowledgeBase;
import org.partnershiphealth.rules.RuleBook;
import org.partnershiphealth.rules.RuleInput;

import java.util.List;

/**
 * The advisor's main job in one call: score the survey, run the rule base, and plan the next 90 days.
 * Thread-safe; build one and reuse it.
 */
public final class Advisor {

    private final KnowledgeBase knowledge;
    private final RuleBook rules;
    private final Scorer scorer;
    private final Planner planner;

    public Advisor(RuleBook rules) {
        this.knowledge = rules.knowledge();
        this.rules = rules;
        this.scorer = new Scorer(knowledge, rules.thresholds());
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

    public Diagnosis diagnose(Intake intake) {
        List<String> skipped = intake.skipped().stream().map(IntakeProblem::toString).toList();
        return diagnose(intake.input(), intake.skippedRespondents(), skipped);
    }

    public Diagnosis diagnose(AssessmentInput input) {
        return diagnose(input, 0, List.of());
    }

    private Diagnosis diagnose(AssessmentInput input, int skippedRespondents, List<String> skippedReasons) {
        ScoredAssessment scored = scorer.score(input);
        List<Finding> findings = rules.evaluate(new RuleInput(scored.scores(), input.facts(),
                scored.respondentsBySector()));
        Planner.Plan plan = planner.plan(findings, scored.scores());
        List<String> fired = findings.stream().map(Finding::ruleId).distinct().sorted().toList();
        Diagnosis.Method method = new Diagnosis.Method(knowledge.version(), rules.thresholds().minGroupSize(),
                rules.thresholds().strengthAtLeast(), rules.thresholds().concernBelow(), input.respondents().size(),
                skippedRespondents, skippedReasons, fired);
        return new Diagnosis(input.partnership(), input.period(), input.form(), scored.scores(), findings,
                plan.focus(), plan.notNow(), comments(input), method);
    }
}
