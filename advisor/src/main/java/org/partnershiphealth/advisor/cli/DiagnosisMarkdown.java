package org.partnershiphealth.advisor.cli;

import org.partnershiphealth.diagnosis.Diagnosis;
import org.partnershiphealth.diagnosis.Evidence;
import org.partnershiphealth.diagnosis.Finding;
import org.partnershiphealth.diagnosis.FindingKind;
import org.partnershiphealth.diagnosis.PracticeScore;
import org.partnershiphealth.diagnosis.PrincipleScore;
import org.partnershiphealth.diagnosis.Recommendation;
import org.partnershiphealth.knowledge.KnowledgeBase;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** A plain Markdown rendering of a diagnosis for the terminal or for pasting into a document. */
public final class DiagnosisMarkdown {

    private final KnowledgeBase knowledge;
    private final StringBuilder out = new StringBuilder();

    public DiagnosisMarkdown(KnowledgeBase knowledge) {
        this.knowledge = knowledge;
    }

    public String write(Diagnosis d) {
        out.setLength(0);
        line("# " + d.partnership().name() + " — partnership health, " + d.period());
        line("");
        line(String.format(Locale.ROOT, "**Health index %.1f / 100 (%s)** · %d respondents · %s form",
                d.scores().healthIndex(), d.scores().healthBand(), d.method().respondentsUsed(),
                d.form().name().toLowerCase(Locale.ROOT)));
        if (d.method().respondentsSkipped() > 0) {
            line("");
            line("*" + d.method().respondentsSkipped() + " respondents were skipped because of problems in the"
                    + " input; see the method section.*");
        }
        findings(d, FindingKind.STRENGTH, "## Strengths to build on");
        line("");
        line("## Principles");
        line("");
        line("| principle | mean | band | respondents |");
        line("|---|---|---|---|");
        for (PrincipleScore p : d.scores().principles()) {
            line(String.format(Locale.ROOT, "| %s %s | %.2f | %s | %d |", p.principleId(),
                    knowledge.principle(p.principleId()).name(), p.mean(), p.band(), p.n()));
        }
        line("");
        line("## Focus for the next 90 days");
        recommendations(d.focus(), true);
        findings(d, FindingKind.ANTI_PATTERN, "## Anti-patterns");
        findings(d, FindingKind.GAP, "## Gaps");
        findings(d, FindingKind.DIVERGENCE, "## Where stakeholder groups see things differently");
        findings(d, FindingKind.DIVIDED_VIEWS, "## Divided views");
        line("");
        line("## Not now");
        recommendations(d.notNow(), false);
        line("");
        line("## Practice scores");
        line("");
        line("| practice | mean | spread | n | don't know | band |");
        line("|---|---|---|---|---|---|");
        for (PracticeScore p : d.scores().practices()) {
            line(String.format(Locale.ROOT, "| %s %s | %.2f | %.2f | %d | %d | %s |", p.practiceId(),
                    knowledge.practice(p.practiceId()).title(), p.mean(), p.standardDeviation(), p.n(),
                    p.dontKnowCount(), p.band()));
        }
        line("");
        line("## Method");
        line("");
        line("- Knowledge base " + d.method().knowledgeBaseVersion() + "; stakeholder groups are shown only with at"
                + " least " + d.method().anonymityThreshold() + " respondents.");
        line("- Respondents used: " + d.method().respondentsUsed() + "; skipped: " + d.method().respondentsSkipped());
        d.method().skippedReasons().forEach(reason -> line("  - " + reason));
        line("- Rules that fired: " + String.join(", ", d.method().rulesFired()));
        return out.toString();
    }

    private void findings(Diagnosis d, FindingKind kind, String title) {
        List<Finding> found = d.findings().stream().filter(f -> f.kind() == kind).toList();
        if (found.isEmpty()) {
            return;
        }
        line("");
        line(title);
        line("");
        for (Finding f : found) {
            String subject = f.antiPatternId() != null ? f.antiPatternId() + " " + knowledge.antiPattern(f.antiPatternId()).name()
                    : f.practiceIds().size() == 1 ? f.practiceIds().get(0) + " " + knowledge.practice(f.practiceIds().get(0)).title()
                    : f.principleId() + " " + knowledge.principle(f.principleId()).name();
            String groups = f.groups().isEmpty() ? "" : " — " + String.join(" vs ", f.groups());
            line(String.format(Locale.ROOT, "- **%s**%s: %s (severity %.2f; `%s`; %s)", subject, groups,
                    f.statement(), f.severity(), f.ruleId(), evidence(f.evidence())));
        }
    }

    private void recommendations(List<Recommendation> recommendations, boolean withActions) {
        line("");
        if (recommendations.isEmpty()) {
            line("Nothing.");
            return;
        }
        int number = 1;
        for (Recommendation r : recommendations) {
            line(number++ + ". **" + r.practiceId() + " " + r.title() + "** (" + r.kind().name().toLowerCase(Locale.ROOT)
                    + String.format(Locale.ROOT, ", priority %.2f) — ", r.priority()) + r.reason());
            if (withActions) {
                r.actions().forEach(action -> line("   - " + action));
                line("   - *Based on:* " + String.join(", ", r.basedOn()) + "; " + evidence(r.evidence()));
                if (r.strengthToBuildOn() != null) {
                    line("   - *Build on:* " + r.strengthToBuildOn());
                }
            }
        }
    }

    private static String evidence(List<Evidence> evidence) {
        return evidence.stream().map(Evidence::toString).collect(Collectors.joining("; "));
    }

    private void line(String text) {
        out.append(text).append('\n');
    }
}
