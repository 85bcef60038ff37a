package org.partnershiphealth.reports.annual;

import org.partnershiphealth.diagnosis.Band;
import org.partnershiphealth.diagnosis.Diagnosis;
import org.partnershiphealth.diagnosis.Finding;
import org.partnershiphealth.diagnosis.FindingKind;
import org.partnershiphealth.diagnosis.PracticeScore;
import org.partnershiphealth.diagnosis.PrincipleScore;
import org.partnershiphealth.diagnosis.Recommendation;
import org.partnershiphealth.diagnosis.RecommendationKind;
import org.partnershiphealth.reports.annual.AnnualComparison.Direction;
import org.partnershiphealth.reports.annual.AnnualComparison.FocusFollowUp;
import org.partnershiphealth.reports.annual.AnnualComparison.HealthPoint;
import org.partnershiphealth.reports.annual.AnnualComparison.Narrative;
import org.partnershiphealth.reports.annual.AnnualComparison.Outcome;
import org.partnershiphealth.reports.annual.AnnualComparison.PracticeChange;
import org.partnershiphealth.reports.annual.AnnualComparison.PrincipleTrend;
import org.partnershiphealth.reports.annual.AnnualComparison.Status;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The annual report's four paragraphs, every sentence built from the comparison's numbers, names and ids: where the
 * partnership started, what stood in the way, what changed, and what comes next. When a list is empty the sentence
 * says so in terms of the data ("No anti-pattern carried over from 2025 to 2026.") rather than disappearing, so a
 * reader can tell "nothing happened" from "not looked at".
 */
final class NarrativeWriter {

    /** Long lists are cut after three items so each paragraph stays within three sentences a reader can hold. */
    private static final int LISTED = 3;

    private final Names names;

    NarrativeWriter(Names names) {
        this.names = names;
    }

    /** @param rounds the compared rounds, oldest first; {@code figures} is the comparison still without narrative */
    Narrative write(List<Diagnosis> rounds, AnnualComparison figures) {
        Diagnosis first = rounds.get(0);
        Diagnosis previous = rounds.get(rounds.size() - 2);
        Diagnosis latest = rounds.get(rounds.size() - 1);
        return new Narrative(start(first), obstacles(first, previous, latest, figures),
                change(first, previous, latest, figures), next(previous, latest, figures));
    }

    // --- where the partnership started -------------------------------------------------------------------------

    private String start(Diagnosis first) {
        List<String> sentences = new ArrayList<>();
        sentences.add("In " + first.period() + ", " + partnershipName(first) + " had a health index of "
                + Prose.index(first.scores().healthIndex()) + " (" + band(first.scores().healthBand()) + ") from "
                + Prose.count(first.scores().respondents(), "respondent", "respondents") + ".");
        String principles = weakestAndStrongest(first.scores().principles());
        if (!principles.isEmpty()) {
            sentences.add(principles);
        }
        List<String> antiPatterns = antiPatternsBySeverity(first);
        sentences.add(antiPatterns.isEmpty()
                ? "No anti-pattern was detected in " + first.period() + "."
                : Prose.capitalised(Prose.count(antiPatterns.size(), "anti-pattern", "anti-patterns"))
                + (antiPatterns.size() == 1 ? " was" : " were") + " detected in " + first.period() + ": "
                + Prose.and(antiPatterns.stream().map(this::antiPattern).toList()) + ".");
        return String.join(" ", sentences);
    }

    private String weakestAndStrongest(List<PrincipleScore> scores) {
        if (scores.isEmpty()) {
            return "";
        }
        PrincipleScore weakest = scores.stream().min(Comparator.comparingDouble(PrincipleScore::mean)
                .thenComparing(PrincipleScore::principleId)).orElseThrow();
        PrincipleScore strongest = scores.stream().max(Comparator.comparingDouble(PrincipleScore::mean)
                .thenComparing(PrincipleScore::principleId, Comparator.reverseOrder())).orElseThrow();
        if (scores.size() == 1) {
            return "Its only scored principle was " + principleAt(weakest) + ".";
        }
        return "Its weakest principle was " + principleAt(weakest) + " and its strongest " + principleAt(strongest)
                + ".";
    }

