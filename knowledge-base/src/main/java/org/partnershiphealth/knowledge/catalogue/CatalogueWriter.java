package org.partnershiphealth.knowledge.catalogue;

import org.partnershiphealth.diagnosis.Evidence;
import org.partnershiphealth.knowledge.Action;
import org.partnershiphealth.knowledge.AntiPattern;
import org.partnershiphealth.knowledge.Context;
import org.partnershiphealth.knowledge.FactDefinition;
import org.partnershiphealth.knowledge.FactType;
import org.partnershiphealth.knowledge.KnowledgeBase;
import org.partnershiphealth.knowledge.Option;
import org.partnershiphealth.knowledge.Practice;
import org.partnershiphealth.knowledge.Principle;
import org.partnershiphealth.knowledge.Question;
import org.partnershiphealth.knowledge.Questionnaire;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Renders the whole knowledge base as one Markdown document, so a consultant can review every principle,
 * practice, anti-pattern, fact and question without reading YAML. Output is deterministic: the same
 * content always gives the same bytes, which lets a test check that {@code docs/catalogue.md} is current.
 */
public final class CatalogueWriter {

    private final KnowledgeBase kb;
    private final StringBuilder out = new StringBuilder();

    private CatalogueWriter(KnowledgeBase kb) {
        this.kb = kb;
    }

    public static String write(KnowledgeBase kb) {
        return new CatalogueWriter(kb).document();
    }

    private String document() {
        Questionnaire questionnaire = kb.questionnaire();
        line("# Partnership Health Advisor — knowledge-base catalogue");
        line();
        line("Knowledge-base version **" + kb.version() + "**. Generated from `knowledge-base/src/main/resources/kb/`"
                + " by `./mvnw -q -pl knowledge-base compile exec:java -Dexec.args=write`; do not edit by hand.");
        line();
        line("| content | count |");
        line("|---|---|");
        line("| principles (vision/execution gaps) | " + kb.principles().size() + " |");
        line("| practices | " + kb.practices().size() + " |");
        line("| anti-patterns | " + kb.antiPatterns().size() + " |");
        line("| partnership facts | " + kb.facts().size() + " |");
        line("| questionnaire items, full form | " + questionnaire.fullForm().size() + " ("
                + questionnaire.fullForm().stream().filter(Question::reverse).count() + " reverse-scored), about "
                + Questionnaire.answerMinutes(questionnaire.fullForm()) + " minutes |");
        line("| questionnaire items, short form | " + questionnaire.shortForm().size() + ", about "
                + Questionnaire.answerMinutes(questionnaire.shortForm()) + " minutes |");
        line();
        line("Contents: [Principles](#principles) · [Practices](#practices) · [Anti-patterns](#anti-patterns) · "
                + "[Partnership facts](#partnership-facts) · [Questionnaire](#questionnaire)");
        line();
        principles();
        practices();
        antiPatterns();
        facts();
        questionnaire(questionnaire);
        return out.toString();
    }

    private void principles() {
        line("## Principles");
        line();
        for (Principle principle : kb.principles()) {
            line("### " + principle.id() + " " + principle.name());
            line();
            line("**Gap it closes:** " + principle.gap());
            line();
            line(principle.whyItMatters());
            line();
            line("**Symptoms when it is missing**");
            line();
            bullets(principle.symptoms());
            line("**Practices:** " + principle.practices().stream()
                    .map(id -> link(id, kb.practice(id).title())).collect(Collectors.joining(", ")));
            line();
        }
    }

    private void practices() {
        line("## Practices");
        line();
        for (Principle principle : kb.principles()) {
            for (Practice practice : kb.practicesOf(principle.id())) {
                practice(practice, principle);
            }
        }
    }

