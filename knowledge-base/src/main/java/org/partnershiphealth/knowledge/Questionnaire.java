package org.partnershiphealth.knowledge;

import java.util.List;

/** The self-assessment: answer scale, respondent profile, sections, Likert items and open questions. */
public record Questionnaire(
        List<ScalePoint> scale,
        String dontKnow,
        ProfileQuestions profile,
        List<Section> sections,
        List<Question> items,
        List<OpenQuestion> open) {

    public Questionnaire {
        scale = Content.listOf(scale);
        sections = Content.listOf(sections);
        items = Content.listOf(items);
        open = Content.listOf(open);
        profile = profile == null ? new ProfileQuestions(null, null, null, null, null, null) : profile;
    }

    /** Every item, in questionnaire order. */
    public List<Question> fullForm() {
        return items;
    }

    /**
     * A planning estimate of the answer time in whole minutes, comments left aside: {@value #SECONDS_PER_STATEMENT}
     * seconds per statement (a conservative pace for agree/disagree items) and 10 seconds per profile question.
     */
    public static int answerMinutes(List<Question> form) {
        return (int) Math.ceil((form.size() * SECONDS_PER_STATEMENT + 3 * 10) / 60.0);
    }

    public static final int SECONDS_PER_STATEMENT = 12;

    /**
     * At least one item per practice and one statement per anti-pattern, drawn from the full form so that both forms
     * score alike.
     */
    public List<Question> shortForm() {
        return items.stream().filter(Question::shortForm).toList();
    }

    public record ScalePoint(int value, String label) {
    }

    /** Options for sector, role and tenure; codes match the enums in {@code org.partnershiphealth.assessment}. */
    public record ProfileQuestions(String sectorQuestion, List<Option> sector, String roleQuestion, List<Option> role,
                                   String tenureQuestion, List<Option> tenure) {
        public ProfileQuestions {
            sector = Content.listOf(sector);
            role = Content.listOf(role);
            tenure = Content.listOf(tenure);
        }
    }

    /** A page of the form: the items of one principle, introduced in plain words. */
    public record Section(String id, String principle, String title, String intro) {
    }

    public record OpenQuestion(String id, String text) {
    }
}
