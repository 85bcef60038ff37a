package org.partnershiphealth.rules;

import org.partnershiphealth.assessment.PartnershipFacts;
import org.partnershiphealth.assessment.Sector;
import org.partnershiphealth.assessment.TargetPopulation;
import org.partnershiphealth.diagnosis.GroupDimension;
import org.partnershiphealth.diagnosis.GroupScore;
import org.partnershiphealth.diagnosis.QuestionScore;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What respondents said, item by item, as one fact: anti-pattern rules ask "do partners agree with Q18C?"
 * without caring whether Q18C was in the form at all (an item nobody answered never matches). Group agreement is
 * kept only for groups of at least k respondents; sector head counts are used only to notice that a sector, such
 * as the people the partnership serves, did not answer at all.
 */
public final class Survey {

    private final Map<String, QuestionScore> questions = new HashMap<>();
    /** Shown groups (k or more respondents) by dimension and subject. */
    private final Map<GroupDimension, Map<String, List<GroupScore>>> shownGroups;
    private final Map<Sector, Integer> respondentsBySector;
    private final Thresholds thresholds;
    private final int commenters;
    private final Map<String, Integer> commentMentions;

    Survey(Iterable<QuestionScore> questions, Map<GroupDimension, Map<String, List<GroupScore>>> shownGroups,
           Map<Sector, Integer> respondentsBySector, Thresholds thresholds, int commenters,
           Map<String, Integer> commentMentions) {
        this.thresholds = thresholds;
        this.commenters = commenters;
        this.commentMentions = commentMentions;
        questions.forEach(question -> this.questions.put(question.questionId(), question));
        this.shownGroups = shownGroups;
        this.respondentsBySector = respondentsBySector == null || respondentsBySector.isEmpty()
                ? Map.of() : new EnumMap<>(respondentsBySector);
    }

    /**
     * Mean agreement with an item, or null when fewer than k people gave it a 1-5 answer: one or two people's view is
     * never a signal (and the disclosure policy would not publish it anyway).
     */
    public Double agreement(String questionId) {
        QuestionScore score = questions.get(questionId);
        return score == null || score.n() < thresholds.minGroupSize() ? null : score.agreement();
    }

    /** The item's score as published, or null when it was not asked or not shown. */
    QuestionScore question(String questionId) {
        return questions.get(questionId);
    }

    public boolean agreesAtLeast(String questionId, double limit) {
        Double agreement = agreement(questionId);
        return agreement != null && agreement >= limit;
    }

    public boolean agreesAtMost(String questionId, double limit) {
        Double agreement = agreement(questionId);
        return agreement != null && agreement <= limit;
    }

    /** Agreement of one shown group (k or more respondents) with an item, or null. */
    public Double groupAgreement(GroupDimension dimension, String group, String questionId) {
        for (GroupScore score : shown(dimension, questionId)) {
            if (score.group().equals(group)) {
                return score.mean();
            }
        }
        return null;
    }

    /** The most and the least agreeing shown group of a dimension on an item (ties broken by name), or empty. */
    public List<GroupScore> extremeGroups(GroupDimension dimension, String questionId) {
        GroupContrast contrast = GroupContrast.of(shown(dimension, questionId));
        return contrast == null ? List.of() : List.of(contrast.high(), contrast.low());
    }

    private List<GroupScore> shown(GroupDimension dimension, String questionId) {
        return shownGroups.getOrDefault(dimension, Map.of()).getOrDefault(questionId, List.of());
    }

    /**
     * Respondents' own positions on the item are far apart: the spread of their answers is at least
     * {@code dividedSpread}, from at least {@code minRespondentsForSpread} answers. For position items this is the
     * field guide's point about different models held side by side, whatever the average says.
     */
    public boolean positionsSplit(String questionId) {
        QuestionScore score = questions.get(questionId);
        return score != null && score.n() >= thresholds.minRespondentsForSpread()
                && score.standardDeviation() >= thresholds.dividedSpread();
    }

    /** Two shown groups of the dimension are at least {@code gap} apart on the item. */
    public boolean groupsApartOn(GroupDimension dimension, String questionId, double gap) {
        List<GroupScore> extremes = extremeGroups(dimension, questionId);
        return !extremes.isEmpty() && extremes.get(0).mean() - extremes.get(1).mean() >= gap;
    }

    /**
     * Two shown groups of the dimension are at least {@code gap} apart on the item and the less agreeing one is at
     * most {@code lowestAtMost}: a group that actually disagrees, not two contented groups at different heights.
     */
    public boolean groupsApartOn(GroupDimension dimension, String questionId, double gap, double lowestAtMost) {
        List<GroupScore> extremes = extremeGroups(dimension, questionId);
        return groupsApartOn(dimension, questionId, gap) && extremes.get(1).mean() <= lowestAtMost;
    }

    /**
     * Whether the people the partnership serves include communities: recorded as communities or a mix, or not
     * recorded at all (then the caveat is shown, since it may apply). Companies or public bodies as the target
     * make "no community respondents" irrelevant.
     */
    public boolean communitiesServed(PartnershipFacts facts) {
        TargetPopulation target = facts.targetPopulation();
        return target == null || target == TargetPopulation.COMMUNITIES || target == TargetPopulation.MIXED;
    }

    /** True only when sector counts are known and nobody from the sector answered. */
    public boolean noRespondentsFrom(Sector sector) {
        return !respondentsBySector.isEmpty() && respondentsBySector.getOrDefault(sector, 0) == 0;
    }

    /** How many respondents' comments use the anti-pattern's phrases (0 when comments may not be published). */
    int commentMentions(String antiPatternId) {
        return commentMentions.getOrDefault(antiPatternId, 0);
    }

    int commenters() {
        return commenters;
    }

    Thresholds thresholds() {
        return thresholds;
    }
}
