package org.partnershiphealth.knowledge;

import org.partnershiphealth.assessment.PartnershipFacts;
import org.partnershiphealth.assessment.Role;
import org.partnershiphealth.assessment.Sector;
import org.partnershiphealth.assessment.Tenure;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Checks that the content hangs together: ids are well formed and unique, every reference resolves, each
 * practice is measured by at least three full-form items and at least one short-form item, every anti-pattern has
 * a respondent signal on the short form, prerequisites are acyclic, and the codes match the Java types that carry
 * assessments. Collects every problem rather than
 * stopping at the first, so one run of the build shows a reviewer all that needs fixing.
 */
final class KnowledgeBaseValidator {

    static final List<String> PRINCIPLE_IDS = List.of("P1", "P2", "P3", "P4", "P5", "P6");
    static final List<String> PRACTICE_IDS = IntStream.rangeClosed(1, 27)
            .mapToObj(n -> String.format("PR%02d", n)).toList();

    private static final Pattern ANTI_PATTERN_ID = Pattern.compile("AP-[A-Z0-9]+(-[A-Z0-9]+)*");
    private static final Pattern QUESTION_ID = Pattern.compile("Q(\\d{2})[A-Z]");
    private static final Pattern OPEN_QUESTION_ID = Pattern.compile("OPEN\\d+");
    private static final Pattern FACT_ID = Pattern.compile("[a-z][A-Za-z0-9]*");
    private static final int MIN_FULL_FORM_ITEMS = 3;
    private static final int MIN_ACTIONS = 3;
    private static final int MAX_ACTIONS = 7;

    /** Which file each kind of content came from, so that problems name it. */
    record Files(String principles, Map<String, String> practices, String antiPatterns, String facts,
                 String questionnaire) {

        String practice(String id) {
            return practices.getOrDefault(id, "practices");
        }
    }

    private final Files files;
    private final List<ContentProblem> problems = new ArrayList<>();

    KnowledgeBaseValidator(Files files) {
        this.files = files;
    }

    List<ContentProblem> validate(String version, List<Principle> principles, List<Practice> practices,
                                  List<AntiPattern> antiPatterns, List<FactDefinition> facts,
                                  Questionnaire questionnaire) {
        if (version == null || version.isBlank()) {
            problem(KnowledgeBaseLoader.MANIFEST, null, "version is missing");
        }
        Map<String, Principle> principleById = unique(principles, Principle::id, p -> files.principles(), "principle");
        Map<String, Practice> practiceById = unique(practices, Practice::id, p -> files.practice(p.id()), "practice");
        Map<String, AntiPattern> antiPatternById =
                unique(antiPatterns, AntiPattern::id, a -> files.antiPatterns(), "anti-pattern");
        Map<String, FactDefinition> factById = unique(facts, FactDefinition::id, f -> files.facts(), "fact");
        Map<String, Question> questionById =
                unique(questionnaire.items(), Question::id, q -> files.questionnaire(), "question");

        requireExactly(principleById.keySet(), PRINCIPLE_IDS, files.principles(), "principles");
        requireExactly(practiceById.keySet(), PRACTICE_IDS, "practices", "practices");
        principles.forEach(p -> checkPrinciple(p, practiceById));
        practices.forEach(p -> checkPractice(p, principleById, practiceById, antiPatternById, factById, questionById));
        checkPrerequisitesAcyclic(practiceById);
        antiPatterns.forEach(a -> checkAntiPattern(a, practiceById, factById, questionById));
        facts.forEach(this::checkFact);
        checkFactsMatchPartnershipFacts(factById.keySet());
        checkQuestionnaire(questionnaire, principleById, practiceById);
        return List.copyOf(problems);
    }

    private <T> Map<String, T> unique(List<T> values, Function<T, String> id, Function<T, String> file, String kind) {
        Map<String, T> byId = new LinkedHashMap<>();
        for (T value : values) {
            String key = id.apply(value);
            if (key == null || key.isBlank()) {
                problem(file.apply(value), null, "a " + kind + " has no id");
            } else if (byId.putIfAbsent(key, value) != null) {
                problem(file.apply(value), key, "duplicate " + kind + " id");
            }
        }
        return byId;
    }