    private String principleAt(PrincipleScore score) {
        return names.principle(score.principleId()) + " (" + score.principleId() + ") at " + Prose.mean(score.mean());
    }

    // --- what stood in the way ---------------------------------------------------------------------------------

    private String obstacles(Diagnosis first, Diagnosis previous, Diagnosis latest, AnnualComparison figures) {
        List<String> persisting = statuses(figures, Status.PERSISTING);
        String antiPatterns = persisting.isEmpty()
                ? "No anti-pattern carried over from " + previous.period() + " to " + latest.period() + "."
                : Prose.capitalised(Prose.and(persisting)) + " carried over from " + previous.period() + " to "
                + latest.period() + ".";
        List<String> down = principleChanges(figures, Direction.DOWN);
        String principles = down.isEmpty()
                ? "No principle went down beyond noise between " + first.period() + " and " + latest.period() + "."
                : Prose.capitalised(Prose.count(down.size(), "principle", "principles")) + " went down beyond noise between "
                + first.period() + " and " + latest.period() + ": " + Prose.and(down) + ".";
        return antiPatterns + " " + focusFollowUp(previous, latest, figures.previousFocus()) + " " + principles;
    }

    private String focusFollowUp(Diagnosis previous, Diagnosis latest, List<FocusFollowUp> focus) {
        String set = " set in " + previous.period();
        if (focus.isEmpty()) {
            return "The " + previous.period() + " round set no focus items to follow up.";
        }
        List<String> stalled = focus.stream().filter(item -> item.outcome() != Outcome.IMPROVED)
                .map(item -> stalled(item, previous.period(), latest.period())).toList();
        String improvedBy = " improved beyond noise.";
        if (stalled.isEmpty()) {
            FocusFollowUp only = focus.get(0);
            return focus.size() == 1
                    ? "The one focus item" + set + ", " + practice(only.practiceId(), only.title()) + ", improved from "
                    + Prose.mean(only.before()) + " to " + Prose.mean(only.after()) + "."
                    : "All " + Prose.count(focus.size(), "focus item", "focus items") + set + improvedBy;
        }
        if (stalled.size() == focus.size()) {
            return (focus.size() == 1 ? "The one focus item" + set + " did not improve beyond noise: "
                    : "None of the " + Prose.count(focus.size(), "focus item", "focus items") + set
                    + " improved beyond noise: ") + Prose.and(stalled) + ".";
        }
        return "Of the " + Prose.count(focus.size(), "focus item", "focus items") + set + ", "
                + Prose.number(stalled.size()) + " did not improve beyond noise: " + Prose.and(stalled) + ".";
    }

    private String stalled(FocusFollowUp item, String previousPeriod, String latestPeriod) {
        String practice = practice(item.practiceId(), item.title());
        if (item.outcome() == Outcome.NOT_MEASURED) {
            return practice + " was not scored in " + (item.after() == null ? latestPeriod : previousPeriod);
        }
        String verb = item.outcome() == Outcome.WORSE ? " fell beyond noise from " : " went from ";
        return practice + verb + Prose.mean(item.before()) + " to " + Prose.mean(item.after())
                + (item.outcome() == Outcome.WITHIN_NOISE ? " (within noise)" : "");
    }

    // --- what changed ------------------------------------------------------------------------------------------

    private String change(Diagnosis first, Diagnosis previous, Diagnosis latest, AnnualComparison figures) {
        return health(figures.health()) + " " + principles(first, latest, figures) + " "
                + practicesAndResolved(previous, latest, figures);
    }

