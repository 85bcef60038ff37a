package org.partnershiphealth.reports;

import org.partnershiphealth.diagnosis.Evidence;
import org.partnershiphealth.knowledge.FactDefinition;
import org.partnershiphealth.knowledge.KnowledgeBase;
import org.partnershiphealth.knowledge.Option;
import org.partnershiphealth.knowledge.Question;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Evidence in words for the main text of a report: the statement itself instead of its id, groups by name instead
 * of codes, facts by their label, and no comparison operators, e.g. "“Our partnership meetings are worth the time we
 * spend in them.” Partners disagree on average: 2.0 out of 5, 24 answered." The exact figures and thresholds stay
 * in the report's appendix. The words come from {@link ReportText} ({@code evidence.*}).
 */
public final class PlainEvidence {

    private static final Pattern ITEM = Pattern.compile("(Q\\d\\d[A-Z]) agreement");
    private static final Pattern ITEM_GROUPS = Pattern.compile("(Q\\d\\d[A-Z]) agreement, (\\w+:\\w+) vs (\\w+:\\w+)");
    private static final Pattern ITEM_GROUP_VS_ALL = Pattern.compile("(Q\\d\\d[A-Z]) agreement, (\\w+) vs everyone");
    private static final Pattern ITEM_SPREAD = Pattern.compile("(Q\\d\\d[A-Z]) spread of positions");
    private static final Pattern MEAN = Pattern.compile("(PR\\d\\d|P\\d) mean");
    private static final Pattern GROUP_MEAN = Pattern.compile("(PR\\d\\d|P\\d) mean, (\\w+:\\w+)");
    private static final Pattern SPREAD = Pattern.compile("(PR\\d\\d|P\\d) spread");
    private static final Pattern GAP = Pattern.compile("(PR\\d\\d|P\\d) gap between groups");
    private static final Pattern STANDARD_ERRORS = Pattern.compile("(PR\\d\\d|P\\d) gap in standard errors");
    private static final Pattern IN_CONCERN = Pattern.compile("(P\\d) practices in the concern band");
    private static final Pattern NOBODY_FROM = Pattern.compile("respondents from (\\w+)");
    private static final Pattern FOUND_IN_ROUNDS = Pattern.compile("(AP-[A-Z-]+) found in rounds");
    private static final Pattern MEAN_BY_ROUND = Pattern.compile("(PR\\d\\d) mean by round");
    private static final Pattern FALL = Pattern.compile("(PR\\d\\d) fall in all");
    private static final Pattern DONE_AFTER = Pattern.compile("reported done after (.+)");
    private static final Pattern CHANGE_TO_COUNT = Pattern.compile("(PR\\d\\d) change needed to count");

    private final KnowledgeBase knowledge;
    private final ReportText text;

    /** Evidence in English words. */
    public PlainEvidence(KnowledgeBase knowledge) {
        this(knowledge, ReportText.english());
    }

    public PlainEvidence(KnowledgeBase knowledge, ReportText text) {
        this.knowledge = knowledge;
        this.text = text;
    }

