package org.partnershiphealth.reports;

import org.partnershiphealth.diagnosis.Diagnosis;
import org.partnershiphealth.diagnosis.Finding;
import org.partnershiphealth.diagnosis.FindingKind;
import org.partnershiphealth.diagnosis.GroupScore;
import org.partnershiphealth.knowledge.KnowledgeBase;

import java.util.Comparator;
import java.util.List;

/**
 * What the diagnosis templates show, sorted and labelled once here so the templates stay plain: findings by
 * kind (strengths first, strongest first; problems most severe first), a readable subject for each finding, and
 * the respondent count of each stakeholder group shown (only groups of at least k ever reach the scores).
 */
public final class DiagnosisView {

    private final Diagnosis diagnosis;
    private final KnowledgeBase knowledge;

    DiagnosisView(Diagnosis diagnosis, KnowledgeBase knowledge) {
        this.diagnosis = diagnosis;
        this.knowledge = knowledge;
    }

    public record GroupCount(String dimension, String group, int respondents) {
    }

    public List<Finding> strengths() {
        return of(FindingKind.STRENGTH);
    }

    public List<Finding> antiPatterns() {
        return of(FindingKind.ANTI_PATTERN);
    }

    public List<Finding> gaps() {
        return of(FindingKind.GAP);
    }

    public List<Finding> divergences() {
        return of(FindingKind.DIVERGENCE);
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

    /** Respondents per shown group, read from the principle every respondent scored most often. */
    public List<GroupCount> groupCounts() {
        String subject = diagnosis.scores().principles().stream()
                .max(Comparator.comparingInt(p -> p.n())).map(p -> p.principleId()).orElse(null);
        return diagnosis.scores().groups().stream()
                .filter(group -> group.subjectId().equals(subject))
                .sorted(Comparator.comparing((GroupScore g) -> g.dimension()).thenComparing(GroupScore::group))
                .map(group -> new GroupCount(group.dimension().name().toLowerCase(java.util.Locale.ROOT),
                        group.group(), group.n()))
                .toList();
    }

    private List<Finding> of(FindingKind kind) {
        return diagnosis.findings().stream().filter(f -> f.kind() == kind)
                .sorted(Comparator.comparingDouble(Finding::severity).reversed().thenComparing(Finding::ruleId))
                .toList();
    }
}
