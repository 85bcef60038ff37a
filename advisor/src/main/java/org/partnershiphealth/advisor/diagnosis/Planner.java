package org.partnershiphealth.advisor.diagnosis;

import org.partnershiphealth.assessment.PartnershipFacts;
import org.partnershiphealth.diagnosis.Diagnosis;
import org.partnershiphealth.diagnosis.Evidence;
import org.partnershiphealth.diagnosis.Finding;
import org.partnershiphealth.diagnosis.FindingKind;
import org.partnershiphealth.diagnosis.Horizon;
import org.partnershiphealth.diagnosis.PracticeScore;
import org.partnershiphealth.diagnosis.QuestionScore;
import org.partnershiphealth.diagnosis.Recommendation;
import org.partnershiphealth.diagnosis.RecommendationKind;
import org.partnershiphealth.diagnosis.Scores;
import org.partnershiphealth.diagnosis.Step;
import org.partnershiphealth.knowledge.Action;
import org.partnershiphealth.knowledge.AntiPattern;
import org.partnershiphealth.knowledge.Context;
import org.partnershiphealth.knowledge.KnowledgeBase;
import org.partnershiphealth.knowledge.Owner;
import org.partnershiphealth.knowledge.Practice;
import org.partnershiphealth.knowledge.Question;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Turns findings into a 90-day plan sized for people who have day jobs. Each practice that a finding points at
 * becomes a candidate; its priority is {@code severity x leverage x consensus}:
 * <ul>
 *   <li>severity: the highest severity among the findings behind it (0-1);</li>
 *   <li>leverage: {@code 1 + 0.25 x (findings addressed - 1)}, at most 2, so a practice that answers a gap, an
 *       anti-pattern and a divergence at once ranks above one that answers a single gap;</li>
 *   <li>consensus: {@code 1 - min(spread, 2) / 4}, so a weakness respondents agree on comes before a disputed one
 *       (which first needs a conversation, and has its own divided-views finding).</li>
 * </ul>
 * The focus holds {@value #FOCUS_LIMIT} practices, prerequisites before the practices that need them; a fourth only
 * when an established anti-pattern of severity {@value #SERIOUS} or more would otherwise have no remedy in the plan
 * (if the focus is full, it displaces the lowest item that answers no anti-pattern). Each focus item gets the two or
 * three knowledge-base steps that best answer what triggered it (its anti-patterns count 3, its weak or cited
 * statements 2), skipping steps whose context does not hold, {@value #MAX_STEPS} steps in the whole plan at most;
 * steps are spread over weeks 1-4, 5-8 and 9-12, and an item that depends on another focus item starts four weeks
 * later. "Not now" lists only problems that were considered and deliberately deferred. Without any problem, the
 * focus holds at most two strengths to sustain, and nothing is invented. Trend findings across rounds count like
 * the findings they extend: a persisting anti-pattern joins its remedies with its escalated severity, a declining
 * practice or done work that did not help is a candidate of its own, and steps reported done without effect are
 * not proposed again.
 */
final class Planner {

    static final int FOCUS_LIMIT = 3;
    static final int FOCUS_LIMIT_SERIOUS = 4;
    static final double SERIOUS = 0.5;
    static final int MAX_STEPS = 8;
    static final int SUSTAIN_LIMIT = 2;
    private static final int MIN_STEPS_PER_ITEM = 2;
    private static final int MAX_STEPS_PER_ITEM = 3;
    /** How the reason of an item added for a serious anti-pattern begins. */
    static final String SERIOUS_NOTE = "It joins the focus because ";
    private static final Map<Integer, String> ROUNDS = Map.of(2, "two", 3, "three", 4, "four", 5, "five");
    private static final Pattern QUESTION_ID = Pattern.compile("\\bQ\\d\\d[A-Z]\\b");

    private final KnowledgeBase knowledge;

    Planner(KnowledgeBase knowledge) {
        this.knowledge = knowledge;
    }

    /** The plan, and the practices' steps left out of it because the partnership's context rules them out. */
    record Plan(List<Recommendation> focus, List<Recommendation> notNow, List<Diagnosis.ActionLeftOut> actionsLeftOut) {
    }

    /** Plans from the asserted findings only: a finding to verify is a question to ask, never a focus item. */
    Plan plan(List<Finding> allFindings, Scores scores, PartnershipFacts facts) {
        List<Finding> findings = allFindings.stream().filter(Finding::asserted).toList();
        Map<String, PracticeScore> practiceScores = scores.practices().stream()
                .collect(Collectors.toMap(PracticeScore::practiceId, s -> s));
        Map<String, Finding> strengths = new LinkedHashMap<>();
        findings.stream().filter(f -> f.kind() == FindingKind.STRENGTH)
                .forEach(f -> strengths.put(f.practiceIds().get(0), f));
        Map<String, List<Finding>> problems = problemsByPractice(findings, practiceScores, strengths.keySet());
        Set<String> established = findings.stream().map(Finding::antiPatternId).filter(id -> id != null)
                .collect(Collectors.toSet());
        PlanContext context = new PlanContext(new StrengthPicker(knowledge, strengths, practiceScores, problems.keySet()),
                facts.recorded(), new ArrayList<>(), scores, established);

        List<Candidate> ranked = problems.entrySet().stream()
                .map(entry -> new Candidate(entry.getKey(), entry.getValue(),
                        priority(entry.getValue(), practiceScores.get(entry.getKey()))))
                .sorted(Comparator.comparingDouble(Candidate::priority).reversed()
                        .thenComparing(Candidate::practiceId))
                .toList();
        Map<String, Candidate> byPractice = new LinkedHashMap<>();
        ranked.forEach(candidate -> byPractice.put(candidate.practiceId(), candidate));

        // per practice: why it was deferred, or why it joined the focus out of turn
        Map<String, String> notes = new LinkedHashMap<>();
        List<String> focus = chooseFocus(ranked, byPractice, notes);
        List<String> ordered = prerequisitesFirst(focus);
        List<Recommendation> focusItems = planSteps(ordered, byPractice, notes, context);
        List<Recommendation> notNow = new ArrayList<>();
        for (Candidate candidate : ranked) {
            if (!focus.contains(candidate.practiceId())) {
                String reason = notes.getOrDefault(candidate.practiceId(), "Not now: it ranks below the "
                        + focus.size() + " focus items; taking on more at once spreads partners' limited time too"
                        + " thin. Revisit at the next review.");
                notNow.add(recommendation(candidate, Horizon.NOT_NOW, reason, List.of(), context));
            }
        }
        if (ranked.isEmpty()) {
            strengths.values().stream()
                    .sorted(Comparator.comparingDouble(Finding::severity).reversed()
                            .thenComparing(f -> f.practiceIds().get(0)))
                    .limit(SUSTAIN_LIMIT)
                    .forEach(strength -> focusItems.add(sustainRecommendation(strength)));
        }
        return new Plan(focusItems, notNow, context.leftOut().stream().distinct().toList());
    }

    /**
     * Up to {@value #FOCUS_LIMIT} candidates by priority, each with its missing prerequisites; then room is made for
     * a serious established anti-pattern that has no remedy in the focus yet. Candidates resting only on split views
     * are deferred with their own reason.
     */
    private List<String> chooseFocus(List<Candidate> ranked, Map<String, Candidate> byPractice,
                                     Map<String, String> notes) {
        List<String> focus = new ArrayList<>();
        for (Candidate candidate : ranked) {
            if (focus.contains(candidate.practiceId())) {
                continue;
            }
            if (candidate.onlySplitViews()) {
                notes.put(candidate.practiceId(), "Not now: respondents are split on this practice, though its"
                        + " average is not in the concern band; talk the difference through at the next meeting"
                        + " before investing in it.");
                continue;
            }
            List<String> missing = missingPrerequisites(candidate.practiceId(), byPractice, focus);
            if (focus.size() + missing.size() + 1 <= FOCUS_LIMIT) {
                focus.addAll(missing);
                focus.add(candidate.practiceId());
            } else if (!missing.isEmpty()) {
                notes.put(candidate.practiceId(), "Not now: it depends on " + titles(missing) + ", which must be"
                        + " strengthened first and does not fit in this 90-day focus as well.");
            }
        }
        for (Candidate candidate : ranked) {
            Optional<Finding> serious = candidate.findings().stream()
                    .filter(f -> f.antiPatternId() != null && f.severity() >= SERIOUS)
                    .filter(f -> f.practiceIds().stream().noneMatch(focus::contains))
                    .findFirst();
            if (serious.isEmpty() || focus.contains(candidate.practiceId())
                    || !missingPrerequisites(candidate.practiceId(), byPractice, focus).isEmpty()) {
                continue;
            }
            if (focus.size() >= FOCUS_LIMIT_SERIOUS) {
                Optional<String> displaced = focus.stream()
                        .filter(id -> byPractice.get(id).findings().stream()
                                .noneMatch(f -> f.kind() == FindingKind.ANTI_PATTERN))
                        .filter(id -> focus.stream().noneMatch(other -> prerequisitesOf(other).contains(id)))
                        .min(Comparator.comparingDouble((String id) -> byPractice.get(id).priority()));
                if (displaced.isEmpty()) {
                    continue;
                }
                focus.remove(displaced.get());
                notes.put(displaced.get(), "Not now: it gave its place to " + title(candidate.practiceId())
                        + ", the remedy for \u201c" + knowledge.antiPattern(serious.get().antiPatternId()).name()
                        + "\u201d, which is established and more serious.");
            }
            focus.add(candidate.practiceId());
            notes.remove(candidate.practiceId());
            notes.put(candidate.practiceId(), SERIOUS_NOTE + "\u201c"
                    + knowledge.antiPattern(serious.get().antiPatternId()).name() + "\u201d is serious and would"
                    + " otherwise have no remedy in this plan.");
        }
        return focus;
    }

    private List<String> missingPrerequisites(String practiceId, Map<String, Candidate> byPractice,
                                              List<String> focus) {
        return prerequisitesOf(practiceId).stream().filter(byPractice::containsKey)
                .filter(id -> !focus.contains(id)).filter(id -> !byPractice.get(id).onlySplitViews()).toList();
    }

    /** The focus with every practice after the focus practices it depends on, otherwise in the chosen order. */
    private List<String> prerequisitesFirst(List<String> focus) {
        List<String> ordered = new ArrayList<>();
        for (String id : focus) {
            for (String prerequisite : prerequisitesOf(id)) {
                if (focus.contains(prerequisite) && !ordered.contains(prerequisite)) {
                    ordered.add(prerequisite);
                }
            }
            if (!ordered.contains(id)) {
                ordered.add(id);
            }
        }
        return ordered;
    }

    /** Two steps for every item, a third for the first items while the plan stays within {@value #MAX_STEPS}. */
    private List<Recommendation> planSteps(List<String> ordered, Map<String, Candidate> byPractice,
                                           Map<String, String> notes, PlanContext context) {
        int thirds = Math.max(0, MAX_STEPS - MIN_STEPS_PER_ITEM * ordered.size());
        List<Recommendation> items = new ArrayList<>();
        for (String id : ordered) {
            Candidate candidate = byPractice.get(id);
            int budget = thirds-- > 0 ? MAX_STEPS_PER_ITEM : MIN_STEPS_PER_ITEM;
            boolean dependent = prerequisitesOf(id).stream().anyMatch(ordered::contains);
            List<String> needing = ordered.stream().filter(other -> prerequisitesOf(other).contains(id)).toList();
            String serious = notes.getOrDefault(id, "");
            String reason = focusReason(candidate, context.scores())
                    + (serious.startsWith(SERIOUS_NOTE) ? " " + serious : "")
                    + (needing.isEmpty() ? "" : " It comes first because " + titles(needing)
                    + (needing.size() == 1 ? " depends" : " depend") + " on it.");
            List<Step> steps = steps(candidate, budget, dependent ? 1 : 0, context);
            items.add(recommendation(candidate, Horizon.FOCUS, reason, steps, context));
        }
        return items;
    }

    /**
     * The steps that best answer what triggered the candidate: an anti-pattern's first step (e.g. staffing an
     * unstaffed backbone) always leads; then the practice's steps whose context holds, by how much of the trigger
     * they answer, the knowledge base's order breaking ties.
     */
    private List<Step> steps(Candidate candidate, int budget, int startBlock, PlanContext context) {
        Practice practice = knowledge.practice(candidate.practiceId());
        Set<String> antiPatterns = candidate.findings().stream().map(Finding::antiPatternId)
                .filter(id -> id != null).collect(Collectors.toCollection(LinkedHashSet::new));
        Set<String> statements = triggeringStatements(candidate, context.scores());
        Set<String> tried = tried(candidate);
        List<Step> chosen = new ArrayList<>();
        antiPatterns.stream().map(knowledge::antiPattern).map(AntiPattern::firstStep)
                .filter(step -> step != null && !step.isBlank() && !tried.contains(step)).distinct()
                .forEach(step -> chosen.add(new Step(step, Owner.STEERING_GROUP, null, List.copyOf(antiPatterns))));
        List<Action> applicable = context.applicable(practice, knowledge).stream()
                .filter(action -> !tried.contains(action.text())).toList();
        List<Action> byMatch = applicable.stream()
                .sorted(Comparator.comparingInt((Action action) -> -match(action, antiPatterns, statements)))
                .toList();
        for (Action action : byMatch) {
            if (chosen.size() >= budget) {
                break;
            }
            List<String> answered = action.answers().stream()
                    .filter(id -> antiPatterns.contains(id) || statements.contains(id)).toList();
            chosen.add(new Step(action.text(), action.owner() == null ? Owner.BACKBONE_LEAD : action.owner(), null,
                    answered));
        }
        List<Step> phased = new ArrayList<>();
        for (int i = 0; i < chosen.size(); i++) {
            Step step = chosen.get(i);
            phased.add(new Step(step.text(), step.owner(), Step.Weeks.WEEKS_1_TO_4.plus(i + startBlock),
                    step.answers()));
        }
        return phased;
    }

    private static int match(Action action, Set<String> antiPatterns, Set<String> statements) {
        return action.answers().stream()
                .mapToInt(id -> antiPatterns.contains(id) ? 3 : statements.contains(id) ? 2 : 0).sum();
    }

    /** Statements cited in the findings' evidence, the practice's statements in the concern zone, and its lowest. */
    private Set<String> triggeringStatements(Candidate candidate, Scores scores) {
        Set<String> ids = new LinkedHashSet<>();
        for (Finding finding : candidate.findings()) {
            for (Evidence evidence : finding.evidence()) {
                Matcher matcher = QUESTION_ID.matcher(evidence.subject());
                while (matcher.find()) {
                    ids.add(matcher.group());
                }
            }
        }
        Map<String, QuestionScore> byId = scores.questions().stream()
                .collect(Collectors.toMap(QuestionScore::questionId, q -> q, (a, b) -> a));
        List<Question> own = knowledge.questionnaire().items().stream()
                .filter(q -> q.practices().contains(candidate.practiceId()) && !q.position())
                .filter(q -> byId.containsKey(q.id())).toList();
        own.stream().filter(q -> scoreOf(q, byId) < 3).forEach(q -> ids.add(q.id()));
        own.stream().min(Comparator.comparingDouble(q -> scoreOf(q, byId))).ifPresent(q -> ids.add(q.id()));
        return ids;
    }

    private static double scoreOf(Question question, Map<String, QuestionScore> byId) {
        double agreement = byId.get(question.id()).agreement();
        return question.reverse() ? 6 - agreement : agreement;
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
            if (finding.kind() == FindingKind.STRENGTH || finding.antiPatternId() != null) {
                continue;
            }
            List<String> practices = finding.practiceIds();
            if (practices.isEmpty() && finding.principleId() != null) {
                practices = weakestPracticeOf(finding.principleId(), scores).map(List::of).orElse(List.of());
            }
            practices.forEach(id -> problems.computeIfAbsent(id, p -> new ArrayList<>()).add(finding));
        }
        // a persisting anti-pattern (a trend finding) comes after the anti-pattern itself, so it joins its practices
        for (Finding antiPattern : findings) {
            if (antiPattern.antiPatternId() == null) {
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

    /** Why the practice is in the focus, in plain words: what partners said and which failure patterns it answers. */
    private String focusReason(Candidate candidate, Scores scores) {
        List<String> because = new ArrayList<>();
        PracticeScore score = scores.practices().stream()
                .filter(s -> s.practiceId().equals(candidate.practiceId())).findFirst().orElse(null);
        List<String> patterns = new ArrayList<>();
        for (Finding finding : candidate.findings()) {
            String reason = switch (finding.kind()) {
                case GAP -> finding.principleId() != null && finding.practiceIds().isEmpty()
                        ? "it is the weakest practice of " + knowledge.principle(finding.principleId()).name()
                        + ", a principle in the concern band"
                        : score == null ? "partners rate it low"
                        : String.format(Locale.ROOT, "partners rate it low (%.1f out of 5)", score.mean());
                case DIVERGENCE -> "groups of partners see it very differently";
                case DIVIDED_VIEWS -> "respondents are split on it";
                case ANTI_PATTERN, STRENGTH, TREND -> null;
            };
            if (finding.kind() == FindingKind.ANTI_PATTERN) {
                patterns.add("\u201c" + knowledge.antiPattern(finding.antiPatternId()).name() + "\u201d");
            } else if (reason != null && !because.contains(reason)) {
                because.add(reason);
            }
        }
        if (!patterns.isEmpty()) {
            because.add("it is a remedy for " + (patterns.size() == 1 ? "a failure pattern the evidence establishes, "
                    : "failure patterns the evidence establishes: ") + and(patterns));
        }
        // what the earlier rounds add reads as sentences of its own; alone, it is the reason
        List<String> trends = new ArrayList<>(persisting(candidate.findings()));
        candidate.findings().stream().filter(f -> f.kind() == FindingKind.TREND)
                .filter(f -> !f.ruleId().equals("TREND-PERSISTS"))
                .map(this::trendReason).filter(reason -> reason != null).distinct().forEach(trends::add);
        if (because.isEmpty()) {
            return "Chosen because " + and(trends) + ".";
        }
        return "Chosen because " + and(because) + "." + trends.stream()
                .map(reason -> " " + Character.toUpperCase(reason.charAt(0)) + reason.substring(1) + ".")
                .collect(Collectors.joining());
    }

    /**
     * Persisting failure patterns in plain words, those found over the same rounds in one clause: "“A” and “B” have
     * now been found in two rounds in a row (2025, 2026), so they are no longer one-offs".
     */
    private List<String> persisting(List<Finding> findings) {
        Map<String, List<String>> namesByRounds = new LinkedHashMap<>();
        findings.stream().filter(f -> f.ruleId().equals("TREND-PERSISTS") && !f.evidence().isEmpty())
                .forEach(f -> namesByRounds.computeIfAbsent(f.evidence().get(0).observed(), k -> new ArrayList<>())
                        .add("\u201c" + knowledge.antiPattern(f.antiPatternId()).name() + "\u201d"));
        List<String> clauses = new ArrayList<>();
        namesByRounds.forEach((rounds, names) -> {
            boolean one = names.size() == 1;
            clauses.add(and(names) + (one ? " has" : " have") + " now been found in "
                    + ROUNDS.getOrDefault(rounds.split(", ").length, "several") + " rounds in a row (" + rounds
                    + "), so " + (one ? "it is no longer a one-off" : "they are no longer one-offs"));
        });
        return clauses;
    }

    /** A trend in plain words: a practice falling round after round, or work that did not help. */
    private String trendReason(Finding trend) {
        String observed = trend.evidence().isEmpty() ? "" : trend.evidence().get(0).observed();
        return switch (trend.ruleId()) {
            case "TREND-DECLINE" -> "its score has fallen round after round (" + observed + ")";
            case "TREND-DONE-NOT-WORKING" -> "the work on it was reported done after the last round, yet partners'"
                    + " scores did not improve: the approach needs a second look rather than more of the same, so"
                    + " the steps below leave out what was already done";
            default -> null;
        };
    }

    /** The steps a partnership reported done without the practice improving: not to be proposed again as they were. */
    private static Set<String> tried(Candidate candidate) {
        return candidate.findings().stream().filter(f -> f.ruleId().equals("TREND-DONE-NOT-WORKING"))
                .flatMap(f -> f.evidence().stream())
                .filter(evidence -> evidence.subject().startsWith(org.partnershiphealth.rules.Findings.DONE_AFTER))
                .map(Evidence::observed)
                .collect(Collectors.toSet());
    }

    private static String and(List<String> parts) {
        return parts.size() <= 1 ? String.join("", parts)
                : String.join(", ", parts.subList(0, parts.size() - 1)) + " and " + parts.get(parts.size() - 1);
    }

    private String title(String practiceId) {
        return knowledge.practice(practiceId).title();
    }

    private String titles(List<String> practiceIds) {
        return practiceIds.stream().map(this::title).collect(Collectors.joining(" and "));
    }

    private Recommendation recommendation(Candidate candidate, Horizon horizon, String reason, List<Step> steps,
                                          PlanContext context) {
        Practice practice = knowledge.practice(candidate.practiceId());
        boolean antiPattern = candidate.findings().stream().anyMatch(f -> f.kind() == FindingKind.ANTI_PATTERN);
        List<Evidence> evidence = candidate.findings().stream().flatMap(f -> f.evidence().stream()).distinct().toList();
        return new Recommendation(practice.id(), practice.title(),
                antiPattern ? RecommendationKind.REMEDY : RecommendationKind.STRENGTHEN, horizon, candidate.priority(),
                steps, candidate.findings().stream().map(Finding::ruleId).distinct().toList(), evidence,
                reason, context.strengths().forPractice(practice));
    }

    private Recommendation sustainRecommendation(Finding strength) {
        Practice practice = knowledge.practice(strength.practiceIds().get(0));
        return new Recommendation(practice.id(), practice.title(), RecommendationKind.SUSTAIN, Horizon.FOCUS,
                strength.severity(), List.of(new Step(practice.sustainingAction(), Owner.BACKBONE_LEAD,
                Step.Weeks.WEEKS_1_TO_4, List.of())), List.of(strength.ruleId()), strength.evidence(),
                "A strength to keep: nothing needs fixing, so the next 90 days are best spent protecting what works.",
                null);
    }

    /** What a plan's recommendations draw on: strengths to build on, the recorded context, and the scores. */
    private record PlanContext(StrengthPicker strengths, Map<String, Object> recorded,
                               List<Diagnosis.ActionLeftOut> leftOut, Scores scores, Set<String> established) {

        /**
         * The practice's steps whose context holds and that work against no established anti-pattern; the others
         * are recorded as left out, with the reason.
         */
        List<Action> applicable(Practice practice, KnowledgeBase knowledge) {
            List<Action> fitting = new ArrayList<>();
            for (Action action : practice.actions()) {
                Optional<Context> failing = Context.firstFailing(action.appliesWhen(), recorded);
                Optional<String> against = action.notWhile().stream().filter(established::contains).findFirst();
                if (failing.isPresent()) {
                    leftOut.add(new Diagnosis.ActionLeftOut(practice.id(), action.text(), failing.get().otherwise()));
                } else if (against.isPresent()) {
                    leftOut.add(new Diagnosis.ActionLeftOut(practice.id(), action.text(), "It would work against \u201c"
                            + knowledge.antiPattern(against.get()).name() + "\u201d, which the evidence establishes."));
                } else {
                    fitting.add(action);
                }
            }
            return fitting;
        }
    }

    private record Candidate(String practiceId, List<Finding> findings, double priority) {

        boolean onlySplitViews() {
            return findings.stream().allMatch(f -> f.kind() == FindingKind.DIVIDED_VIEWS);
        }
    }
}
