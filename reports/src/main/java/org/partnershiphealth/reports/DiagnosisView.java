package org.partnershiphealth.reports;

import org.partnershiphealth.diagnosis.Diagnosis;
import org.partnershiphealth.diagnosis.Finding;
import org.partnershiphealth.diagnosis.FindingKind;
import org.partnershiphealth.knowledge.KnowledgeBase;

import java.util.Comparator;
import java.util.List;

/**
 * What the diagnosis templates show, sorted and labelled once here so the templates stay plain: findings by
 * kind (strengths first, strongest first; problems most severe first), a readable subject for each finding, and
 * what the disclosure policy published and withheld, in plain words (from {@link ReportText}).
 */
public final class DiagnosisView {

    private final Diagnosis diagnosis;
    private final KnowledgeBase knowledge;
    private final ReportText text;

    private final PlainEvidence plain;
    private Story story;

    DiagnosisView(Diagnosis diagnosis, KnowledgeBase knowledge, ReportText text) {
        this.diagnosis = diagnosis;
        this.knowledge = knowledge;
        this.text = text;
        this.plain = new PlainEvidence(knowledge, text);
    }

    /** The short story that opens the report, from the knowledge base's sentence templates. */
    public Story story() {
        if (story == null) {
            story = Story.of(diagnosis, knowledge);
        }
        return story;
    }

    /** Evidence in words for the main text; the appendix keeps the exact comparisons. */
    public List<String> plain(List<org.partnershiphealth.diagnosis.Evidence> evidence) {
        java.util.Set<String> subjects = new java.util.HashSet<>();
        return evidence.stream().filter(e -> subjects.add(e.subject())).map(plain::describe).distinct().toList();
    }

    /** A finding's name in words: the anti-pattern's name, or the practice's or principle's. */
    public String name(Finding finding) {
        if (finding.antiPatternId() != null) {
            return knowledge.antiPattern(finding.antiPatternId()).name();
        }
        String subject = subject(finding);
        return subject.substring(subject.indexOf(' ') + 1);
    }

    /** Every finding other than strengths, for the appendix of figures. */
    public List<Finding> detailed() {
        return diagnosis.findings().stream().filter(f -> f.kind() != FindingKind.STRENGTH).toList();
    }

    public record GroupCount(String dimension, String group, int respondents) {
    }

    public List<Finding> strengths() {
        return of(FindingKind.STRENGTH);
    }

    /** Anti-patterns the evidence establishes: corroborated, so they may drive the plan. */
    public List<Finding> antiPatterns() {
        return of(FindingKind.ANTI_PATTERN).stream().filter(Finding::asserted).toList();
    }

    /** Anti-patterns seen on thin evidence: a question for the consultant to ask, never an action yet. */
    public List<Finding> toVerify() {
        return of(FindingKind.ANTI_PATTERN).stream().filter(f -> !f.asserted()).toList();
    }

    /** Anti-patterns this survey could not check (none of their statements has a published score), by name. */
    public List<String> notAssessed() {
        return diagnosis.method().antiPatternsNotAssessed().stream()
                .map(id -> knowledge.antiPattern(id).name())
                .toList();
    }

    /** A group in words, e.g. "nonprofits" for SECTOR:NONPROFIT. */
    public String groupName(String label) {
        return text.group(label);
    }

    /** The groups a divergence compares, in words with their sizes: "nonprofits (9) vs businesses (9)". */
    public String groupsOf(Finding finding) {
        return finding.groups().stream()
                .map(label -> finding.evidence().stream()
                        .filter(e -> e.subject().endsWith(", " + label) && e.answered() != null)
                        .map(e -> text.t("diagnosis.groupSize", groupName(label), e.answered())).findFirst()
                        .orElse(groupName(label)))
                .reduce((left, right) -> text.t("diagnosis.groupsVersus", left, right)).orElse("");
    }

    /** Checks the partnership's context rules out, each as "Name: reason". */
    public List<String> notApplicable() {
        return diagnosis.method().notApplicable().stream()
                .map(skipped -> text.t("diagnosis.notApplicableLine",
                        knowledge.antiPattern(skipped.antiPatternId()).name(), skipped.reason()))
                .toList();
    }

    /** Practice steps the partnership's context rules out, each as "PR21 Title: the step (reason)". */
    public List<String> actionsLeftOut() {
        return diagnosis.method().actionsLeftOut().stream()
                .map(left -> text.format("diagnosis.actionLeftOutLine", left.practiceId(),
                        knowledge.practice(left.practiceId()).title(), left.action(), left.reason()))
                .toList();
    }

