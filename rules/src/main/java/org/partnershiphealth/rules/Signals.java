package org.partnershiphealth.rules;

import org.partnershiphealth.assessment.PartnershipFacts;
import org.partnershiphealth.assessment.Sector;
import org.partnershiphealth.diagnosis.Assertion;
import org.partnershiphealth.diagnosis.Evidence;
import org.partnershiphealth.diagnosis.GroupDimension;
import org.partnershiphealth.diagnosis.GroupScore;
import org.partnershiphealth.diagnosis.QuestionScore;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The evidence an anti-pattern rule gathers in its consequence. Each check adds its evidence only when it holds,
 * together with how far past the threshold the value lies (0 at the threshold, 1 when well past it), so the
 * finding lists exactly what is true and its severity grows with the distances and with the number of signals:
 * {@code severity = baseSeverity x (0.5 + 0.5 x (1 - product(1 - distance / 2)))}.
 *
 * <p>Corroboration: a finding is asserted only when at least one signal comes from respondents (an item answered by
 * at least k people, or a difference between shown groups) and at least one more independent signal holds
 * (another item or a recorded fact; a combined condition counts once). Facts alone, or one respondent signal alone,
 * make it a finding to verify. Who answered (a sector with no respondents) is context: shown, never counted.
 * Statements answered clearly the other way are kept as counter-evidence, shown beside the finding.
 */
public final class Signals {

    private final Survey survey;
    private final Thresholds thresholds;
    private final List<Evidence> evidence = new ArrayList<>();
    private final List<Double> distances = new ArrayList<>();
    private final List<Evidence> against = new ArrayList<>();
    private boolean allHeld = true;
    private int respondentSignals;
    private int factSignals;

    /** Where a signal comes from: what respondents said, what backbone staff recorded, or who answered at all. */
    private enum Source { RESPONDENTS, FACT, CONTEXT }

    private Signals(Survey survey) {
        this.survey = survey;
        this.thresholds = survey.thresholds();
    }

    public static Signals from(Survey survey) {
        return new Signals(survey);
    }

    /** value > threshold; the distance is relative to the threshold and full at twice its size. */
    public Signals above(String fact, Number value, double threshold, String unit) {
        boolean holds = value != null && value.doubleValue() > threshold;
        return record(holds, () -> Evidence.of(fact, value.doubleValue(), ">", threshold, unit),
                holds ? relative(value.doubleValue() - threshold, threshold) : 0, Source.FACT);
    }

    /** value >= threshold. */
    public Signals atLeast(String fact, Number value, double threshold, String unit) {
        boolean holds = value != null && value.doubleValue() >= threshold;
        return record(holds, () -> Evidence.of(fact, value.doubleValue(), ">=", threshold, unit),
                holds ? relative(value.doubleValue() - threshold, threshold) : 0, Source.FACT);
    }

    /** value < threshold; full distance at zero. */
    public Signals below(String fact, Number value, double threshold, String unit) {
        boolean holds = value != null && value.doubleValue() < threshold;
        return record(holds, () -> Evidence.of(fact, value.doubleValue(), "<", threshold, unit),
                holds ? relative(threshold - value.doubleValue(), threshold) : 0, Source.FACT);
    }

    /** value == expected for a count such as "no pilot scaled": a plain fact, so the distance is full. */
    public Signals equalTo(String fact, Number value, double expected, String unit) {
        boolean holds = value != null && value.doubleValue() == expected;
        return record(holds, () -> Evidence.of(fact, value.doubleValue(), "=", expected, unit), 1, Source.FACT);
    }

    public Signals is(String fact, Boolean value, boolean expected) {
        boolean holds = value != null && value == expected;
        return record(holds, () -> Evidence.flag(fact, value, !expected), 1, Source.FACT);
    }

    public Signals code(String fact, Enum<?> value, Enum<?> expected) {
        boolean holds = value != null && value == expected;
        return record(holds, () -> Evidence.code(fact, value.name()), 1, Source.FACT);
    }

