package org.partnershiphealth.advisor.anonymity;

import org.partnershiphealth.assessment.Answer;
import org.partnershiphealth.assessment.AssessmentInput;
import org.partnershiphealth.assessment.Partnership;
import org.partnershiphealth.assessment.PartnershipFacts;
import org.partnershiphealth.assessment.Profile;
import org.partnershiphealth.assessment.QuestionnaireForm;
import org.partnershiphealth.assessment.Respondent;
import org.partnershiphealth.assessment.Role;
import org.partnershiphealth.assessment.Sector;
import org.partnershiphealth.assessment.Tenure;
import org.partnershiphealth.knowledge.KnowledgeBase;
import org.partnershiphealth.knowledge.Question;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Seeded random assessment rounds for the attacker: 1 to 40 respondents, a few sectors and roles in lopsided
 * proportions (so that small and nested groups are common), random tenure, answers with occasional "don't know"
 * and comments.
 */
public final class RandomRounds {

    private final KnowledgeBase knowledge;

    RandomRounds(KnowledgeBase knowledge) {
        this.knowledge = knowledge;
    }

    AssessmentInput round(Random random) {
        return round(random, 1 + random.nextInt(40));
    }

    AssessmentInput round(Random random, int size) {
        QuestionnaireForm form = random.nextInt(3) == 0 ? QuestionnaireForm.SHORT : QuestionnaireForm.FULL;
        List<Question> items = form == QuestionnaireForm.SHORT ? knowledge.questionnaire().shortForm()
                : knowledge.questionnaire().fullForm();
        Sector[] sectors = pick(Sector.values(), 1 + random.nextInt(4), random);
        Role[] roles = pick(Role.values(), 1 + random.nextInt(3), random);
        // a few items where "don't know" is common, so that the people behind each score differ between items
        List<String> uncertain = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            uncertain.add(items.get(random.nextInt(items.size())).id());
        }
        List<Respondent> respondents = new ArrayList<>();
        for (int r = 0; r < size; r++) {
            respondents.add(respondent("r" + r, sectors, roles, items, uncertain, random));
        }
        return new AssessmentInput(new Partnership("random", "Random Partnership"), "2026", form,
                PartnershipFacts.none(), respondents);
    }

    Respondent respondent(String id, Sector[] sectors, Role[] roles, List<Question> items, List<String> uncertain,
                          Random random) {
        Map<String, Answer> answers = new HashMap<>();
        for (Question item : items) {
            boolean dontKnow = uncertain.contains(item.id()) ? random.nextInt(3) == 0 : random.nextInt(100) == 0;
            answers.put(item.id(), dontKnow ? Answer.dontKnow() : Answer.of(1 + random.nextInt(5)));
        }
        Map<String, String> comments = random.nextInt(3) == 0
                ? Map.of(knowledge.questionnaire().open().get(0).id(), "comment of " + id) : Map.of();
        Profile profile = new Profile(lopsided(sectors, random), lopsided(roles, random),
                Tenure.values()[random.nextInt(Tenure.values().length)]);
        return new Respondent(id, profile, answers, comments);
    }

    /** The first values are much more likely than the last, so one-person groups are frequent. */
    private static <E> E lopsided(E[] values, Random random) {
        for (E value : values) {
            if (random.nextInt(2) == 0) {
                return value;
            }
        }
        return values[values.length - 1];
    }

    private static <E> E[] pick(E[] values, int count, Random random) {
        List<E> all = new ArrayList<>(List.of(values));
        java.util.Collections.shuffle(all, random);
        return all.subList(0, count).toArray(java.util.Arrays.copyOf(values, 0));
    }

    /** People answering every full-form item, each with a distinct pattern of answers, and each writing a comment. */
    public static List<Respondent> people(int count, Sector sector, Role role, int firstNumber) {
        KnowledgeBase knowledge = org.partnershiphealth.knowledge.KnowledgeBaseLoader.loadDefault();
        List<Respondent> people = new ArrayList<>();
        List<Question> items = knowledge.questionnaire().items();
        for (int p = 0; p < count; p++) {
            int number = firstNumber + p;
            Map<String, Answer> answers = new HashMap<>();
            for (int i = 0; i < items.size(); i++) {
                answers.put(items.get(i).id(), Answer.of(1 + (number * 7 + i * 3) % 5));
            }
            people.add(new Respondent("p" + number, new Profile(sector, role, Tenure.OVER_3_YEARS), answers,
                    Map.of(knowledge.questionnaire().open().get(0).id(), "what person " + number + " wrote")));
        }
        return people;
    }
}
