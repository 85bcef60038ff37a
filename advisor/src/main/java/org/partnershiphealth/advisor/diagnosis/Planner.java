package org.partnershiphealth.advisor.diagnosis;

import org.partnershiphealth.assessment.PartnershipFacts;
import org.partnershiphealth.diagnosis.Diagnosis;
import org.partnershiphealth.diagnosis.Evidence;
import org.partnershiphealth.diagnosis.Finding;
import org.partnershiphealth.diagnosis.FindingKind;
import org.partnershiphealth.diagnosis.Horizon;
import org.partnershiphealth.diagnosis.PracticeScore;
import org.partnershiphealth.diagnosis.Recommendation;
import org.partnershiphealth.diagnosis.RecommendationKind;
import org.partnershiphealth.diagnosis.Scores;
import org.partnershiphealth.knowledge.Action;
import org.partnershiphealth.knowledge.Context;
import org.partnershiphealth.knowledge.KnowledgeBase;
import org.partnershiphealth.knowledge.Practice;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Turns findings into a short plan. Each practice that a finding points at becomes a candidate; its priority is
 * {@code severity x leverage x consensus}:
 * <ul>
 *   <li>severity: the highest severity among the findings behind it (0-1);</li>
 *   <li>leverage: {@code 1 + 0.25 x (findings addressed - 1)}, at most 2, so a practice that answers a gap, an
 *       anti-pattern and a divergence at once ranks above one that answers a single gap;</li>
 *   <li>consensus: {@code 1 - min(spread, 2) / 4}, so a weakness respondents agree on comes before a disputed one
 *       (which first needs a conversation, and has its own divided-views finding).</li>
 * </ul>
 * At most {@link #FOCUS_LIMIT} candidates become the focus for the next 90 days, prerequisites before the
 * practices that need them; everything else goes to "not now" with its reason. Without any problem, the focus
 * holds at most two strengths to sustain, and nothing is invented. A practice on which partners are merely split
 * (divided views, no gap, no anti-pattern, no divergence between the groups shown) is not acted on yet: the split
 * needs a conversation first.
 */
final class Planner {

    static final int FOCUS_LIMIT = 5;
    static final int SUSTAIN_LIMIT = 2;
    /** The most first steps one focus item lists. */
    static final int MAX_ACTIONS = 5;

    private final KnowledgeBase knowledge;

    Planner(KnowledgeBase knowledge) {
        this.knowledge = knowledge;
    }

    /** The plan, and the practices' steps left out of it because the partnership's context rules them out. */
    record Plan(List<Recommendation> focus, List<Recommendation> notNow, List<Diagnosis.ActionLeftOut> actionsLeftOut) {
    }

    /** Plans from the asserted findings only: a finding to verify is a question to ask, never a focus item. */
    Plan plan(List<Finding> allFindings, Scores scores, PartnershipFacts facts) {
        Map<String, Object> recorded = facts.recorded();
        List<Diagnosis.ActionLeftOut> leftOut = new ArrayList<>();
        List<Finding> findings = allFindings.stream().filter(Finding::asserted).toList();
        Map<String, PracticeScore> practiceScores = scores.practices().stream()
                .collect(Collectors.toMap(PracticeScore::practiceId, s -> s));
        Map<String, Finding> strengths = new LinkedHashMap<>();
        findings.stream().filter(f -> f.kind() == FindingKind.STRENGTH)
                .forEach(f -> strengths.put(f.practiceIds().get(0), f));
        Map<String, List<Finding>> problems = problemsByPractice(findings, practiceScores, strengths.keySet());
        Steps steps = new Steps(new StrengthPicker(knowledge, strengths, practiceScores), recorded, leftOut);

        List<Candidate> ranked = problems.entrySet().stream()
                .map(entry -> new Candidate(entry.getKey(), entry.getValue(),
                        priority(entry.getValue(), practiceScores.get(entry.getKey()))))
                .sorted(Comparator.comparingDouble(Candidate::priority).reversed()
                        .thenComparing(Candidate::practiceId))
                .toList();
        Map<String, Candidate> byPractice = new LinkedHashMap<>();
        ranked.forEach(candidate -> byPractice.put(candidate.practiceId(), candidate));

        List<Recommendation> focus = new ArrayList<>();
        List<Recommendation> notNow = new ArrayList<>();
        Set<String> inFocus = new LinkedHashSet<>();
        double cutOff = 0;
        for (Candidate candidate : ranked) {
            if (inFocus.contains(candidate.practiceId())) {
                continue;
            }
            if (candidate.findings().stream().allMatch(f -> f.kind() == FindingKind.DIVIDED_VIEWS)) {
                notNow.add(problemRecommendation(candidate, Horizon.NOT_NOW, "Not now: respondents are split on this"
                        + " practice, though its average is not in the concern band; talk the difference through at the"
                        + " next meeting before investing in it.", steps));
                continue;
            }
            List<String> missing = prerequisitesOf(candidate.practiceId()).stream()
                    .filter(byPractice::containsKey).filter(id -> !inFocus.contains(id)).toList();
            if (inFocus.size() + missing.size() + 1 <= FOCUS_LIMIT) {
                for (String prerequisite : missing) {
                    Candidate needed = byPractice.get(prerequisite);
                    focus.add(problemRecommendation(needed, Horizon.FOCUS, focusReason(needed)
                            + " It comes first because " + candidate.practiceId() + " depends on it.", steps));
                    inFocus.add(prerequisite);
                    notNow.removeIf(r -> r.practiceId().equals(prerequisite));
                }
                focus.add(problemRecommendation(candidate, Horizon.FOCUS, focusReason(candidate), steps));
                inFocus.add(candidate.practiceId());
                cutOff = candidate.priority();
            } else if (!missing.isEmpty() && inFocus.size() < FOCUS_LIMIT) {
                notNow.add(problemRecommendation(candidate, Horizon.NOT_NOW, "Not now: it depends on "
                        + String.join(" and ", missing) + ", which must be strengthened first and does not fit in"
                        + " this 90-day focus as well.", steps));
            } else {
                notNow.add(problemRecommendation(candidate, Horizon.NOT_NOW, String.format(Locale.ROOT,
                        "Not now: priority %.2f ranks below the %d focus items (lowest %.2f); taking on more at once"
                                + " spreads partners' limited time too thin. Revisit at the next review.",
                        candidate.priority(), FOCUS_LIMIT, cutOff), steps));
            }
        }
        List<Finding> sustain = strengths.values().stream()
                .sorted(Comparator.comparingDouble(Finding::severity).reversed()
                        .thenComparing(f -> f.practiceIds().get(0)))
                .toList();
        for (Finding strength : sustain) {
            String practiceId = strength.practiceIds().get(0);
            if (inFocus.contains(practiceId) || byPractice.containsKey(practiceId)) {
                continue;
            }
            boolean healthy = ranked.isEmpty() && focus.size() < SUSTAIN_LIMIT;
            Recommendation recommendation = sustainRecommendation(strength, healthy, ranked.isEmpty());
            (healthy ? focus : notNow).add(recommendation);
        }
        return new Plan(focus, notNow, leftOut.stream().distinct().toList());
    }

    /**
     * The findings each practice would address. Gaps, divergences and divided views point at their practices
     * directly. An anti-pattern lists several remedies; it strengthens the case of every remedy that is already a
     * candidate, and otherwise opens one candidate only, its first remedy that is not already a strength, so one
     * anti-pattern never fills the focus on its own.
     */
    private Map<String, List<Finding>> problemsByPractice(List<Finding> findings, Map<String, PracticeScore> scores,
                                                          Set<String> strong) {
        Map<String, List<Finding>> problems = new LinkedHashMap<>();
        for (Finding finding : findings) {
            if (finding.kind() == FindingKind.STRENGTH || finding.kind() == FindingKind.ANTI_PATTERN) {
                continue;
            }
            List<String> practices = finding.practiceIds();
            if (practices.isEmpty() && finding.principleId() != null) {
                practices = weakestPracticeOf(finding.principleId(), scores).map(List::of).orElse(List.of());
            }
            practices.forEach(id -> problems.computeIfAbsent(id, p -> new ArrayList<>()).add(finding));
        }
        for (Finding antiPattern : findings) {
            if (antiPattern.kind() != FindingKind.ANTI_PATTERN) {
                continue;
            }
            List<String> remedies = antiPattern.practiceIds();
            List<String> open = remedies.stream().filter(problems::containsKey).toList();
            if (open.isEmpty()) {
                String primary = remedies.stream().filter(id -> !strong.contains(id)).findFirst()
                        .orElse(remedies.get(0));
                open = List.of(primary);
            }
            open.forEach(id -> problems.computeIfAbsent(id, p -> new ArrayList<>()).add(antiPattern));
        }
        return problems;
    }

    private Optional<String> weakestPracticeOf(String principleId, Map<String, PracticeScore> scores) {
        return knowledge.practicesOf(principleId).stream().map(Practice::id).filter(scores::containsKey)
                .min(Comparator.comparingDouble((String id) -> scores.get(id).mean()).thenComparing(id -> id));
    }

    static double priority(List<Finding> findings, PracticeScore score) {
        double severity = findings.stream().mapToDouble(Finding::severity).max().orElse(0);
        double leverage = Math.min(2, 1 + 0.25 * (findings.size() - 1));
        double consensus = score == null ? 1 : 1 - Math.min(score.standardDeviation(), 2) / 4;
        return Math.round(severity * leverage * consensus * 1000) / 1000.0;
    }

    /** Transitive prerequisites, nearest last so that they can be added in the order they must happen. */
    private List<String> prerequisitesOf(String practiceId) {
        List<String> ordered = new ArrayList<>();
        collect(practiceId, ordered);
        ordered.remove(practiceId);
        return ordered;
    }

    private void collect(String practiceId, List<String> ordered) {
        for (String prerequisite : knowledge.practice(practiceId).prerequisites()) {
            if (!ordered.contains(prerequisite)) {
                collect(prerequisite, ordered);
                ordered.add(prerequisite);
            }
        }
    }

    private String focusReason(Candidate candidate) {
        List<String> ids = candidate.findings().stream().map(Finding::ruleId).distinct().toList();
        double severity = candidate.findings().stream().mapToDouble(Finding::severity).max().orElse(0);
        return String.format(Locale.ROOT, "Addresses %d finding%s (%s); highest severity %.2f; priority %.2f.",
                ids.size(), ids.size() == 1 ? "" : "s", String.join(", ", ids), severity, candidate.priority());
    }

    private Recommendation problemRecommendation(Candidate candidate, Horizon horizon, String reason, Steps steps) {
        Practice practice = knowledge.practice(candidate.practiceId());
        boolean antiPattern = candidate.findings().stream().anyMatch(f -> f.kind() == FindingKind.ANTI_PATTERN);
        List<Evidence> evidence = candidate.findings().stream().flatMap(f -> f.evidence().stream()).distinct().toList();
        List<String> actions = new ArrayList<>();
        candidate.findings().stream().filter(f -> f.antiPatternId() != null)
                .map(f -> knowledge.antiPattern(f.antiPatternId()).firstStep())
                .filter(step -> step != null && !step.isBlank()).distinct().forEach(actions::add);
        // an anti-pattern's first step replaces the practice's last steps, so a focus item never grows past five
        steps.applicable(practice).stream().limit(Math.max(0, MAX_ACTIONS - actions.size())).forEach(actions::add);
        return new Recommendation(practice.id(), practice.title(),
                antiPattern ? RecommendationKind.REMEDY : RecommendationKind.STRENGTHEN, horizon, candidate.priority(),
                actions, candidate.findings().stream().map(Finding::ruleId).distinct().toList(), evidence,
                reason, steps.strengths().forPractice(practice));
    }

    private Recommendation sustainRecommendation(Finding strength, boolean focus, boolean healthy) {
        Practice practice = knowledge.practice(strength.practiceIds().get(0));
        String reason = focus
                ? "A strength to keep: nothing needs fixing, so the next 90 days are best spent protecting what works."
                : healthy
                ? "Already strong: keep the sustaining habit; a third sustaining item would add effort, not health."
                : "Already strong: keep the sustaining habit; no new effort is needed here in the next 90 days.";
        return new Recommendation(practice.id(), practice.title(), RecommendationKind.SUSTAIN,
                focus ? Horizon.FOCUS : Horizon.NOT_NOW, strength.severity(), List.of(practice.sustainingAction()),
                List.of(strength.ruleId()), strength.evidence(), reason, null);
    }

    /** What a plan's recommendations draw on: strengths to build on, and the steps that fit the context. */
    private record Steps(StrengthPicker strengths, Map<String, Object> recorded,
                         List<Diagnosis.ActionLeftOut> leftOut) {

        /** The practice's steps whose context holds; the others are recorded as left out, with the reason. */
        List<String> applicable(Practice practice) {
            List<String> texts = new ArrayList<>();
            for (Action action : practice.actions()) {
                Optional<Context> failing = Context.firstFailing(action.appliesWhen(), recorded);
                if (failing.isEmpty()) {
                    texts.add(action.text());
                } else {
                    leftOut.add(new Diagnosis.ActionLeftOut(practice.id(), action.text(), failing.get().otherwise()));
                }
            }
            return texts;
        }
    }

    private record Candidate(String practiceId, List<Finding> findings, double priority) {
    }
}
