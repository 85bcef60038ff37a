package org.partnershiphealth.rules;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.partnershiphealth.assessment.PartnershipFacts;
import org.partnershiphealth.assessment.Sector;
import org.partnershiphealth.diagnosis.Band;
import org.partnershiphealth.diagnosis.GroupDimension;
import org.partnershiphealth.diagnosis.GroupScore;
import org.partnershiphealth.diagnosis.PracticeScore;
import org.partnershiphealth.diagnosis.PrincipleScore;
import org.partnershiphealth.diagnosis.QuestionScore;
import org.partnershiphealth.diagnosis.Scores;
import org.partnershiphealth.knowledge.KnowledgeBase;
import org.partnershiphealth.knowledge.KnowledgeBaseLoader;
import org.partnershiphealth.knowledge.Practice;
import org.partnershiphealth.knowledge.Principle;
import org.partnershiphealth.knowledge.Question;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A small partnership situation for rule tests. It starts unremarkable: every practice and principle at 3.5
 * (the watch band) with a modest spread, every item answered neutrally (3.0), ten respondents, no facts recorded;
 * so no rule fires until a test changes what matters to it.
 */
final class Situation {

    static final KnowledgeBase KB = KnowledgeBaseLoader.loadDefault();
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private final Map<String, PracticeScore> practices = new LinkedHashMap<>();
    private final Map<String, PrincipleScore> principles = new LinkedHashMap<>();
    private final Map<String, QuestionScore> questions = new LinkedHashMap<>();
    private final List<GroupScore> groups = new ArrayList<>();
    private final Map<String, Object> facts = new LinkedHashMap<>();
    private final Map<Sector, Integer> respondentsBySector = new EnumMap<>(Sector.class);
    private final Map<String, Integer> commentMentions = new java.util.HashMap<>();
    private int commenters;

    static Situation unremarkable() {
        Situation situation = new Situation();
        for (Practice practice : KB.practices()) {
            situation.practice(practice.id(), 3.5, 0.5, 10);
        }
        for (Principle principle : KB.principles()) {
            situation.principle(principle.id(), 3.5);
        }
        for (Question question : KB.questionnaire().items()) {
            situation.agreement(question.id(), 3.0);
        }
        return situation;
    }

    Situation practice(String id, double mean) {
        return practice(id, mean, 0.5, 10);
    }

    Situation practice(String id, double mean, double spread, int n) {
        practices.put(id, new PracticeScore(id, mean, spread, n, 0, 0, band(mean)));
        return this;
    }

    Situation principle(String id, double mean) {
        principles.put(id, new PrincipleScore(id, mean, 0.5, 10, band(mean)));
        return this;
    }

    Situation agreement(String questionId, double agreement) {
        return agreement(questionId, agreement, 10, 0);
    }

    Situation agreement(String questionId, double agreement, int n, int dontKnow) {
        questions.put(questionId, new QuestionScore(questionId, agreement, 0.8, n, dontKnow));
        return this;
    }

    Situation question(QuestionScore score) {
        questions.put(score.questionId(), score);
        return this;
    }

    Situation notAsked(String questionId) {
        questions.remove(questionId);
        return this;
    }

    Situation group(GroupDimension dimension, String group, String subjectId, double mean, int n) {
        return group(dimension, group, subjectId, mean, 0.5, n);
    }

    Situation group(GroupDimension dimension, String group, String subjectId, double mean, double spread, int n) {
        groups.add(new GroupScore(dimension, group, subjectId, mean, spread, n));
        return this;
    }

    Situation sector(String sector, String subjectId, double mean, int n) {
        return group(GroupDimension.SECTOR, sector, subjectId, mean, n);
    }

    /** A partnership fact by its id in facts.yaml, e.g. fact("turnoverPercentSinceLaunch", 15). */
    Situation fact(String id, Object value) {
        facts.put(id, value);
        return this;
    }

    Situation respondents(Sector sector, int count) {
        respondentsBySector.put(sector, count);
        return this;
    }

    RuleInput input() {
        Scores scores = new Scores(10, List.copyOf(questions.values()), List.copyOf(practices.values()),
                List.copyOf(principles.values()), groups, 70, Band.WATCH);
        return new RuleInput(scores, JSON.convertValue(facts, PartnershipFacts.class), respondentsBySector,
                commenters, commentMentions);
    }

    /** {@code mentions} of the {@code commenters} respondents who wrote a comment used the anti-pattern's phrases. */
    Situation comments(int commenters, String antiPatternId, int mentions) {
        this.commenters = commenters;
        commentMentions.put(antiPatternId, mentions);
        return this;
    }

    private static Band band(double mean) {
        return mean >= 4 ? Band.STRENGTH : mean >= 3 ? Band.WATCH : Band.CONCERN;
    }
}