    /** The observation in words; an observation of unknown shape keeps its own wording. */
    public String describe(Evidence e) {
        String subject = e.subject();
        Matcher m;
        if ((m = ITEM.matcher(subject)).matches()) {
            return text.format("evidence.item", quote(m.group(1)), leaning(e.observed()), e.observed(), answered(e));
        }
        if ((m = ITEM_GROUPS.matcher(subject)).matches()) {
            String[] values = e.observed().split(" vs ");
            return text.format("evidence.itemByGroups", quote(m.group(1)), capital(text.group(m.group(2))), values[0],
                    text.group(m.group(3)), values[1]);
        }
        if ((m = ITEM_GROUP_VS_ALL.matcher(subject)).matches()) {
            String[] values = e.observed().split(" vs ");
            return text.format("evidence.itemGroupVsEveryone", quote(m.group(1)), capital(text.group(m.group(2))),
                    values[0], values[1]);
        }
        if ((m = ITEM_SPREAD.matcher(subject)).matches()) {
            return text.t("evidence.itemSpread", quote(m.group(1)));
        }
        if ((m = GROUP_MEAN.matcher(subject)).matches()) {
            return text.format("evidence.groupMean", capital(text.group(m.group(2))), lower(name(m.group(1))),
                    e.observed(), answered(e));
        }
        if ((m = FOUND_IN_ROUNDS.matcher(subject)).matches()) {
            return text.t("evidence.foundInRounds", knowledge.antiPattern(m.group(1)).name(), e.observed());
        }
        if ((m = MEAN_BY_ROUND.matcher(subject)).matches()) {
            return text.format("evidence.meanByRound", capital(name(m.group(1))), e.observed(), e.threshold(), answered(e));
        }
        if (FALL.matcher(subject).matches()) {
            return text.t("evidence.fall", e.observed());
        }
        if ((m = DONE_AFTER.matcher(subject)).matches()) {
            return text.t("evidence.doneAfter", m.group(1), e.observed());
        }
        if (CHANGE_TO_COUNT.matcher(subject).matches()) {
            return text.t("evidence.changeToCount", e.observed(), e.threshold());
        }
        if ((m = MEAN.matcher(subject)).matches() && e.observed().contains("\u2192")) {
            return text.t("evidence.meanThenNow", capital(name(m.group(1))), e.observed(), answered(e));
        }
        if ((m = MEAN.matcher(subject)).matches()) {
            return text.t("evidence.mean", capital(name(m.group(1))), e.observed(), answered(e));
        }
        if ((m = SPREAD.matcher(subject)).matches()) {
            // below the divided-views line (a strength's evidence) the spread says partners agree, not that they differ
            return text.t("<".equals(e.comparator()) ? "evidence.spreadClose" : "evidence.spread",
                    lower(name(m.group(1))), e.observed(), answered(e));
        }
        if (GAP.matcher(subject).matches()) {
            return text.t("evidence.gap", e.observed());
        }
        if (STANDARD_ERRORS.matcher(subject).matches()) {
            return text.t("evidence.standardErrors", e.observed());
        }
        if ((m = IN_CONCERN.matcher(subject)).matches()) {
            return text.t("evidence.inConcern", e.observed(), name(m.group(1)));
        }
        if ((m = NOBODY_FROM.matcher(subject)).matches()) {
            return text.t("evidence.nobodyFrom", text.group(m.group(1)));
        }
        if (subject.equals("comments mentioning it")) {
            return text.t("evidence.comments", e.observed(), e.threshold().replace(" commenting", ""));
        }
        FactDefinition fact = knowledge.facts().stream().filter(f -> f.id().equals(subject)).findFirst()
                .orElse(null);
        if (fact != null) {
            return fact(fact, e);
        }
        return e.toString();
    }

    private String fact(FactDefinition fact, Evidence e) {
        String label = fact.label();
        if ("expected".equals(e.comparator())) {
            return text.t("evidence.fact", label, text.t("true".equals(e.observed()) ? "evidence.fact.yes"
                    : "evidence.fact.no"));
        }
        if ("=".equals(e.comparator()) && e.observed().equals(e.threshold())) {
            String option = fact.values().stream().filter(o -> o.code().equals(e.observed())).map(Option::label)
                    .findFirst().orElse(e.observed().toLowerCase(Locale.ROOT).replace('_', ' '));
            return text.t("evidence.fact", label, lower(option));
        }
        String unit = e.unit().isEmpty() ? "" : " " + e.unit();
        String threshold = e.threshold() + unit;
        String limit = switch (e.comparator()) {
            case ">" -> text.t("evidence.fact.above", threshold);
            case ">=" -> text.t("evidence.fact.atLeast", threshold);
            case "<" -> text.t("evidence.fact.below", threshold);
            case "<=" -> text.t("evidence.fact.atMost", threshold);
            default -> "";
        };
        return limit.isEmpty() ? text.t("evidence.fact", label, e.observed() + unit)
                : text.t("evidence.fact.compared", label, e.observed() + unit, limit);
    }

    private String quote(String questionId) {
        return knowledge.question(questionId).map(Question::text).map(text -> "\u201c" + text + "\u201d")
                .orElse(questionId);
    }

    private String name(String id) {
        return id.startsWith("PR") ? knowledge.practice(id).title() : knowledge.principle(id).name();
    }

    private String leaning(String observed) {
        double mean = Double.parseDouble(observed);
        return text.t(mean >= 3.5 ? "evidence.leaning.agree" : mean <= 2.5 ? "evidence.leaning.disagree"
                : "evidence.leaning.divided");
    }

    /** ", 24 answered" or ", 24 answered and 3 did not know"; empty when the count is unknown. */
    private String answered(Evidence e) {
        if (e.answered() == null) {
            return "";
        }
        return e.dontKnow() == null || e.dontKnow() == 0 ? text.t("evidence.answered", e.answered())
                : text.t("evidence.answeredAndDontKnow", e.answered(), e.dontKnow());
    }

    static String capital(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    /** Lower-cases the first letter of a label unless it starts an acronym ("ROI narrative" stays). */
    static String lower(String text) {
        if (text.length() > 1 && Character.isUpperCase(text.charAt(0)) && Character.isLowerCase(text.charAt(1))) {
            return Character.toLowerCase(text.charAt(0)) + text.substring(1);
        }
        return text;
    }
}