    private void requireExactly(Set<String> present, List<String> expected, String file, String kind) {
        for (String id : expected) {
            if (!present.contains(id)) {
                problem(file, id, "missing: the knowledge base must define " + kind + " "
                        + expected.get(0) + " to " + expected.get(expected.size() - 1));
            }
        }
        for (String id : present) {
            if (!expected.contains(id)) {
                problem(file, id, "unexpected id: " + kind + " are numbered " + expected.get(0) + " to "
                        + expected.get(expected.size() - 1));
            }
        }
    }

    private void checkPrinciple(Principle principle, Map<String, Practice> practices) {
        String file = files.principles();
        String id = principle.id();
        text(file, id, "name", principle.name());
        text(file, id, "gap", principle.gap());
        text(file, id, "whyItMatters", principle.whyItMatters());
        items(file, id, "symptoms", principle.symptoms(), 1, Integer.MAX_VALUE);
        for (String practiceId : principle.practices()) {
            Practice practice = practices.get(practiceId);
            if (practice == null) {
                problem(file, id, "lists practice '" + practiceId + "', which does not exist");
            } else if (!id.equals(practice.principle())) {
                problem(file, id, "lists practice " + practiceId + ", but that practice belongs to "
                        + practice.principle());
            }
        }
        practices.values().stream()
                .filter(p -> id.equals(p.principle()) && !principle.practices().contains(p.id()))
                .forEach(p -> problem(file, id, "does not list its practice " + p.id()));
    }

    private void checkPractice(Practice practice, Map<String, Principle> principles, Map<String, Practice> practices,
                               Map<String, AntiPattern> antiPatterns, Map<String, FactDefinition> facts,
                               Map<String, Question> questions) {
        String file = files.practice(practice.id());
        String id = practice.id();
        if (!principles.containsKey(practice.principle())) {
            problem(file, id, "principle '" + practice.principle() + "' does not exist");
        }
        text(file, id, "title", practice.title());
        text(file, id, "summary", practice.summary());
        text(file, id, "whyItMatters", practice.whyItMatters());
        text(file, id, "sustainingAction", practice.sustainingAction());
        text(file, id, "guideExample", practice.guideExample());
        items(file, id, "signalsOfWeakness", practice.signalsOfWeakness(), 1, Integer.MAX_VALUE);
        items(file, id, "actions", practice.actions().stream().map(Action::text).toList(), MIN_ACTIONS, MAX_ACTIONS);
        for (Action action : practice.actions()) {
            action.appliesWhen().forEach(context -> checkContext(file, id, context, facts.get(context.fact())));
            if (action.owner() == null) {
                problem(file, id, "each action names its owner (BACKBONE_LEAD, STEERING_GROUP or EACH_PARTNER); '"
                        + abbreviate(action.text()) + "' has none");
            }
            if (action.answers().isEmpty() || action.answers().size() > 4) {
                problem(file, id, "each action answers 1 to 4 questions or anti-patterns, so the plan can pick the"
                        + " steps that fit what was found; '" + abbreviate(action.text()) + "' lists "
                        + action.answers().size());
            }
            action.notWhile().stream().filter(a -> !antiPatterns.containsKey(a))
                    .forEach(a -> problem(file, id, "an action is not taken while '" + a + "', which is not an"
                            + " anti-pattern"));
            action.answers().stream().filter(a -> !questions.containsKey(a) && !antiPatterns.containsKey(a))
                    .forEach(a -> problem(file, id, "an action answers '" + a + "', which is neither a question nor an"
                            + " anti-pattern"));
        }
        if (!practice.actions().isEmpty()
                && practice.actions().stream().noneMatch(action -> action.appliesWhen().isEmpty())) {
            problem(file, id, "every action has an appliesWhen; at least one must fit any partnership");
        }
        if (practice.effort() == null) {
            problem(file, id, "effort is missing (low, medium or high)");
        }
        for (String prerequisite : practice.prerequisites()) {
            if (!practices.containsKey(prerequisite)) {
                problem(file, id, "prerequisite '" + prerequisite + "' does not exist");
            } else if (prerequisite.equals(id)) {
                problem(file, id, "is its own prerequisite");
            }
        }
        for (String antiPattern : practice.antiPatterns()) {
            if (!antiPatterns.containsKey(antiPattern)) {
                problem(file, id, "related anti-pattern '" + antiPattern + "' does not exist");
            }
        }
    }