    /** Partners broadly agree with the item (mean agreement at or above {@code agreeAtLeast}). */
    public Signals agrees(String questionId) {
        Double agreement = survey.agreement(questionId);
        double limit = thresholds.agreeAtLeast();
        boolean holds = agreement != null && agreement >= limit;
        if (agreement != null && agreement <= thresholds.disagreeAtMost()) {
            against.add(answered(questionId, Evidence.of(questionId + " agreement", agreement, "<=",
                    thresholds.disagreeAtMost(), "")));
        }
        return record(holds, () -> answered(questionId,
                        Evidence.of(questionId + " agreement", agreement, ">=", limit, "")),
                holds ? (agreement - limit) / (5 - limit) : 0, Source.RESPONDENTS);
    }

    /** Partners broadly reject the item (mean agreement at or below {@code disagreeAtMost}). */
    public Signals disagrees(String questionId) {
        Double agreement = survey.agreement(questionId);
        double limit = thresholds.disagreeAtMost();
        boolean holds = agreement != null && agreement <= limit;
        if (agreement != null && agreement >= thresholds.agreeAtLeast()) {
            against.add(answered(questionId, Evidence.of(questionId + " agreement", agreement, ">=",
                    thresholds.agreeAtLeast(), "")));
        }
        return record(holds, () -> answered(questionId,
                        Evidence.of(questionId + " agreement", agreement, "<=", limit, "")),
                holds ? (limit - agreement) / (limit - 1) : 0, Source.RESPONDENTS);
    }

    /** A group of at least k agrees with the item at least {@code divergenceGap} less than all respondents. */
    public Signals groupBelowEveryone(GroupDimension dimension, String group,
                                      String questionId) {
        Double groupAgreement = survey.groupAgreement(dimension, group, questionId);
        Double everyone = survey.agreement(questionId);
        double gap = thresholds.divergenceGap();
        boolean holds = groupAgreement != null && everyone != null && everyone - groupAgreement >= gap;
        return record(holds, () -> new Evidence(questionId + " agreement, " + group + " vs everyone",
                        format(groupAgreement) + " vs " + format(everyone), "gap >=", format(gap), ""),
                holds ? Math.min(1, (everyone - groupAgreement - gap) / gap) : 0, Source.RESPONDENTS);
    }

    /**
     * The most and least agreeing groups of a dimension (each of at least k) are {@code divergenceGap} apart, and
     * by at least twice the standard error of that difference.
     */
    public Signals groupsApart(GroupDimension dimension, String questionId) {
        List<GroupScore> extremes = survey.extremeGroups(dimension, questionId);
        double gap = thresholds.divergenceGap();
        double apart = extremes.isEmpty() ? 0 : extremes.get(0).mean() - extremes.get(1).mean();
        boolean holds = !extremes.isEmpty() && apart >= gap && Findings.clearlyApart(extremes.get(0), extremes.get(1));
        return record(holds, () -> new Evidence(questionId + " agreement, " + label(extremes.get(0)) + " vs "
                        + label(extremes.get(1)), format(extremes.get(0).mean()) + " vs " + format(extremes.get(1).mean()),
                        "gap >=", format(gap), ""),
                holds ? Math.min(1, (apart - gap) / gap) : 0, Source.RESPONDENTS);
    }

    /**
     * As {@link #groupsApart(GroupDimension, String)}, and the less agreeing group is at most {@code lowestAtMost}, so
     * that two contented groups at different heights are not read as a grievance.
     */
    public Signals groupsApart(GroupDimension dimension, String questionId, double lowestAtMost) {
        List<GroupScore> extremes = survey.extremeGroups(dimension, questionId);
        if (!extremes.isEmpty() && extremes.get(1).mean() > lowestAtMost) {
            return record(false, () -> null, 0, Source.RESPONDENTS);
        }
        return groupsApart(dimension, questionId);
    }

    /** Respondents' own positions on the item are split (spread at least {@code dividedSpread}). */
    public Signals positionsSplit(String questionId) {
        boolean holds = survey.positionsSplit(questionId);
        QuestionScore score = survey.question(questionId);
        double limit = thresholds.dividedSpread();
        return record(holds, () -> answered(questionId, Evidence.of(questionId + " spread of positions",
                        score.standardDeviation(), ">=", limit, "")),
                holds ? (score.standardDeviation() - limit) / limit : 0, Source.RESPONDENTS);
    }

