package org.partnershiphealth.rules;

import org.partnershiphealth.diagnosis.Assertion;
import org.partnershiphealth.diagnosis.Evidence;
import org.partnershiphealth.diagnosis.Finding;
import org.partnershiphealth.diagnosis.FindingKind;
import org.partnershiphealth.diagnosis.GroupScore;
import org.partnershiphealth.diagnosis.PracticeScore;
import org.partnershiphealth.diagnosis.PrincipleScore;
import org.partnershiphealth.knowledge.AntiPattern;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The global every rule reports to. The rule's name supplies the finding's id (the text before the first space)
 * and its statement (the rest), so what a consultant reads in the DRL is what appears in the report. Severities
 * grow with the distance past the threshold and never go below a floor, so a barely-weak practice still counts.
 */
public final class Findings {

    /** The lowest severity of a finding that fired at all; the rest of 0..1 measures how far past the line. */
    static final double FLOOR = 0.3;

    private final Map<String, String> principleOfPractice;
    private final Thresholds thresholds;
    private final List<Finding> found = new ArrayList<>();

    Findings(Map<String, String> principleOfPractice, Thresholds thresholds) {
        this.principleOfPractice = principleOfPractice;
        this.thresholds = thresholds;
    }

    /** A practice whose mean lies in the concern band; full severity at a mean of 1. */
    public void practiceGap(String ruleName, PracticeScore score) {
        double distance = (thresholds.concernBelow() - score.mean()) / (thresholds.concernBelow() - 1);
        add(ruleName, FindingKind.GAP, principleOfPractice.get(score.practiceId()), List.of(score.practiceId()), null,
                graded(distance), List.of(
                        Evidence.of(score.practiceId() + " mean", score.mean(), "<", thresholds.concernBelow(), "")
                                .from(score.n(), score.dontKnowCount())),
                List.of());
    }

    /** A practice in the strength band with no deep split; the weight grows towards a mean of 5. */
    public void practiceStrength(String ruleName, PracticeScore score) {
        double distance = (score.mean() - thresholds.strengthAtLeast()) / (5 - thresholds.strengthAtLeast());
        add(ruleName, FindingKind.STRENGTH, principleOfPractice.get(score.practiceId()), List.of(score.practiceId()),
                null, graded(distance), List.of(
                        Evidence.of(score.practiceId() + " mean", score.mean(), ">=", thresholds.strengthAtLeast(), "")
                                .from(score.n(), score.dontKnowCount()),
                        Evidence.of(score.practiceId() + " spread", score.standardDeviation(), "<",
                                thresholds.dividedSpread(), "")),
                List.of());
    }

    /**
     * A principle that is weak as a whole: its own mean is in the concern band, or at least half (and at least two)
     * of its scored practices are. Severity grows with how far the principle's mean lies below the concern line,
     * weighted by how much of the principle is weak, so "every practice slightly weak" is not a full alarm: a
     * principle at 2.6 with all practices weak stays well below one at 1.5.
     */
    public void principleGap(String ruleName, PrincipleScore score, Collection<String> weakPractices, long scored) {
        double meanDistance = Math.max(0, (thresholds.concernBelow() - score.mean()) / (thresholds.concernBelow() - 1));
        double weakShare = scored == 0 ? 0 : (double) weakPractices.size() / scored;
        List<String> weak = weakPractices.stream().sorted().toList();
        add(ruleName, FindingKind.GAP, score.principleId(), weak, null, graded(meanDistance * (0.5 + 0.5 * weakShare)),
                List.of(Evidence.of(score.principleId() + " mean", score.mean(), "<", thresholds.concernBelow(), "")
                                .from(score.n(), 0),
                        new Evidence(score.principleId() + " practices in the concern band",
                                weakPractices.size() + " of " + scored, ">=", "half", "")),
                List.of());
    }

