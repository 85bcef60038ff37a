package org.partnershiphealth.reports;

import org.partnershiphealth.diagnosis.Diagnosis;
import org.partnershiphealth.diagnosis.Finding;
import org.partnershiphealth.diagnosis.FindingKind;
import org.partnershiphealth.diagnosis.PracticeScore;
import org.partnershiphealth.diagnosis.QuestionScore;
import org.partnershiphealth.diagnosis.Recommendation;
import org.partnershiphealth.diagnosis.RecommendationKind;
import org.partnershiphealth.diagnosis.Step;
import org.partnershiphealth.knowledge.KnowledgeBase;
import org.partnershiphealth.knowledge.Narrative;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The short story that opens every report, written from the findings with the knowledge base's sentence templates
 * ({@code narrative.yaml}): where the partnership is strong, the one or two things holding it back and why, what to
 * do first, what rests on thin evidence, and how far to trust the picture. Plain words only: no ids, no codes, no
 * thresholds.
 *
 * <p>Confidence: "firm" from {@value #FIRM_RESPONDENTS} respondents on the full form with under 10% "don't know";
 * "thin" below {@value #THIN_RESPONDENTS} respondents or from 25% "don't know"; "fair" in between.
 *
 * @param strengths    where the partnership is strong
 * @param holdingLead  the lead-in to what holds it back (empty when nothing does)
 * @param holdingBack  one or two sentences, most serious first
 * @param trends       what the earlier rounds add: a pattern that persists, a slow slide, done work that did not
 *                     help (empty for a first round or when nothing carries over)
 * @param firstStep    what to do first (empty without a plan)
 * @param firstFocus   the first piece of work in one short sentence, for a board (empty without a plan)
 * @param toVerify     the possible patterns resting on thin evidence (empty when none)
 * @param confidence   how far to trust the picture
 */
public record Story(String strengths, String holdingLead, List<String> holdingBack, String trends, String firstStep,
                    String firstFocus, String toVerify, String confidence) {

    static final int FIRM_RESPONDENTS = 15;
    static final int THIN_RESPONDENTS = 8;
    private static final int MOST_HOLDING_BACK = 2;
    private static final Map<Integer, String> COUNTS = Map.of(2, "two", 3, "three", 4, "four", 5, "five");

    /** The whole story as sentences, in reading order. */
    public List<String> sentences() {
        List<String> all = new ArrayList<>();
        all.add(strengths);
        if (holdingLead.isEmpty()) {
            all.addAll(holdingBack);
        } else {
            all.add(holdingLead + " " + String.join(" ", holdingBack));
        }
        if (!trends.isEmpty()) {
            all.add(trends);
        }
        if (!firstStep.isEmpty()) {
            all.add(firstStep);
        }
        if (!toVerify.isEmpty()) {
            all.add(toVerify);
        }
        all.add(confidence);
        return all;
    }

    /** Three sentences for a board: the strength, the main thing holding it back, the first step. */
    public List<String> forBoard() {
        List<String> three = new ArrayList<>();
        three.add(strengths);
        three.add(holdingBack.isEmpty() ? "" : holdingBack.get(0));
        three.add(firstFocus.isEmpty() ? firstStep : firstFocus);
        return three.stream().filter(s -> !s.isEmpty()).toList();
    }

    public static Story of(Diagnosis d, KnowledgeBase knowledge) {
        Narrative n = knowledge.narrative();
        String name = d.partnership().name();
        List<Finding> strengthFindings = d.findings().stream().filter(f -> f.kind() == FindingKind.STRENGTH)
                .filter(Finding::asserted).toList();
        List<PracticeScore> byMean = d.scores().practices().stream()
                .sorted(Comparator.comparingDouble(PracticeScore::mean).reversed()
                        .thenComparing(PracticeScore::practiceId)).toList();
        String strengths;
        if (!strengthFindings.isEmpty()) {
            Set<String> strong = new LinkedHashSet<>();
            strengthFindings.forEach(f -> strong.add(f.practiceIds().get(0)));
            List<String> top = byMean.stream().map(PracticeScore::practiceId).filter(strong::contains).limit(3)
                    .map(id -> PlainEvidence.lower(knowledge.practice(id).title())).toList();
            strengths = Narrative.fill(n.strengths().some(), Map.of("partnership", name, "practices", and(top),
                    "count", Integer.toString(strong.size())));
        } else {
            // a practice that keeps falling is no ground to build on, whatever its mean
            Set<String> slipping = d.findings().stream().filter(f -> "TREND-DECLINE".equals(f.ruleId()))
                    .flatMap(f -> f.practiceIds().stream()).collect(java.util.stream.Collectors.toSet());
            List<String> top = byMean.stream().filter(s -> !slipping.contains(s.practiceId())).limit(3)
                    .map(s -> PlainEvidence.lower(knowledge.practice(s.practiceId()).title())).toList();
            strengths = Narrative.fill(n.strengths().none(), Map.of("practices", and(top)));
        }

        List<String> holding = holdingBack(d, knowledge, n);
        String lead = holding.isEmpty() ? "" : n.holdingBack().lead();
        if (holding.isEmpty()) {
            holding = List.of(n.holdingBack().nothing());
        }

        String firstStep = "";
        String firstFocus = "";
        if (!d.focus().isEmpty() && !d.focus().get(0).actions().isEmpty()) {
            Recommendation first = d.focus().get(0);
            Step step = first.actions().get(0);
            if (first.kind() == RecommendationKind.SUSTAIN) {
                firstStep = Narrative.fill(n.sustain(), Map.of("step", step.text()));
            } else if (step.owner() != null && step.weeks() != null) {
                Map<String, String> values = Map.of("step", step.text(), "practice",
                        PlainEvidence.lower(first.title()), "owner", step.owner().label().toLowerCase(Locale.ROOT),
                        "weeks", step.weeks().label().toLowerCase(Locale.ROOT));
                firstStep = Narrative.fill(n.firstStep(), values);
                firstFocus = Narrative.fill(n.firstFocus(), values);
            }
        }

        List<String> thin = d.findings().stream()
                .filter(f -> f.kind() == FindingKind.ANTI_PATTERN && !f.asserted())
                .map(f -> "\u201c" + knowledge.antiPattern(f.antiPatternId()).name() + "\u201d").toList();
        String toVerify = thin.isEmpty() ? "" : Narrative.fill(n.toVerify(), Map.of("patterns", and(thin)));

        return new Story(strengths, lead, holding, trends(d, knowledge, n), firstStep, firstFocus, toVerify,
                confidence(d, n));
    }

    /** The trend findings in words, one sentence each after the lead-in; empty without any. */
    private static String trends(Diagnosis d, KnowledgeBase knowledge, Narrative n) {
        List<String> sentences = new ArrayList<>();
        // the most serious first: a habit, then work that did not help, then a slow slide
        List<String> order = List.of("TREND-PERSISTS", "TREND-DONE-NOT-WORKING", "TREND-DECLINE");
        List<Finding> trends = d.findings().stream().filter(f -> f.kind() == FindingKind.TREND)
                .filter(f -> !f.evidence().isEmpty() && order.contains(f.ruleId()))
                .sorted(Comparator.comparingInt(f -> order.indexOf(f.ruleId()))).toList();
        // patterns found over the same rounds share one sentence
        Map<String, List<String>> persisting = new java.util.LinkedHashMap<>();
        trends.stream().filter(f -> f.ruleId().equals("TREND-PERSISTS"))
                .forEach(f -> persisting.computeIfAbsent(f.evidence().get(0).observed(), k -> new ArrayList<>())
                        .add("\u201c" + knowledge.antiPattern(f.antiPatternId()).name() + "\u201d"));
        persisting.forEach((periods, names) -> sentences.add(Narrative.fill(names.size() == 1 ? n.trends().persists()
                : n.trends().persistsSeveral(), Map.of("name", and(names), "rounds",
                COUNTS.getOrDefault(periods.split(", ").length, "several"), "periods", periods))));
        for (Finding f : trends) {
            switch (f.ruleId()) {
                case "TREND-DECLINE" -> sentences.add(Narrative.fill(n.trends().decline(), Map.of(
                        "practice", PlainEvidence.capital(knowledge.practice(f.practiceIds().get(0)).title()),
                        "periods", f.evidence().get(0).threshold())));
                case "TREND-DONE-NOT-WORKING" -> sentences.add(Narrative.fill(n.trends().doneNotWorking(), Map.of(
                        "practice", PlainEvidence.lower(knowledge.practice(f.practiceIds().get(0)).title()))));
                default -> { }
            }
        }
        return sentences.isEmpty() ? "" : n.trends().lead() + " " + String.join(" ", sentences);
    }

    /** The most serious established patterns, then the weakest practices, at most two sentences. */
    private static List<String> holdingBack(Diagnosis d, KnowledgeBase knowledge, Narrative n) {
        List<String> sentences = new ArrayList<>();
        d.findings().stream().filter(f -> f.kind() == FindingKind.ANTI_PATTERN && f.asserted())
                .sorted(Comparator.comparingDouble(Finding::severity).reversed().thenComparing(Finding::ruleId))
                .limit(MOST_HOLDING_BACK)
                .forEach(f -> {
                    var pattern = knowledge.antiPattern(f.antiPatternId());
                    sentences.add(Narrative.fill(n.holdingBack().pattern(), Map.of("name", pattern.name(),
                            "description", firstSentence(pattern.description()))).replace("?.", "?"));
                });
        if (sentences.size() < MOST_HOLDING_BACK) {
            d.findings().stream().filter(f -> f.kind() == FindingKind.GAP && f.asserted())
                    .filter(f -> !f.practiceIds().isEmpty())
                    .map(f -> f.practiceIds().get(0)).distinct()
                    .map(id -> d.scores().practices().stream().filter(s -> s.practiceId().equals(id)).findFirst())
                    .flatMap(java.util.Optional::stream)
                    .sorted(Comparator.comparingDouble(PracticeScore::mean))
                    .limit(MOST_HOLDING_BACK - sentences.size())
                    .forEach(s -> sentences.add(Narrative.fill(n.holdingBack().gap(), Map.of(
                            "practice", knowledge.practice(s.practiceId()).title(),
                            "mean", String.format(Locale.ROOT, "%.1f", s.mean())))));
        }
        if (sentences.isEmpty()) {
            d.findings().stream().filter(f -> f.kind() == FindingKind.DIVERGENCE && f.asserted())
                    .filter(f -> !f.practiceIds().isEmpty()).findFirst()
                    .ifPresent(f -> sentences.add(Narrative.fill(n.holdingBack().split(), Map.of(
                            "practice", PlainEvidence.lower(knowledge.practice(f.practiceIds().get(0)).title())))));
        }
        return sentences;
    }

    private static String confidence(Diagnosis d, Narrative n) {
        if (d.disclosure() != null && d.disclosure().status() == Diagnosis.Disclosure.Status.SELF_ASSESSMENT) {
            return n.confidence().selfAssessment();
        }
        long answered = d.scores().questions().stream().mapToLong(QuestionScore::n).sum();
        long dontKnow = d.scores().questions().stream().mapToLong(QuestionScore::dontKnowCount).sum();
        double share = answered + dontKnow == 0 ? 0 : (double) dontKnow / (answered + dontKnow);
        int respondents = d.method().respondentsUsed();
        boolean full = d.form() != null && d.form().name().equals("FULL");
        String template = respondents >= FIRM_RESPONDENTS && full && share < 0.10 ? n.confidence().firm()
                : respondents < THIN_RESPONDENTS || share >= 0.25 ? n.confidence().thin() : n.confidence().fair();
        String picture = Narrative.fill(template, Map.of("respondents", Integer.toString(respondents),
                "form", d.form() == null ? "" : d.form().name().toLowerCase(Locale.ROOT),
                "dontKnow", Math.round(share * 100) + "%"));
        Diagnosis.Invitations invited = d.method().invitations();
        if (invited == null || invited.sent() == 0) {
            return picture;
        }
        String rate = picture + " " + Narrative.fill(n.confidence().responseRate(), Map.of(
                "answered", Integer.toString(invited.answered()), "sent", Integer.toString(invited.sent()),
                "rate", invited.ratePercent() + "%"));
        return !invited.low() ? rate : rate + " " + Narrative.fill(n.confidence().lowParticipation(),
                Map.of("threshold", invited.lowBelowPercent() + "%"));
    }

    private static String firstSentence(String text) {
        int end = text.indexOf(". ");
        return end < 0 ? text.strip() : text.substring(0, end + 1).strip();
    }

    private static String and(List<String> parts) {
        return org.partnershiphealth.reports.annual.Prose.and(parts);
    }
}