    private void checkPrerequisitesAcyclic(Map<String, Practice> practices) {
        Map<String, Integer> state = new HashMap<>();
        Set<String> reported = new HashSet<>();
        for (String start : practices.keySet()) {
            findCycle(start, practices, state, new ArrayList<>(), reported);
        }
    }

    /** Depth-first search; state 1 = on the current path, 2 = fully explored. */
    private void findCycle(String id, Map<String, Practice> practices, Map<String, Integer> state,
                           List<String> path, Set<String> reported) {
        Integer seen = state.get(id);
        if (seen != null && seen == 2) {
            return;
        }
        if (seen != null && seen == 1) {
            List<String> cycle = new ArrayList<>(path.subList(path.indexOf(id), path.size()));
            cycle.add(id);
            if (reported.add(cycle.stream().sorted().distinct().collect(Collectors.joining(",")))) {
                problem(files.practice(id), id, "prerequisites form a cycle: " + String.join(" -> ", cycle));
            }
            return;
        }
        state.put(id, 1);
        path.add(id);
        Practice practice = practices.get(id);
        if (practice != null) {
            for (String prerequisite : practice.prerequisites()) {
                if (practices.containsKey(prerequisite) && !prerequisite.equals(id)) {
                    findCycle(prerequisite, practices, state, path, reported);
                }
            }
        }
        path.remove(path.size() - 1);
        state.put(id, 2);
    }

    private void checkAntiPattern(AntiPattern antiPattern, Map<String, Practice> practices,
                                  Map<String, FactDefinition> facts, Map<String, Question> questions) {
        String file = files.antiPatterns();
        String id = antiPattern.id();
        if (!ANTI_PATTERN_ID.matcher(id).matches()) {
            problem(file, id, "anti-pattern ids are 'AP-' followed by upper-case words joined by '-'");
        }
        text(file, id, "name", antiPattern.name());
        text(file, id, "description", antiPattern.description());
        text(file, id, "harm", antiPattern.harm());
        text(file, id, "detection.signal", antiPattern.detection().signal());
        text(file, id, "detection.verify", antiPattern.detection().verify());
        if (antiPattern.remedies().isEmpty()) {
            problem(file, id, "names no remedy practice (at least one is required)");
        }
        antiPattern.remedies().stream().filter(r -> !practices.containsKey(r))
                .forEach(r -> problem(file, id, "remedy practice '" + r + "' does not exist"));
        antiPattern.detection().facts().stream().filter(f -> !facts.containsKey(f))
                .forEach(f -> problem(file, id, "detection uses fact '" + f + "', which is not defined in facts"));
        antiPattern.detection().questions().stream().filter(q -> !questions.containsKey(q))
                .forEach(q -> problem(file, id, "detection uses question '" + q + "', which does not exist"));
        if (antiPattern.detection().facts().isEmpty() && antiPattern.detection().questions().isEmpty()) {
            problem(file, id, "detection names neither a fact nor a question");
        }
        boolean onShortForm = antiPattern.detection().questions().stream().map(questions::get)
                .anyMatch(q -> q != null && q.shortForm());
        if (!antiPattern.detection().questions().isEmpty() && !onShortForm) {
            problem(file, id, "none of its detection questions is on the short form, so the short form could never"
                    + " see it; mark one of " + antiPattern.detection().questions() + " shortForm: true");
        }
        antiPattern.detection().comments().stream()
                .filter(phrase -> phrase == null || phrase.isBlank() || !phrase.equals(phrase.toLowerCase(Locale.ROOT)))
                .forEach(phrase -> problem(file, id, "detection.comments: phrases are lower case and not blank, not '"
                        + phrase + "'"));
        for (Context context : antiPattern.appliesWhen()) {
            checkContext(file, id, context, facts.get(context.fact()));
        }
        if (antiPattern.baseSeverity() <= 0 || antiPattern.baseSeverity() > 1) {
            problem(file, id, "baseSeverity must lie in (0, 1], not " + antiPattern.baseSeverity());
        }
    }

