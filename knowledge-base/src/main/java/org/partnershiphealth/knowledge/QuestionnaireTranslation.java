package org.partnershiphealth.knowledge;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything a respondent reads in the questionnaire, in another language, keyed by the ids and codes of the
 * English questionnaire: scale labels, "don't know", the profile questions and options, section titles and
 * introductions, statements and open questions. Scoring never reads it: a translated round scores exactly like an
 * English one.
 */
public record QuestionnaireTranslation(
        String language,
        String name,
        Map<Integer, String> scale,
        String dontKnow,
        Profile profile,
        Map<String, SectionText> sections,
        Map<String, String> items,
        Map<String, String> open) {

    public QuestionnaireTranslation {
        scale = scale == null ? Map.of() : Map.copyOf(scale);
        sections = sections == null ? Map.of() : Map.copyOf(sections);
        items = items == null ? Map.of() : Map.copyOf(items);
        open = open == null ? Map.of() : Map.copyOf(open);
        profile = profile == null ? new Profile(null, null, null, null, null, null) : profile;
    }

    public record Profile(String sectorQuestion, Map<String, String> sector, String roleQuestion,
                          Map<String, String> role, String tenureQuestion, Map<String, String> tenure) {
        public Profile {
            sector = sector == null ? Map.of() : Map.copyOf(sector);
            role = role == null ? Map.of() : Map.copyOf(role);
            tenure = tenure == null ? Map.of() : Map.copyOf(tenure);
        }
    }

    public record SectionText(String title, String intro) {
    }

    /** Every text of {@code english} this translation leaves out, or names that {@code english} does not have. */
    List<String> gaps(Questionnaire english) {
        List<String> gaps = new ArrayList<>();
        english.scale().forEach(p -> missing(gaps, "scale." + p.value(), scale.get(p.value())));
        missing(gaps, "dontKnow", dontKnow);
        Questionnaire.ProfileQuestions p = english.profile();
        missing(gaps, "profile.sectorQuestion", profile.sectorQuestion());
        missing(gaps, "profile.roleQuestion", profile.roleQuestion());
        missing(gaps, "profile.tenureQuestion", profile.tenureQuestion());
        options(gaps, "profile.sector", p.sector(), profile.sector());
        options(gaps, "profile.role", p.role(), profile.role());
        options(gaps, "profile.tenure", p.tenure(), profile.tenure());
        for (Questionnaire.Section section : english.sections()) {
            SectionText text = sections.get(section.id());
            missing(gaps, "sections." + section.id() + ".title", text == null ? null : text.title());
            missing(gaps, "sections." + section.id() + ".intro", text == null ? null : text.intro());
        }
        english.items().forEach(item -> missing(gaps, "items." + item.id(), items.get(item.id())));
        english.open().forEach(question -> missing(gaps, "open." + question.id(), open.get(question.id())));
        unknown(gaps, "sections", sections.keySet(), english.sections().stream().map(Questionnaire.Section::id).toList());
        unknown(gaps, "items", items.keySet(), english.items().stream().map(Question::id).toList());
        unknown(gaps, "open", open.keySet(), english.open().stream().map(Questionnaire.OpenQuestion::id).toList());
        return gaps;
    }

    private static void options(List<String> gaps, String where, List<Option> english, Map<String, String> texts) {
        english.forEach(option -> missing(gaps, where + "." + option.code(), texts.get(option.code())));
        unknown(gaps, where, texts.keySet(), english.stream().map(Option::code).toList());
    }

    private static void missing(List<String> gaps, String where, String text) {
        if (text == null || text.isBlank()) {
            gaps.add(where + " is not translated");
        }
    }

    private static void unknown(List<String> gaps, String where, java.util.Set<String> ids, List<String> known) {
        ids.stream().filter(id -> !known.contains(id)).sorted()
                .forEach(id -> gaps.add(where + "." + id + " is not in the questionnaire"));
    }

    /** The English questionnaire with every text replaced by this translation's (ids, codes and scoring unchanged). */
    Questionnaire apply(Questionnaire english) {
        Questionnaire.ProfileQuestions p = english.profile();
        return new Questionnaire(
                english.scale().stream().map(s -> new Questionnaire.ScalePoint(s.value(), scale.get(s.value()))).toList(),
                dontKnow,
                new Questionnaire.ProfileQuestions(profile.sectorQuestion(), relabel(p.sector(), profile.sector()),
                        profile.roleQuestion(), relabel(p.role(), profile.role()),
                        profile.tenureQuestion(), relabel(p.tenure(), profile.tenure())),
                english.sections().stream().map(s -> new Questionnaire.Section(s.id(), s.principle(),
                        sections.get(s.id()).title(), sections.get(s.id()).intro())).toList(),
                english.items().stream().map(q -> new Question(q.id(), q.practices(), items.get(q.id()), q.reverse(),
                        q.shortForm(), q.position(), List.of())).toList(),
                english.open().stream().map(o -> new Questionnaire.OpenQuestion(o.id(), open.get(o.id()))).toList());
    }

    private static List<Option> relabel(List<Option> english, Map<String, String> texts) {
        return english.stream().map(o -> new Option(o.code(), texts.get(o.code()))).toList();
    }

    /** Languages as code to own name, English first, for pickers. */
    static Map<String, String> names(Map<String, QuestionnaireTranslation> translations) {
        Map<String, String> names = new LinkedHashMap<>();
        names.put("en", "English");
        translations.values().forEach(t -> names.put(t.language(), t.name()));
        return names;
    }
}
