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
 * in the report's appendix.
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

    private final KnowledgeBase knowledge;

    public PlainEvidence(KnowledgeBase knowledge) {
        this.knowledge = knowledge;
    }

    /** The observation in words; an observation of unknown shape keeps its own wording. */
    public String describe(Evidence e) {
        String subject = e.subject();
        Matcher m;
        if ((m = ITEM.matcher(subject)).matches()) {
            return quote(m.group(1)) + " " + leaning(e.observed()) + ": " + outOfFive(e.observed()) + answered(e) + ".";
        }
        if ((m = ITEM_GROUPS.matcher(subject)).matches()) {
            String[] values = e.observed().split(" vs ");
            return quote(m.group(1)) + " " + capital(DiagnosisView.groupName(m.group(2))) + " rate it "
                    + values[0] + " out of 5, " + DiagnosisView.groupName(m.group(3)) + " " + values[1] + ".";
        }
        if ((m = ITEM_GROUP_VS_ALL.matcher(subject)).matches()) {
            String[] values = e.observed().split(" vs ");
            return quote(m.group(1)) + " " + capital(DiagnosisView.groupName(m.group(2))) + " rate it "
                    + values[0] + " out of 5, everyone together " + values[1] + ".";
        }
        if ((m = ITEM_SPREAD.matcher(subject)).matches()) {
            return quote(m.group(1)) + " Respondents place their own organisations far apart on this.";
        }
        if ((m = GROUP_MEAN.matcher(subject)).matches()) {
            return capital(DiagnosisView.groupName(m.group(2))) + " rate " + lower(name(m.group(1))) + " "
                    + e.observed() + " out of 5" + answered(e) + ".";
        }
        if ((m = MEAN.matcher(subject)).matches()) {
            return capital(name(m.group(1))) + ": " + e.observed() + " out of 5" + answered(e) + ".";
        }
        if ((m = SPREAD.matcher(subject)).matches()) {
            return "Respondents' own scores for " + PlainEvidence.lower(name(m.group(1))) + " lie far apart (a spread of "
                    + e.observed() + " points" + answered(e) + ").";
        }
        if (GAP.matcher(subject).matches()) {
            return "The groups are " + e.observed() + " points apart on it.";
        }
        if (STANDARD_ERRORS.matcher(subject).matches()) {
            return "That difference is too large to be chance (" + e.observed() + " times its margin of error).";
        }
        if ((m = IN_CONCERN.matcher(subject)).matches()) {
            return e.observed() + " of the practices of " + name(m.group(1)) + " are in the concern band.";
        }
        if ((m = NOBODY_FROM.matcher(subject)).matches()) {
            return "Nobody from " + DiagnosisView.groupName(m.group(1)) + " answered the survey.";
        }
        if (subject.equals("comments mentioning it")) {
            return "Partners' comments mention it: " + e.observed() + " of the " + e.threshold().replace(" commenting",
                    "") + " people who wrote comments.";
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
            return label + ": " + ("true".equals(e.observed()) ? "yes" : "no") + ".";
        }
        if ("=".equals(e.comparator()) && e.observed().equals(e.threshold())) {
            String option = fact.values().stream().filter(o -> o.code().equals(e.observed())).map(Option::label)
                    .findFirst().orElse(e.observed().toLowerCase(Locale.ROOT).replace('_', ' '));
            return label + ": " + lower(option) + ".";
        }
        String unit = e.unit().isEmpty() ? "" : " " + e.unit();
        String line = switch (e.comparator()) {
            case ">" -> " (above " + e.threshold() + unit + ")";
            case ">=" -> " (" + e.threshold() + unit + " or more)";
            case "<" -> " (below " + e.threshold() + unit + ")";
            case "<=" -> " (" + e.threshold() + unit + " or less)";
            default -> "";
        };
        return label + ": " + e.observed() + unit + line + ".";
    }

    private String quote(String questionId) {
        return knowledge.question(questionId).map(Question::text).map(text -> "\u201c" + text + "\u201d")
                .orElse(questionId);
    }

    private String name(String id) {
        return id.startsWith("PR") ? knowledge.practice(id).title() : knowledge.principle(id).name();
    }

    private static String leaning(String observed) {
        double mean = Double.parseDouble(observed);
        return mean >= 3.5 ? "Partners agree on average" : mean <= 2.5 ? "Partners disagree on average"
                : "Partners are divided or unsure";
    }

    private static String outOfFive(String observed) {
        return observed + " out of 5";
    }

    private static String answered(Evidence e) {
        if (e.answered() == null) {
            return "";
        }
        return ", " + e.answered() + " answered" + (e.dontKnow() == null || e.dontKnow() == 0 ? ""
                : " and " + e.dontKnow() + " did not know");
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