    private static String health(List<HealthPoint> health) {
        HealthPoint first = health.get(0);
        HealthPoint last = health.get(health.size() - 1);
        double change = Prose.round(last.healthIndex() - first.healthIndex(), 1);
        if (change == 0) {
            return "The health index held at " + Prose.index(last.healthIndex()) + " from " + first.period() + " to "
                    + last.period() + ".";
        }
        String bands = first.band() == last.band() ? ""
                : ", moving from the " + band(first.band()) + " to the " + band(last.band());
        return "The health index " + (change > 0 ? "rose " : "fell ") + Prose.index(Math.abs(change))
                + " points, from " + Prose.index(first.healthIndex()) + " in " + first.period() + " to "
                + Prose.index(last.healthIndex()) + " in " + last.period() + bands + ".";
    }

    private static String principles(Diagnosis first, Diagnosis latest, AnnualComparison figures) {
        List<String> up = principleChanges(figures, Direction.UP);
        List<String> down = principleChanges(figures, Direction.DOWN);
        String span = " between " + first.period() + " and " + latest.period();
        if (up.isEmpty() && down.isEmpty()) {
            return "No principle moved beyond noise" + span + ".";
        }
        String rose = up.isEmpty() ? "No principle went up beyond noise" + span
                : Prose.capitalised(Prose.count(up.size(), "principle", "principles")) + " went up beyond noise" + span + ": "
                + Prose.and(up);
        String fell = down.isEmpty() ? "" : "; " + Prose.count(down.size(), "principle", "principles")
                + " went down beyond noise: " + Prose.and(down);
        return rose + fell + ".";
    }

    /** "Partnership identity (P3) by 0.39", largest change first. */
    private static List<String> principleChanges(AnnualComparison figures, Direction direction) {
        return figures.principles().stream().filter(trend -> trend.direction() == direction)
                .sorted(Comparator.comparingDouble((PrincipleTrend trend) -> -Math.abs(trend.change())))
                .map(trend -> trend.name() + " (" + trend.principleId() + ") by " + Prose.points(trend.change()))
                .toList();
    }

    private String practicesAndResolved(Diagnosis previous, Diagnosis latest, AnnualComparison figures) {
        List<String> moved = figures.practices().stream().filter(PracticeChange::beyondNoise)
                .map(c -> practice(c.practiceId(), c.title()) + " from " + Prose.mean(c.before()) + " to "
                        + Prose.mean(c.after()))
                .toList();
        String span = " between " + previous.period() + " and " + latest.period();
        String practices = moved.isEmpty() ? "No practice moved beyond noise" + span
                : Prose.capitalised(Prose.count(moved.size(), "practice", "practices")) + " moved beyond noise"
                + span + ": " + Prose.first(moved, LISTED);
        List<String> resolved = statuses(figures, Status.RESOLVED);
        return practices + (resolved.isEmpty() ? ", and no anti-pattern was resolved."
                : "; " + Prose.and(resolved) + (resolved.size() == 1 ? " was" : " were") + " resolved.");
    }

    // --- what comes next ---------------------------------------------------------------------------------------

    private String next(Diagnosis previous, Diagnosis latest, AnnualComparison figures) {
        boolean nothingToFix = figures.antiPatterns().stream().noneMatch(s -> s.status() != Status.RESOLVED)
                && latest.focus().stream().allMatch(item -> item.kind() == RecommendationKind.SUSTAIN);
        return nothingToFix ? sustain(previous, latest) : fix(previous, latest, figures);
    }

    private String fix(Diagnosis previous, Diagnosis latest, AnnualComparison figures) {
        List<String> focus = latest.focus().stream().map(item -> practice(item.practiceId(), item.title())).toList();
        String plan = focus.isEmpty() ? "The " + latest.period() + " round set no focus items."
                : "The " + latest.period() + " plan puts its 90-day focus on " + Prose.first(focus, LISTED) + ".";
        // A practice in focus two rounds running is the consultant's first question: why did the plan not land?
        List<String> previousFocus = previous.focus().stream().map(Recommendation::practiceId).toList();
        List<String> again = latest.focus().stream().map(Recommendation::practiceId)
                .filter(previousFocus::contains).toList();
        String repeated = again.isEmpty() ? ""
                : " " + Prose.and(again) + (again.size() == 1 ? " was" : " were") + " already in the "
                + previous.period() + " plan.";
        List<String> fresh = statuses(figures, Status.NEW);
        String antiPatterns = fresh.isEmpty()
                ? "No new anti-pattern appeared in " + latest.period() + "."
                : Prose.capitalised(Prose.and(fresh)) + (fresh.size() == 1 ? " is" : " are") + " new since "
                + previous.period() + ".";
        return plan + repeated + " " + antiPatterns;
    }