    private void checkContext(String file, String id, Context context, FactDefinition fact) {
        if (fact == null) {
            problem(file, id, "appliesWhen uses fact '" + context.fact() + "', which is not defined in facts");
            return;
        }
        text(file, id, "appliesWhen.otherwise", context.otherwise());
        if (context.anyOf().isEmpty() == (context.atLeast() == null)) {
            problem(file, id, "appliesWhen on " + context.fact() + " needs either anyOf or atLeast");
        } else if (context.atLeast() != null && !fact.type().isNumeric()) {
            problem(file, id, "appliesWhen atLeast needs a numeric fact, not " + context.fact());
        } else if (!context.anyOf().isEmpty()) {
            List<String> allowed = fact.type() == FactType.BOOLEAN ? List.of("true", "false")
                    : fact.values().stream().map(Option::code).toList();
            context.anyOf().stream().filter(value -> !allowed.contains(value))
                    .forEach(value -> problem(file, id, "appliesWhen: '" + value + "' is not a value of "
                            + context.fact() + " " + allowed));
        }
    }

    private void checkFact(FactDefinition fact) {
        String file = files.facts();
        String id = fact.id();
        if (!FACT_ID.matcher(id).matches()) {
            problem(file, id, "fact ids are camelCase property names");
        }
        text(file, id, "label", fact.label());
        text(file, id, "meaning", fact.meaning());
        if (fact.type() == null) {
            problem(file, id, "type is missing (enum, integer, decimal, percent or boolean)");
            return;
        }
        if (fact.type() == FactType.ENUM && fact.values().isEmpty()) {
            problem(file, id, "an enum fact needs its values");
        }
        if (fact.type() != FactType.ENUM && !fact.values().isEmpty()) {
            problem(file, id, "only enum facts have values");
        }
        if (fact.type().isNumeric()) {
            if (fact.min() == null || fact.max() == null || fact.min() > fact.max()) {
                problem(file, id, "a numeric fact needs min <= max");
            }
            if (fact.type() == FactType.PERCENT && fact.min() != null && fact.max() != null
                    && (fact.min() < 0 || fact.max() > 100)) {
                problem(file, id, "a percent lies within 0..100");
            }
        }
    }

    private void checkFactsMatchPartnershipFacts(Set<String> factIds) {
        Set<String> properties = Arrays.stream(PartnershipFacts.class.getRecordComponents())
                .map(java.lang.reflect.RecordComponent::getName).collect(Collectors.toSet());
        factIds.stream().filter(id -> !properties.contains(id)).forEach(id -> problem(files.facts(), id,
                "is not a property of PartnershipFacts, so intake could not carry it"));
        properties.stream().filter(p -> !factIds.contains(p)).sorted().forEach(p -> problem(files.facts(), p,
                "PartnershipFacts has this property but facts does not define it"));
    }