    /** Respondents split on a practice: the spread is high whatever the mean says. */
    public void dividedViews(String ruleName, PracticeScore score) {
        double distance = (score.standardDeviation() - thresholds.dividedSpread()) / thresholds.dividedSpread();
        add(ruleName, FindingKind.DIVIDED_VIEWS, principleOfPractice.get(score.practiceId()),
                List.of(score.practiceId()), null, graded(distance), List.of(
                        Evidence.of(score.practiceId() + " spread", score.standardDeviation(), ">=",
                                thresholds.dividedSpread(), "").from(score.n(), score.dontKnowCount()),
                        Evidence.of(score.practiceId() + " mean", score.mean(), "=", score.mean(), "")),
                List.of());
    }

    /** How many standard errors apart two groups must be, besides a full point, to count as seeing things apart. */
    static final double STANDARD_ERRORS = 2;
    /** Spreads below this are read as this: a few people answering alike say little about their whole group. */
    static final double LEAST_SPREAD = 0.5;

    /** The standard error of the difference between two group means (Welch), spreads floored at 0.5. */
    static double standardError(GroupScore high, GroupScore low) {
        double a = Math.max(high.standardDeviation(), LEAST_SPREAD);
        double b = Math.max(low.standardDeviation(), LEAST_SPREAD);
        return Math.sqrt(a * a / high.n() + b * b / low.n());
    }

    /** The gap between two groups is at least twice its standard error, given their sizes and spreads. */
    public static boolean clearlyApart(GroupScore high, GroupScore low) {
        return high.mean() - low.mean() >= STANDARD_ERRORS * standardError(high, low);
    }

    /** The most and least positive groups of one dimension, both of at least k respondents, far apart. */
    public void divergence(String ruleName, GroupScore high, GroupScore low) {
        if (high.n() < thresholds.minGroupSize() || low.n() < thresholds.minGroupSize()) {
            throw new IllegalStateException("Rule " + ruleName + " matched a group below the anonymity threshold");
        }
        double gap = high.mean() - low.mean();
        String subject = high.subjectId();
        boolean practice = subject.startsWith("PR");
        add(ruleName, FindingKind.DIVERGENCE, practice ? principleOfPractice.get(subject) : subject,
                practice ? List.of(subject) : List.of(), null,
                graded((gap - thresholds.divergenceGap()) / thresholds.divergenceGap()),
                List.of(Evidence.of(subject + " mean, " + label(high), high.mean(), "=", high.mean(), "")
                                .from(high.n(), 0),
                        Evidence.of(subject + " mean, " + label(low), low.mean(), "=", low.mean(), "")
                                .from(low.n(), 0),
                        Evidence.of(subject + " gap between groups", gap, ">=", thresholds.divergenceGap(), ""),
                        Evidence.of(subject + " gap in standard errors", gap / standardError(high, low), ">=",
                                STANDARD_ERRORS, "")),
                List.of(label(high), label(low)));
    }

    public void antiPattern(String ruleName, AntiPattern antiPattern, Signals signals) {
        signals.mentionedInComments(antiPattern.id());
        add(ruleName, FindingKind.ANTI_PATTERN, null, antiPattern.remedies(), antiPattern.id(),
                signals.severity(antiPattern.baseSeverity()), signals.evidence(), List.of(), signals.assertion(),
                signals.counterEvidence());
    }

    /**
     * An anti-pattern found again: the same practices, a severity raised by the escalation step for each round it
     * persisted beyond the first (at most 1), and evidence naming the rounds. Asserted, since both findings were.
     */
    public void persisting(String ruleName, Trends.Recurrence recurrence) {
        Finding now = recurrence.finding();
        double severity = Math.min(1, now.severity() + thresholds.persistingEscalation() * (recurrence.rounds() - 1));
        add(ruleName, FindingKind.TREND, now.principleId(), now.practiceIds(), recurrence.antiPatternId(), severity,
                List.of(new Evidence(recurrence.antiPatternId() + " found in rounds",
                        String.join(", ", recurrence.periods()), "in a row, at least", "2", "rounds")),
                List.of());
    }