    private String sustain(Diagnosis previous, Diagnosis latest) {
        Map<String, PracticeScore> scores = latest.scores().practices().stream()
                .collect(Collectors.toMap(PracticeScore::practiceId, Function.identity(), (a, b) -> a, TreeMap::new));
        List<String> ids = latest.focus().isEmpty() ? strongestPractices(latest)
                : latest.focus().stream().map(Recommendation::practiceId).toList();
        List<String> strengths = ids.stream().map(id -> practice(id, null)
                + (scores.containsKey(id) ? " at " + Prose.mean(scores.get(id).mean()) : "")).toList();
        String task = strengths.isEmpty() ? "keep what works."
                : "sustain its strengths, above all " + Prose.first(strengths, LISTED) + ".";
        return "With no anti-pattern and nothing to fix in " + latest.period() + ", the task ahead is to " + task
                + " In " + latest.period() + ", " + Prose.count(strengthCount(latest), "practice", "practices")
                + " scored as strengths, against " + (strengthCount(previous) == 0 ? "none"
                : Prose.number(strengthCount(previous))) + " in "
                + previous.period() + ".";
    }

    /** The round's strengths as its own diagnosis counts them (strength findings, not split), strongest first. */
    private static List<String> strongestPractices(Diagnosis round) {
        java.util.Set<String> strengths = strengthIds(round);
        return round.scores().practices().stream().filter(score -> strengths.contains(score.practiceId()))
                .sorted(Comparator.comparingDouble((PracticeScore score) -> -score.mean())
                        .thenComparing(PracticeScore::practiceId))
                .map(PracticeScore::practiceId).toList();
    }

    /** As many strengths as the round's own diagnosis reports, so the two reports never disagree. */
    private static int strengthCount(Diagnosis round) {
        return strengthIds(round).size();
    }

    private static java.util.Set<String> strengthIds(Diagnosis round) {
        return round.findings().stream()
                .filter(f -> f.kind() == org.partnershiphealth.diagnosis.FindingKind.STRENGTH && f.asserted())
                .filter(f -> !f.practiceIds().isEmpty())
                .map(f -> f.practiceIds().get(0)).collect(Collectors.toCollection(java.util.TreeSet::new));
    }

    // --- names -------------------------------------------------------------------------------------------------

    private List<String> statuses(AnnualComparison figures, Status status) {
        return figures.antiPatterns().stream().filter(s -> s.status() == status)
                .map(s -> antiPattern(s.antiPatternId())).toList();
    }

    private static List<String> antiPatternsBySeverity(Diagnosis round) {
        Map<String, Double> severities = round.findings().stream()
                .filter(f -> f.kind() == FindingKind.ANTI_PATTERN && f.antiPatternId() != null && f.asserted())
                .collect(Collectors.toMap(Finding::antiPatternId, Finding::severity, Math::max));
        return severities.keySet().stream().sorted(Comparator.comparingDouble((String id) -> -severities.get(id))
                .thenComparing(Function.identity())).toList();
    }

    private String antiPattern(String id) {
        return names.antiPattern(id) + " (" + id + ")";
    }

    private String practice(String id, String title) {
        return (title != null ? title : names.practice(id)) + " (" + id + ")";
    }

    private static String partnershipName(Diagnosis round) {
        String name = round.partnership().name();
        return name == null || name.isBlank() ? round.partnership().id() : name;
    }

    private static String band(Band band) {
        return band.name().toLowerCase(Locale.ROOT) + " band";
    }
}