    private void checkQuestionnaire(Questionnaire questionnaire, Map<String, Principle> principles,
                                    Map<String, Practice> practices) {
        String file = files.questionnaire();
        List<Integer> scale = questionnaire.scale().stream().map(Questionnaire.ScalePoint::value).toList();
        if (!scale.equals(List.of(1, 2, 3, 4, 5))) {
            problem(file, "scale", "the answer scale must be the values 1 to 5 in order, not " + scale);
        }
        text(file, "dontKnow", "label", questionnaire.dontKnow());
        var profile = questionnaire.profile();
        text(file, "profile", "sectorQuestion", profile.sectorQuestion());
        text(file, "profile", "roleQuestion", profile.roleQuestion());
        text(file, "profile", "tenureQuestion", profile.tenureQuestion());
        codes(file, "profile.sector", questionnaire.profile().sector(), Sector.values());
        codes(file, "profile.role", questionnaire.profile().role(), Role.values());
        codes(file, "profile.tenure", questionnaire.profile().tenure(), Tenure.values());
        checkSections(questionnaire, principles, file);
        for (Question question : questionnaire.items()) {
            checkQuestion(question, practices, file);
        }
        for (String practiceId : practices.keySet()) {
            long full = questionnaire.items().stream().filter(q -> q.measures(practiceId)).count();
            long shortForm = questionnaire.shortForm().stream().filter(q -> q.measures(practiceId)).count();
            if (full < MIN_FULL_FORM_ITEMS) {
                problem(file, practiceId, "is measured by " + full + " full-form item(s); at least "
                        + MIN_FULL_FORM_ITEMS + " are required");
            }
            if (shortForm < 1) {
                problem(file, practiceId, "is measured by no short-form item; at least one is required");
            }
        }
        Set<String> openIds = new HashSet<>();
        for (Questionnaire.OpenQuestion open : questionnaire.open()) {
            if (open.id() == null || !OPEN_QUESTION_ID.matcher(open.id()).matches()) {
                problem(file, open.id(), "open question ids are OPEN1, OPEN2, ...");
            } else if (!openIds.add(open.id())) {
                problem(file, open.id(), "duplicate open question id");
            }
            text(file, open.id(), "text", open.text());
        }
    }

    private void checkSections(Questionnaire questionnaire, Map<String, Principle> principles, String file) {
        Set<String> covered = new HashSet<>();
        for (Questionnaire.Section section : questionnaire.sections()) {
            text(file, section.id(), "title", section.title());
            text(file, section.id(), "intro", section.intro());
            if (!principles.containsKey(section.principle())) {
                problem(file, section.id(), "section principle '" + section.principle() + "' does not exist");
            } else if (!covered.add(section.principle())) {
                problem(file, section.id(), "a second section for principle " + section.principle());
            }
        }
        principles.keySet().stream().filter(p -> !covered.contains(p))
                .forEach(p -> problem(file, p, "no questionnaire section covers this principle"));
    }

    private void checkQuestion(Question question, Map<String, Practice> practices, String file) {
        String id = question.id();
        var matcher = QUESTION_ID.matcher(id);
        if (!matcher.matches()) {
            problem(file, id, "question ids are 'Q', the two-digit practice number and a letter, e.g. Q11A");
        } else if (!question.practices().contains("PR" + matcher.group(1))) {
            problem(file, id, "the id names practice PR" + matcher.group(1) + ", but the item does not measure it");
        }
        text(file, id, "text", question.text());
        if (question.practices().isEmpty()) {
            problem(file, id, "measures no practice");
        }
        question.practices().stream().filter(p -> !practices.containsKey(p))
                .forEach(p -> problem(file, id, "measures practice '" + p + "', which does not exist"));
    }

    private <E extends Enum<E>> void codes(String file, String where, List<Option> options, E[] expected) {
        List<String> actual = options.stream().map(o -> o == null ? null : o.code()).toList();
        List<String> wanted = Arrays.stream(expected).map(Enum::name).toList();
        if (!new HashSet<>(actual).equals(new HashSet<>(wanted)) || actual.size() != wanted.size()) {
            problem(file, where, "options must be exactly " + wanted + ", found " + actual);
        }
        options.stream().filter(o -> o != null && (o.label() == null || o.label().isBlank()))
                .forEach(o -> problem(file, where, "option " + o.code() + " has no label"));
    }