    /** part as a percentage of whole, or null when either is unknown or the whole is zero. */
    public static Double percent(Number part, Number whole) {
        if (part == null || whole == null || whole.doubleValue() == 0) {
            return null;
        }
        return 100.0 * part.doubleValue() / whole.doubleValue();
    }

    private static String label(GroupScore group) {
        return group.dimension() + ":" + group.group();
    }

    /** Nobody from the sector answered, where that sector is among the people served: context, never evidence. */
    public Signals noRespondentsFromServed(Sector sector, PartnershipFacts facts) {
        boolean holds = survey.communitiesServed(facts) && survey.noRespondentsFrom(sector);
        return record(holds, () -> new Evidence("respondents from " + sector, "0", ">=", "1", ""), 0, Source.CONTEXT);
    }

    /**
     * At least k respondents' comments use the pattern's phrases: a respondent signal, e.g.
     * {@code comments mentioning it = 4 of 10 commenting}. Only counted in rounds whose comments may be published.
     */
    Signals mentionedInComments(String antiPatternId) {
        int mentions = survey.commentMentions(antiPatternId);
        int commenters = survey.commenters();
        boolean holds = mentions >= thresholds.minGroupSize() && commenters > 0;
        return record(holds, () -> new Evidence("comments mentioning it", Integer.toString(mentions), "of",
                        commenters + " commenting", ""),
                holds ? (double) mentions / commenters : 0, Source.RESPONDENTS);
    }

    /** A combined condition: its evidence counts only if every check inside it holds. */
    public Signals allOf(Consumer<Signals> checks) {
        Signals inner = new Signals(survey);
        checks.accept(inner);
        if (inner.allHeld && !inner.evidence.isEmpty()) {
            evidence.addAll(inner.evidence);
            distances.addAll(inner.distances);
            respondentSignals += Math.min(1, inner.respondentSignals);
            factSignals += inner.respondentSignals == 0 ? Math.min(1, inner.factSignals) : 0;
        }
        return this;
    }

    /** Statements respondents answered clearly against the pattern (agreeing where it expects disagreement, or the reverse). */
    List<Evidence> counterEvidence() {
        return List.copyOf(against);
    }

    /** Asserted with a respondent signal and a second independent one; otherwise to verify. */
    Assertion assertion() {
        return respondentSignals >= 1 && respondentSignals + factSignals >= 2 ? Assertion.ASSERTED
                : Assertion.TO_VERIFY;
    }

    private Evidence answered(String questionId, Evidence observed) {
        QuestionScore score = survey.question(questionId);
        return score == null ? observed : observed.from(score.n(), score.dontKnowCount());
    }

    List<Evidence> evidence() {
        return List.copyOf(evidence);
    }

    /**
     * {@code baseSeverity x (0.5 + 0.5 x combined)}, the signals combined as independent pieces of evidence that
     * each close at most half of what is left ({@code combined = 1 - product(1 - distance / 2)}): a further signal
     * that holds can only raise the severity, it grows with how far past its threshold each signal lies, and it
     * reaches the base severity only in the limit (one signal at full distance gives 75% of it, two 87.5%).
     */
    double severity(double baseSeverity) {
        double missing = distances.stream().mapToDouble(d -> 1 - d / 2).reduce(1, (a, b) -> a * b);
        return clamp(baseSeverity * (0.5 + 0.5 * (1 - missing)));
    }

    private Signals record(boolean holds, Supplier<Evidence> observed, double distance, Source source) {
        if (holds) {
            evidence.add(observed.get());
            switch (source) {
                case RESPONDENTS -> respondentSignals++;
                case FACT -> factSignals++;
                case CONTEXT -> {
                    return this;
                }
            }
            distances.add(clamp(distance));
        } else {
            allHeld = false;
        }
        return this;
    }

    private static double relative(double past, double threshold) {
        return past / Math.max(Math.abs(threshold), 1);
    }

    static double clamp(double value) {
        return Math.max(0, Math.min(1, value));
    }

    private static String format(Double value) {
        return value == null ? "?" : Evidence.format(value);
    }
}
