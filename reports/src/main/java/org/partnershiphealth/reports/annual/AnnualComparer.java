package org.partnershiphealth.reports.annual;

import org.partnershiphealth.diagnosis.Diagnosis;
import org.partnershiphealth.diagnosis.Finding;
import org.partnershiphealth.diagnosis.FindingKind;
import org.partnershiphealth.diagnosis.PracticeScore;
import org.partnershiphealth.diagnosis.PrincipleScore;
import org.partnershiphealth.diagnosis.Recommendation;
import org.partnershiphealth.knowledge.KnowledgeBase;
import org.partnershiphealth.knowledge.Principle;
import org.partnershiphealth.reports.ReportText;
import org.partnershiphealth.reports.annual.AnnualComparison.AntiPatternStatus;
import org.partnershiphealth.reports.annual.AnnualComparison.Direction;
import org.partnershiphealth.reports.annual.AnnualComparison.FocusFollowUp;
import org.partnershiphealth.reports.annual.AnnualComparison.HealthPoint;
import org.partnershiphealth.reports.annual.AnnualComparison.Outcome;
import org.partnershiphealth.reports.annual.AnnualComparison.PracticeChange;
import org.partnershiphealth.reports.annual.AnnualComparison.PrincipleTrend;
import org.partnershiphealth.reports.annual.AnnualComparison.Status;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Compares two or more rounds of one partnership. Trends (health, principles) run over every round; practice
 * moves, anti-pattern statuses and the follow-up of the focus compare the previous round with the latest, because
 * that is the plan the partnership has just lived through.
 */
public final class AnnualComparer {

    // The rules' default band limits (thresholds.yaml), for a diagnosis stored before it recorded its own.
    private static final double DEFAULT_STRENGTH_AT_LEAST = 4.0;
    private static final double DEFAULT_CONCERN_BELOW = 3.0;

    private static final List<Status> STATUS_ORDER = List.of(Status.PERSISTING, Status.NEW, Status.RESOLVED);

    private final List<String> principleIds;
    private final Names names;
    private final NarrativeWriter narrativeWriter;
    private final String noiseRule;

    /** Compares in English. */
    public AnnualComparer(KnowledgeBase knowledge) {
        this(knowledge, ReportText.english());
    }

    /** {@code text} words the noise rule; the narrative is written in English whatever the language. */
    public AnnualComparer(KnowledgeBase knowledge, ReportText text) {
        Objects.requireNonNull(knowledge, "knowledge");
        this.principleIds = knowledge.principles().stream().map(Principle::id).toList();
        this.names = new Names(knowledge);
        this.narrativeWriter = new NarrativeWriter(names);
        this.noiseRule = NoiseRule.sentence(text);
    }

    /** periods: diagnoses of the same partnership (same partnership id), any order; sorted by period inside. */
    public AnnualComparison compare(List<Diagnosis> periods) {
        List<Diagnosis> rounds = RoundOrder.check(periods);
        Diagnosis previous = rounds.get(rounds.size() - 2);
        Diagnosis latest = rounds.get(rounds.size() - 1);
        List<AntiPatternStatus> antiPatterns = antiPatterns(previous, latest);
        AnnualComparison figures = new AnnualComparison(latest.partnership(),
                rounds.stream().map(Diagnosis::period).toList(),
                rounds.stream().map(AnnualComparer::health).toList(),
                principles(rounds), practices(previous, latest), noiseRule, antiPatterns,
                previousFocus(previous, latest, antiPatterns), null);
        return withNarrative(figures, narrativeWriter.write(rounds, figures));
    }

    private static HealthPoint health(Diagnosis round) {
        return new HealthPoint(round.period(), round.scores().healthIndex(), round.scores().healthBand(),
                round.scores().respondents());
    }

    /**
     * Each principle's mean per round (none where nobody rated it) and its change from the first to the last round
     * that scored it; it counts as up or down only when that change is beyond noise.
     */
    private List<PrincipleTrend> principles(List<Diagnosis> rounds) {
        List<Map<String, PrincipleScore>> byRound = rounds.stream()
                .map(round -> round.scores().principles().stream().filter(score -> score.n() > 0)
                        .collect(Collectors.toMap(PrincipleScore::principleId, Function.identity(), (a, b) -> a)))
                .toList();
        return principleIds.stream().map(id -> {
            List<Double> means = byRound.stream().map(scores -> scores.get(id))
                    .map(score -> score == null ? null : score.mean()).toList();
            List<PrincipleScore> scored = byRound.stream().map(scores -> scores.get(id)).filter(Objects::nonNull)
                    .toList();
            if (scored.size() < 2) {
                return new PrincipleTrend(id, names.principle(id), means, 0, Direction.STEADY);
            }
            PrincipleScore first = scored.get(0);
            PrincipleScore last = scored.get(scored.size() - 1);
            double change = Prose.round(last.mean() - first.mean(), 2);
            boolean moved = NoiseRule.isBeyondNoise(first.standardDeviation(), first.n(), last.standardDeviation(),
                    last.n(), change);
            return new PrincipleTrend(id, names.principle(id), means, change, direction(change, moved));
        }).toList();
    }

    static Direction direction(double change, boolean beyondNoise) {
        if (!beyondNoise) {
            return Direction.STEADY;
        }
        return change > 0 ? Direction.UP : Direction.DOWN;
    }