    /** Every summary template is present and uses only placeholders the reports know how to fill. */
    static List<ContentProblem> checkNarrative(String file, Narrative narrative) {
        List<ContentProblem> found = new ArrayList<>();
        if (narrative == null || file == null) {
            return found;
        }
        Map<String, String> templates = new java.util.LinkedHashMap<>();
        if (narrative.strengths() != null) {
            templates.put("strengths.some", narrative.strengths().some());
            templates.put("strengths.none", narrative.strengths().none());
        }
        if (narrative.holdingBack() != null) {
            templates.put("holdingBack.lead", narrative.holdingBack().lead());
            templates.put("holdingBack.pattern", narrative.holdingBack().pattern());
            templates.put("holdingBack.gap", narrative.holdingBack().gap());
            templates.put("holdingBack.split", narrative.holdingBack().split());
            templates.put("holdingBack.nothing", narrative.holdingBack().nothing());
        }
        templates.put("firstStep", narrative.firstStep());
        templates.put("firstFocus", narrative.firstFocus());
        templates.put("sustain", narrative.sustain());
        templates.put("toVerify", narrative.toVerify());
        if (narrative.confidence() != null) {
            templates.put("confidence.firm", narrative.confidence().firm());
            templates.put("confidence.fair", narrative.confidence().fair());
            templates.put("confidence.thin", narrative.confidence().thin());
            templates.put("confidence.responseRate", narrative.confidence().responseRate());
            templates.put("confidence.lowParticipation", narrative.confidence().lowParticipation());
            templates.put("confidence.selfAssessment", narrative.confidence().selfAssessment());
        }
        if (narrative.trends() != null) {
            templates.put("trends.lead", narrative.trends().lead());
            templates.put("trends.persists", narrative.trends().persists());
            templates.put("trends.persistsSeveral", narrative.trends().persistsSeveral());
            templates.put("trends.decline", narrative.trends().decline());
            templates.put("trends.doneNotWorking", narrative.trends().doneNotWorking());
        }
        List<String> expected = List.of("strengths.some", "strengths.none", "holdingBack.lead", "holdingBack.pattern",
                "holdingBack.gap", "holdingBack.split", "holdingBack.nothing", "firstStep", "firstFocus", "sustain", "toVerify",
                "confidence.firm", "confidence.fair", "confidence.thin", "confidence.responseRate",
                "confidence.lowParticipation", "confidence.selfAssessment", "trends.lead", "trends.persists", "trends.persistsSeveral",
                "trends.decline", "trends.doneNotWorking");
        for (String key : expected) {
            String template = templates.get(key);
            if (template == null || template.isBlank()) {
                found.add(new ContentProblem(file, key, "the sentence is missing"));
                continue;
            }
            java.util.regex.Matcher matcher = java.util.regex.Pattern.compile("\\{(\\w+)}").matcher(template);
            while (matcher.find()) {
                if (!NARRATIVE_PLACEHOLDERS.contains(matcher.group(1))) {
                    found.add(new ContentProblem(file, key, "unknown placeholder {" + matcher.group(1) + "}; known: "
                            + NARRATIVE_PLACEHOLDERS));
                }
            }
        }
        return found;
    }

    private static final List<String> NARRATIVE_PLACEHOLDERS = List.of("partnership", "practices", "count", "name",
            "description", "practice", "mean", "step", "owner", "weeks", "patterns", "respondents", "form",
            "dontKnow", "answered", "sent", "rate", "threshold", "rounds", "periods");

    private static String abbreviate(String text) {
        return text == null || text.length() <= 40 ? String.valueOf(text) : text.substring(0, 40) + "...";
    }

    private void text(String file, String id, String field, String value) {
        if (value == null || value.isBlank()) {
            problem(file, id, field + " is missing");
        }
    }

    private void items(String file, String id, String field, List<String> values, int min, int max) {
        if (values.size() < min || values.size() > max) {
            String range = max == Integer.MAX_VALUE ? "at least " + min : min + " to " + max;
            problem(file, id, field + " has " + values.size() + " entries; " + range + " are required");
        }
        if (values.stream().anyMatch(v -> v == null || v.isBlank())) {
            problem(file, id, field + " has an empty entry");
        }
    }

    private void problem(String file, String id, String message) {
        problems.add(new ContentProblem(file, id, message));
    }
}