    private void practice(Practice practice, Principle principle) {
        line("### " + practice.id() + " " + practice.title());
        line();
        line("*" + principle.id() + " " + principle.name() + " · effort " + practice.effort().name()
                .toLowerCase(Locale.ROOT) + "*");
        line();
        line(practice.summary());
        line();
        line("**Why it matters.** " + practice.whyItMatters());
        line();
        line("**Signals of weakness**");
        line();
        bullets(practice.signalsOfWeakness());
        line("**First steps for the next 90 days**");
        line();
        for (int i = 0; i < practice.actions().size(); i++) {
            Action action = practice.actions().get(i);
            line((i + 1) + ". " + action.text() + action.appliesWhen().stream().map(CatalogueWriter::condition)
                    .map(condition -> " *(Only when " + condition + ".)*").collect(Collectors.joining())
                    + action.notWhile().stream().map(id -> " *(Not while " + kb.antiPattern(id).name() + ".)*")
                    .collect(Collectors.joining())
                    + " — " + action.owner().label().toLowerCase(Locale.ROOT) + "; chosen when the plan meets "
                    + codes(action.answers()));
        }
        line();
        line("**When it is already strong.** " + practice.sustainingAction());
        line();
        line("**From the field guide.** " + practice.guideExample());
        line();
        line("**Needs first:** " + idList(practice.prerequisites(), id -> link(id, kb.practice(id).title())));
        line();
        line("**Related anti-patterns:** " + idList(practice.antiPatterns(),
                id -> link(id, kb.antiPattern(id).name())));
        line();
        line("**Measured by**");
        line();
        for (Question question : kb.questionnaire().items()) {
            if (question.practices().contains(practice.id())) {
                line("- `" + question.id() + "` " + question.text() + questionMarks(question));
            }
        }
        line();
    }

    private void antiPatterns() {
        line("## Anti-patterns");
        line();
        line("An anti-pattern is **asserted** only when respondents point to it (a statement answered by at least k"
                + " people, or a difference between groups shown) and a second, independent signal holds (another"
                + " statement or a recorded fact). Recorded facts alone, or one statement alone, make it a finding"
                + " **to verify**: the report lists what was seen and the question below, and it never enters the"
                + " plan. When none of its statements was asked or enough answered, it is reported as not assessed.");
        line();
        coverage();
        for (AntiPattern antiPattern : kb.antiPatterns()) {
            line("### " + antiPattern.id() + " " + antiPattern.name());
            line();
            line(antiPattern.description());
            line();
            line("**How it is detected.** " + antiPattern.detection().signal());
            line();
            line("- facts: " + idList(antiPattern.detection().facts(), id -> "`" + id + "`"));
            line("- questions: " + idList(antiPattern.detection().questions(), id -> "`" + id + "`"
                    + (kb.question(id).map(Question::shortForm).orElse(false) ? " (short form)" : "")));
            if (!antiPattern.detection().comments().isEmpty()) {
                line("- comment phrases: " + antiPattern.detection().comments().stream().map(c -> "\"" + c + "\"")
                        .collect(Collectors.joining(", ")));
            }
            line();
            line("**When the evidence is thin, ask:** " + antiPattern.detection().verify());
            line();
            line("**Harm.** " + antiPattern.harm());
            line();
            for (Context context : antiPattern.appliesWhen()) {
                line("**Applies only when** " + condition(context) + "; otherwise: " + context.otherwise());
                line();
            }
            if (antiPattern.firstStep() != null) {
                line("**First step, before any remedy.** " + antiPattern.firstStep());
                line();
            }
            line("**Remedies:** " + idList(antiPattern.remedies(), id -> link(id, kb.practice(id).title()))
                    + " · base severity " + antiPattern.baseSeverity() + " · source " + antiPattern.source());
            line();
        }
    }

    private void facts() {
        line("## Partnership facts");
        line();
        line("Entered once per assessment round by backbone staff. Every fact is optional; a rule that needs a"
                + " missing fact stays silent.");
        line();
        line("| id | fact | type | unit / range | meaning |");
        line("|---|---|---|---|---|");
        for (FactDefinition fact : kb.facts()) {
            line("| `" + fact.id() + "` | " + fact.label() + " | " + fact.type().name().toLowerCase(Locale.ROOT)
                    + " | " + range(fact) + " | " + cell(fact.meaning()) + " |");
        }
        line();
    }

    private static String range(FactDefinition fact) {
        if (fact.type() == FactType.ENUM) {
            return fact.values().stream().map(o -> "`" + o.code() + "` " + o.label()).collect(Collectors.joining("; "));
        }
        if (fact.type() == FactType.BOOLEAN) {
            return "yes / no";
        }
        return number(fact.min()) + "–" + number(fact.max()) + " " + fact.unit();
    }