    private List<PracticeChange> practices(Diagnosis previous, Diagnosis latest) {
        Map<String, PracticeScore> before = practiceScores(previous);
        Map<String, PracticeScore> after = practiceScores(latest);
        return before.keySet().stream().filter(after::containsKey).map(id -> {
            PracticeScore then = before.get(id);
            PracticeScore now = after.get(id);
            double change = Prose.round(now.mean() - then.mean(), 2);
            return new PracticeChange(id, names.practice(id), then.mean(), now.mean(), change,
                    NoiseRule.isBeyondNoise(then, now, change));
        }).sorted(Comparator.comparingDouble((PracticeChange c) -> -Math.abs(c.change()))
                .thenComparing(PracticeChange::practiceId)).toList();
    }

    private List<AntiPatternStatus> antiPatterns(Diagnosis previous, Diagnosis latest) {
        Map<String, Double> before = antiPatternSeverities(previous);
        Map<String, Double> after = antiPatternSeverities(latest);
        Set<String> ids = new TreeSet<>(before.keySet());
        ids.addAll(after.keySet());
        return ids.stream().map(id -> {
            Status status = !after.containsKey(id) ? Status.RESOLVED
                    : before.containsKey(id) ? Status.PERSISTING : Status.NEW;
            return new AntiPatternStatus(id, names.antiPattern(id), status, before.get(id), after.get(id));
        }).sorted(Comparator.comparingInt((AntiPatternStatus s) -> STATUS_ORDER.indexOf(s.status()))
                .thenComparing(AntiPatternStatus::antiPatternId)).toList();
    }

    private List<FocusFollowUp> previousFocus(Diagnosis previous, Diagnosis latest,
                                              List<AntiPatternStatus> antiPatterns) {
        Map<String, PracticeScore> before = practiceScores(previous);
        Map<String, PracticeScore> after = practiceScores(latest);
        Set<String> stillThere = antiPatterns.stream().filter(s -> s.status() != Status.RESOLVED)
                .map(AntiPatternStatus::antiPatternId).collect(Collectors.toSet());
        FollowUpNote notes = followUpNote(previous, latest);
        return previous.focus().stream().map(item -> {
            PracticeScore then = before.get(item.practiceId());
            PracticeScore now = after.get(item.practiceId());
            Outcome outcome = outcome(then, now);
            List<String> behind = antiPatternsBehind(item, previous);
            String note = notes.write(item.practiceId(), then, now, outcome,
                    behind.stream().filter(stillThere::contains).toList(),
                    behind.stream().filter(id -> !stillThere.contains(id)).toList());
            String title = item.title() != null ? item.title() : names.practice(item.practiceId());
            return new FocusFollowUp(item.practiceId(), title, then == null ? null : then.mean(),
                    now == null ? null : now.mean(), outcome, note);
        }).toList();
    }

    /** Improved or worse only when the change is beyond noise; a practice nobody rated was not measured. */
    static Outcome outcome(PracticeScore before, PracticeScore after) {
        if (before == null || after == null) {
            return Outcome.NOT_MEASURED;
        }
        double change = Prose.round(after.mean() - before.mean(), 2);
        if (!NoiseRule.isBeyondNoise(before, after, change)) {
            return Outcome.WITHIN_NOISE;
        }
        return change > 0 ? Outcome.IMPROVED : Outcome.WORSE;
    }

    /** The anti-patterns a focus item was meant to remedy: the anti-pattern findings it was based on. */
    private static List<String> antiPatternsBehind(Recommendation item, Diagnosis round) {
        return round.findings().stream()
                .filter(f -> f.kind() == FindingKind.ANTI_PATTERN && f.antiPatternId() != null && f.asserted())
                .filter(f -> item.basedOn().contains(f.ruleId()))
                .map(Finding::antiPatternId).distinct().sorted().toList();
    }

    /** The latest round's band limits, because its bands are what the notes describe. */
    private static FollowUpNote followUpNote(Diagnosis previous, Diagnosis latest) {
        Diagnosis.Method method = latest.method();
        boolean recorded = method != null && method.strengthAtLeast() > 0 && method.concernBelow() > 0;
        return recorded
                ? new FollowUpNote(previous.period(), latest.period(), method.strengthAtLeast(), method.concernBelow())
                : new FollowUpNote(previous.period(), latest.period(), DEFAULT_STRENGTH_AT_LEAST, DEFAULT_CONCERN_BELOW);
    }

    /** The practices somebody rated in the round; one nobody rated has no score, not a score of 0. */
    private static Map<String, PracticeScore> practiceScores(Diagnosis round) {
        return round.scores().practices().stream().filter(score -> score.n() > 0)
                .collect(Collectors.toMap(PracticeScore::practiceId, Function.identity(), (a, b) -> a, TreeMap::new));
    }

    /** The highest severity per anti-pattern, should two findings name the same one. */
    private static Map<String, Double> antiPatternSeverities(Diagnosis round) {
        return round.findings().stream()
                .filter(f -> f.kind() == FindingKind.ANTI_PATTERN && f.antiPatternId() != null && f.asserted())
                .collect(Collectors.toMap(Finding::antiPatternId, Finding::severity, Math::max, TreeMap::new));
    }

    private static AnnualComparison withNarrative(AnnualComparison figures, AnnualComparison.Narrative narrative) {
        return new AnnualComparison(figures.partnership(), figures.periods(), figures.health(), figures.principles(),
                figures.practices(), figures.noiseRule(), figures.antiPatterns(), figures.previousFocus(), narrative);
    }
}