    /** When a step starts and who drives it, e.g. "Weeks 1–4 · Backbone lead"; empty for steps stored without them. */
    public String stepMeta(org.partnershiphealth.diagnosis.Step step) {
        if (step.weeks() == null || step.owner() == null) {
            return "";
        }
        return text.t("diagnosis.stepMeta", step.weeks().label(), step.owner().label());
    }

    /** How many anti-patterns this survey could check. */
    public int assessable() {
        return knowledge.antiPatterns().size() - diagnosis.method().antiPatternsNotAssessed().size();
    }

    /** The question to ask about an anti-pattern seen on thin evidence. */
    public String verifyQuestion(Finding finding) {
        return knowledge.antiPattern(finding.antiPatternId()).detection().verify();
    }

    public List<Finding> gaps() {
        return of(FindingKind.GAP);
    }

    public List<Finding> divergences() {
        return of(FindingKind.DIVERGENCE);
    }

    /** What changed across the partnership's rounds: persisting patterns, slow declines, done work that did not help. */
    public List<Finding> trends() {
        return of(FindingKind.TREND);
    }

    public List<Finding> dividedViews() {
        return of(FindingKind.DIVIDED_VIEWS);
    }

    /** "PR18 Effective and productive meetings", "P4 Connected and aligned…" or "AP-… Death by coordination". */
    public String subject(Finding finding) {
        if (finding.antiPatternId() != null) {
            return finding.antiPatternId() + " " + knowledge.antiPattern(finding.antiPatternId()).name();
        }
        if (finding.practiceIds().size() == 1 && finding.kind() != FindingKind.GAP
                || finding.practiceIds().size() == 1 && finding.ruleId().startsWith("PR")) {
            String id = finding.practiceIds().get(0);
            return id + " " + knowledge.practice(id).title();
        }
        return finding.principleId() + " " + knowledge.principle(finding.principleId()).name();
    }

    /** A practice's mean in this diagnosis, or 0 when it was not scored. */
    public double mean(String practiceId) {
        return diagnosis.scores().practices().stream().filter(p -> p.practiceId().equals(practiceId))
                .mapToDouble(p -> p.mean()).findFirst().orElse(0);
    }

    public String practiceTitle(String practiceId) {
        return knowledge.practice(practiceId).title();
    }

    public String principleName(String principleId) {
        return knowledge.principle(principleId).name();
    }

    /** Respondents per published group: only what the disclosure policy allowed, never a recount. */
    public List<GroupCount> groupCounts() {
        return diagnosis.disclosure().groupCounts().stream()
                .map(group -> new GroupCount(text.dimension(group.dimension()), groupName(group.group()),
                        group.respondents()))
                .toList();
    }

    /** For every page of a self-assessment: whose view it is. Empty for an anonymous survey. */
    public String selfAssessmentNotice() {
        if (!diagnosis.selfAssessment()) {
            return "";
        }
        return text.t("diagnosis.selfAssessmentNotice", diagnosis.method().respondentsUsed());
    }

    /**
     * Why stakeholder groups are missing or incomplete, in plain words and without numbers that would reveal the
     * groups held back; empty when every sector and role of at least k respondents is shown.
     */
    public String groupsNote() {
        int k = diagnosis.method().anonymityThreshold();
        if (diagnosis.selfAssessment()) {
            return text.t("diagnosis.groupsNote.selfAssessment");
        }
        if (diagnosis.disclosure().groupsHeldBack()) {
            return text.t(diagnosis.disclosure().groupCounts().isEmpty() ? "diagnosis.groupsNote.noneShown"
                    : "diagnosis.groupsNote.someHeldBack", k);
        }
        if (diagnosis.disclosure().groupCounts().isEmpty()) {
            return text.t("diagnosis.groupsNote.tooSmall", k);
        }
        return "";
    }

    /** Why comments are missing, when the policy withheld them; empty otherwise. */
    public String commentsNote() {
        if (!diagnosis.disclosure().commentsWithheld()) {
            return "";
        }
        return text.t("diagnosis.commentsNote", diagnosis.disclosure().commentThreshold());
    }

    /** Scores left out because too few people answered them (or too few new people since the last results). */
    public String withheldScoresNote() {
        int withheld = diagnosis.disclosure().scoresWithheld();
        if (withheld == 0) {
            return "";
        }
        return text.t("diagnosis.withheldScoresNote", withheld, diagnosis.method().anonymityThreshold());
    }

    private List<Finding> of(FindingKind kind) {
        return diagnosis.findings().stream().filter(f -> f.kind() == kind)
                .sorted(Comparator.comparingDouble(Finding::severity).reversed().thenComparing(Finding::ruleId))
                .toList();
    }
}