    private void questionnaire(Questionnaire questionnaire) {
        line("## Questionnaire");
        line();
        line("Answer scale: " + questionnaire.scale().stream().map(p -> p.value() + " " + p.label())
                .collect(Collectors.joining(" · ")) + ", or *" + questionnaire.dontKnow()
                + "*, which is never scored and never counted as a 3. Items marked (reverse) are worded so that"
                + " agreeing signals a weakness; they are flipped (6 − answer) before averaging. Items marked"
                + " (short form) make up the short form: at least one per practice, and at least one statement for"
                + " every anti-pattern.");
        line();
        line("**About you** (kept coarse so that answers stay anonymous; groups smaller than the anonymity"
                + " threshold are never shown)");
        line();
        line("- " + questionnaire.profile().sectorQuestion() + " " + options(questionnaire.profile().sector()));
        line("- " + questionnaire.profile().roleQuestion() + " " + options(questionnaire.profile().role()));
        line("- " + questionnaire.profile().tenureQuestion() + " " + options(questionnaire.profile().tenure()));
        line();
        for (Questionnaire.Section section : questionnaire.sections()) {
            line("### " + section.id() + " " + section.title() + " (" + section.principle() + ")");
            line();
            line("*" + section.intro() + "*");
            line();
            line("| id | statement | practice | scoring |");
            line("|---|---|---|---|");
            for (Practice practice : kb.practicesOf(section.principle())) {
                for (Question question : kb.questionnaire().items()) {
                    if (question.practices().get(0).equals(practice.id())) {
                        line("| `" + question.id() + "` | " + cell(question.text()) + " | "
                                + String.join(", ", question.practices()) + " |" + questionMarks(question) + " |");
                    }
                }
            }
            line();
        }
        line("### Open questions");
        line();
        questionnaire.open().forEach(open -> line("- `" + open.id() + "` " + open.text()));
    }

    private static String questionMarks(Question question) {
        String marks = (question.reverse() ? " (reverse)" : "") + (question.shortForm() ? " (short form)" : "")
                + (question.isPosition() ? " (position: where the respondent stands, never scored)" : "");
        return marks.isEmpty() ? "" : marks;
    }

    private static String options(List<Option> options) {
        return options.stream().map(Option::label).collect(Collectors.joining(" · "));
    }

    private static String idList(List<String> ids, Function<String, String> render) {
        return ids.isEmpty() ? "none" : ids.stream().map(render).collect(Collectors.joining(", "));
    }

    private static String link(String id, String title) {
        return "[" + id + " " + title + "](#" + anchor(id + " " + title) + ")";
    }

    /** GitHub's heading anchors: lower case, punctuation dropped, spaces to hyphens. */
    static String anchor(String heading) {
        return heading.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N} -]", "").replace(' ', '-');
    }

    private static String cell(String text) {
        return text.replace("|", "\\|").replace("\n", " ");
    }

    private void bullets(List<String> values) {
        values.forEach(v -> line("- " + v));
        line();
    }

    private void line(String text) {
        out.append(text).append('\n');
    }

    private void line() {
        out.append('\n');
    }

    /** Numbers in ranges print without a trailing ".0". */
    private static String number(Double value) {
        return value == Math.rint(value) ? Long.toString(value.longValue()) : value.toString();
    }

    private static String condition(Context context) {
        return "`" + context.fact() + "` is " + (context.atLeast() != null
                ? "at least " + Evidence.format(context.atLeast()) : String.join(" or ", context.anyOf()))
                + " (or not recorded)";
    }

    /** Which statements each anti-pattern can draw on in each form, and what the short form can conclude. */
    private void coverage() {
        line("**What each form can check.** Timings are planning estimates (" + Questionnaire.SECONDS_PER_STATEMENT
                + " seconds a statement). On the short form, a pattern with one short statement can still be raised,"
                + " but it is asserted only when a recorded fact or a difference between groups backs it.");
        line();
        line("| anti-pattern | full form | short form | facts |");
        line("|---|---|---|---|");
        for (AntiPattern antiPattern : kb.antiPatterns()) {
            List<String> all = antiPattern.detection().questions();
            List<String> shortItems = all.stream()
                    .filter(id -> kb.question(id).map(Question::shortForm).orElse(false)).toList();
            line("| " + link(antiPattern.id(), antiPattern.name()) + " | "
                    + codes(all) + " | " + codes(shortItems) + " | " + codes(antiPattern.detection().facts()) + " |");
        }
        line();
    }

    private static String codes(List<String> ids) {
        return ids.isEmpty() ? "—" : ids.stream().map(id -> "`" + id + "`").collect(Collectors.joining(" "));
    }
}