    /** A practice that fell at every step over several rounds; severity grows with the total drop (2 points: full). */
    public void decline(String ruleName, Trends.PracticeSeries series) {
        List<Double> run = series.means().subList(series.means().size() - series.fallingRounds(), series.means().size());
        List<String> periods = series.periods().subList(series.periods().size() - series.fallingRounds(),
                series.periods().size());
        add(ruleName, FindingKind.TREND, principleOfPractice.get(series.practiceId()), List.of(series.practiceId()),
                null, graded(series.totalDrop() / 2), List.of(
                        new Evidence(series.practiceId() + " mean by round", String.join(" → ",
                                run.stream().map(Evidence::format).toList()), "over", String.join(", ", periods), "")
                                .from(series.n(), 0),
                        Evidence.of(series.practiceId() + " fall in all", series.totalDrop(), ">=",
                                thresholds.declineTotalAtLeast(), "")),
                List.of());
    }

    /**
     * Work on a practice was reported done after the last round, but the practice did not improve beyond noise:
     * the approach, not the effort, needs another look. Severity grows if the practice got worse.
     */
    /** How the evidence of a done-but-not-working finding names each item reported done: this, then the period. */
    public static final String DONE_AFTER = "reported done after ";

    public void doneButNotWorking(String ruleName, Trends.CommitmentOutcome outcome) {
        add(ruleName, FindingKind.TREND, principleOfPractice.get(outcome.practiceId()), List.of(outcome.practiceId()),
                null, graded(0.4 + Math.max(0, -outcome.change()) / 2), java.util.stream.Stream.concat(
                        outcome.items().stream().map(item -> Evidence.code(DONE_AFTER + outcome.committedIn(), item)),
                        java.util.stream.Stream.of(new Evidence(outcome.practiceId() + " mean", Evidence.format(outcome.before()) + " → "
                                + Evidence.format(outcome.after()), "change", Evidence.format(outcome.change()), "")
                                .from(outcome.nAfter(), 0),
                        Evidence.of(outcome.practiceId() + " change needed to count", outcome.change(), "<",
                                org.partnershiphealth.diagnosis.NoiseRule.MINIMUM_CHANGE, ""))).toList(),
                List.of());
    }

    List<Finding> sorted() {
        return found.stream().sorted(ORDER).toList();
    }

    private static String label(GroupScore group) {
        return group.dimension() + ":" + group.group();
    }

    private static double graded(double distance) {
        return FLOOR + (1 - FLOOR) * Signals.clamp(distance);
    }

    private void add(String ruleName, FindingKind kind, String principleId, List<String> practiceIds,
                     String antiPatternId, double severity, List<Evidence> evidence, List<String> groups) {
        add(ruleName, kind, principleId, practiceIds, antiPatternId, severity, evidence, groups, Assertion.ASSERTED,
                List.of());
    }

    private void add(String ruleName, FindingKind kind, String principleId, List<String> practiceIds,
                     String antiPatternId, double severity, List<Evidence> evidence, List<String> groups,
                     Assertion assertion, List<Evidence> counterEvidence) {
        String ruleId = RuleBook.ruleId(ruleName);
        String statement = ruleName.substring(ruleId.length()).strip();
        double rounded = Math.round(severity * 1000) / 1000.0;
        found.add(new Finding(ruleId, kind, principleId, practiceIds, antiPatternId, rounded, statement, evidence,
                groups, assertion, counterEvidence));
    }

    /** Findings come out in a fixed order, so the result never depends on the order facts went in. */
    private static final Comparator<Finding> ORDER = Comparator
            .comparing(Finding::kind)
            .thenComparing(Finding::ruleId)
            .thenComparing(finding -> String.join(",", finding.practiceIds()))
            .thenComparing(finding -> String.join(",", finding.groups()))
            .thenComparing(Finding::severity);
}
