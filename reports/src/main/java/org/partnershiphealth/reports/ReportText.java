package org.partnershiphealth.reports;

import freemarker.core.HTMLOutputFormat;
import freemarker.core.TemplateHTMLOutputModel;
import freemarker.template.TemplateModelException;
import org.partnershiphealth.assessment.QuestionnaireForm;
import org.partnershiphealth.diagnosis.Assertion;
import org.partnershiphealth.diagnosis.Band;
import org.partnershiphealth.diagnosis.GroupDimension;
import org.partnershiphealth.diagnosis.RecommendationKind;
import org.partnershiphealth.reports.annual.AnnualComparison;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

/**
 * The fixed words of the reports (headings, labels, table headers, sentences), looked up by key in
 * {@code i18n/reports.properties} so that the templates and the report classes hold no language of their own. The
 * templates reach it as {@code t}: {@code ${t.t("briefing.plan.heading")}}, {@code ${t.t("key", a)}} up to three
 * arguments, and {@code ${t.band(b)}} and the like for the words behind codes. Messages are
 * {@link MessageFormat} patterns: {@code {0}} for a text argument, {@code {0,number,0}} for a count (never grouped),
 * {@code {0,choice,0#respondents|1#respondent|1<respondents}} for singular and plural, and {@code ''} for an
 * apostrophe.
 *
 * <p><b>Adding a language</b> takes one file: copy {@code reports.properties} (English, the base file) to
 * {@code reports_<code>.properties} beside it, for instance {@code reports_es.properties}, keep every key, translate
 * the values (UTF-8), and render with {@code new Reports(knowledge, Locale.forLanguageTag("es"))}. A language without
 * its own file renders in English; a key missing from a language file falls back to the English base file, and
 * {@code ReportTextTest} reports it. The knowledge base's own texts (practice titles, narrative.yaml) are
 * translated in the knowledge base, not here.
 *
 * <p>HTML templates get {@link #html()}: the same messages, with the words escaped where HTML element content
 * requires it ({@code & < >}, as in the template's own text) and every argument escaped exactly as {@code ${...}}
 * escapes it, or inserted unchanged when the template passes markup (such as a captured {@code <code>}). Markup
 * therefore stays in the templates and only words go in the messages. The English file keeps the templates' line
 * breaks inside some HTML paragraphs so today's output stays byte for byte the same; HTML reads a line break as a
 * space, and in Markdown and in the report classes a message is always one line, so a translation may ignore them.
 */
public final class ReportText {

    /** The language of the base file, {@code reports.properties}. */
    public static final Locale ENGLISH = Locale.ENGLISH;

    static final String BUNDLE = "i18n.reports";

    /** Stands in for a text argument while the words around it are escaped; private-use characters. */
    private static final char ARGUMENT_START = '\uE000';
    private static final char ARGUMENT_END = '\uE001';

    private static final Map<String, String> GROUPS = Map.of(
            "BUSINESS", "label.group.business", "NONPROFIT", "label.group.nonprofit",
            "GOVERNMENT", "label.group.government", "FUNDER", "label.group.funder",
            "ACADEMIC", "label.group.academic", "COMMUNITY", "label.group.community",
            "LEADERSHIP", "label.group.leadership", "PARTNER_REPRESENTATIVE", "label.group.partnerRepresentative",
            "BACKBONE_STAFF", "label.group.backboneStaff", "COMMUNITY_MEMBER", "label.group.communityMember");

    private final ResourceBundle messages;
    private final Locale locale;
    private final Html html = new Html();

    private ReportText(ResourceBundle messages) {
        this.messages = messages;
        this.locale = messages.getLocale().getLanguage().isEmpty() ? ENGLISH : messages.getLocale();
    }

    /** The reports' words in {@code language}, or in English when there is no file for it. */
    public static ReportText of(Locale language) {
        return new ReportText(ResourceBundle.getBundle(BUNDLE, language,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)));
    }

    public static ReportText english() {
        return of(ENGLISH);
    }

    /** The language the words are actually in, for {@code <html lang>}: "en" for the base file. */
    public String language() {
        return locale.toLanguageTag();
    }

    /** The same messages for an HTML template, escaped as described above. */
    public Html html() {
        return html;
    }

    public String t(String key) {
        return format(key);
    }

    public String t(String key, Object a) {
        return format(key, a);
    }

    public String t(String key, Object a, Object b) {
        return format(key, a, b);
    }

    public String t(String key, Object a, Object b, Object c) {
        return format(key, a, b, c);
    }

    /** Any number of arguments, for the report classes; templates use the fixed-arity {@code t}. */
    String format(String key, Object... arguments) {
        return new MessageFormat(oneLine(pattern(key)), locale).format(arguments);
    }

    String pattern(String key) {
        return messages.getString(key);
    }

    /** The line breaks the base file keeps for the HTML layout are plain spaces everywhere else. */
    private static String oneLine(String pattern) {
        return pattern.replaceAll("\n[ \t]*", " ");
    }

    // --- the words behind codes --------------------------------------------------------------------------------

    /** "strength", "watch", "concern". */
    public String band(Band band) {
        return t(switch (band) {
            case STRENGTH -> "label.band.strength";
            case WATCH -> "label.band.watch";
            case CONCERN -> "label.band.concern";
        });
    }

    /** "full form", "short form". */
    public String form(QuestionnaireForm form) {
        return t(switch (form) {
            case FULL -> "label.form.full";
            case SHORT -> "label.form.short";
        });
    }

    /** Why a practice is in the plan: "strengthen", "remedy", "sustain". */
    public String recommendationKind(RecommendationKind kind) {
        return t(switch (kind) {
            case STRENGTHEN -> "label.recommendation.strengthen";
            case REMEDY -> "label.recommendation.remedy";
            case SUSTAIN -> "label.recommendation.sustain";
        });
    }

    /** "asserted", "to verify". */
    public String assertion(Assertion assertion) {
        return t(switch (assertion) {
            case ASSERTED -> "label.assertion.asserted";
            case TO_VERIFY -> "label.assertion.toVerify";
        });
    }

    /** "sector", "role". */
    public String dimension(GroupDimension dimension) {
        return t(switch (dimension) {
            case SECTOR -> "label.dimension.sector";
            case ROLE -> "label.dimension.role";
        });
    }

    /** A stakeholder group in words, "nonprofits" for SECTOR:NONPROFIT or NONPROFIT; an unknown code as itself. */
    public String group(String label) {
        String code = label.substring(label.indexOf(':') + 1);
        String key = GROUPS.get(code);
        return key != null ? t(key) : code.toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    /** An anti-pattern between two rounds: "resolved", "new", "persisting". */
    public String status(AnnualComparison.Status status) {
        return t(switch (status) {
            case RESOLVED -> "label.status.resolved";
            case NEW -> "label.status.new";
            case PERSISTING -> "label.status.persisting";
        });
    }

    /** What became of a focus item: "improved", "within noise", "worse", "not measured". */
    public String outcome(AnnualComparison.Outcome outcome) {
        return t(switch (outcome) {
            case IMPROVED -> "label.outcome.improved";
            case WITHIN_NOISE -> "label.outcome.withinNoise";
            case WORSE -> "label.outcome.worse";
            case NOT_MEASURED -> "label.outcome.notMeasured";
        });
    }

    /** The same words for what became of a commitment since the last round. */
    public String outcome(org.partnershiphealth.diagnosis.Diagnosis.FollowUp.Outcome outcome) {
        return outcome(AnnualComparison.Outcome.valueOf(outcome.name()));
    }

    /** A principle's trend: "up, beyond noise", "down, beyond noise", "within noise". */
    public String direction(AnnualComparison.Direction direction) {
        return t(switch (direction) {
            case UP -> "label.direction.up";
            case DOWN -> "label.direction.down";
            case STEADY -> "label.direction.steady";
        });
    }

    /**
     * The messages for an HTML template. {@code ${...}} prints the result as it is, so the words are escaped here
     * for element content (never use a message inside an attribute) and each argument as {@code ${...}} would
     * escape it; numbers pass through for {@code number} and {@code choice}. The words behind codes are plain text
     * that {@code ${...}} escapes like any other value.
     */
    public final class Html {

        private Html() {
        }

        public String language() {
            return ReportText.this.language();
        }

        public TemplateHTMLOutputModel t(String key) throws TemplateModelException {
            return markup(key);
        }

        public TemplateHTMLOutputModel t(String key, Object a) throws TemplateModelException {
            return markup(key, a);
        }

        public TemplateHTMLOutputModel t(String key, Object a, Object b) throws TemplateModelException {
            return markup(key, a, b);
        }

        public TemplateHTMLOutputModel t(String key, Object a, Object b, Object c) throws TemplateModelException {
            return markup(key, a, b, c);
        }

        public String band(Band band) {
            return ReportText.this.band(band);
        }

        public String form(QuestionnaireForm form) {
            return ReportText.this.form(form);
        }

        public String recommendationKind(RecommendationKind kind) {
            return ReportText.this.recommendationKind(kind);
        }

        public String assertion(Assertion assertion) {
            return ReportText.this.assertion(assertion);
        }

        public String status(AnnualComparison.Status status) {
            return ReportText.this.status(status);
        }

        public String outcome(AnnualComparison.Outcome outcome) {
            return ReportText.this.outcome(outcome);
        }

        public String outcome(org.partnershiphealth.diagnosis.Diagnosis.FollowUp.Outcome outcome) {
            return ReportText.this.outcome(outcome);
        }

        public String direction(AnnualComparison.Direction direction) {
            return ReportText.this.direction(direction);
        }

        /** Formats with a placeholder per text argument, escapes the words, then puts the escaped arguments in. */
        private TemplateHTMLOutputModel markup(String key, Object... arguments) throws TemplateModelException {
            Object[] placed = new Object[arguments.length];
            for (int i = 0; i < arguments.length; i++) {
                placed[i] = arguments[i] instanceof Number ? arguments[i] : ARGUMENT_START + "" + i + ARGUMENT_END;
            }
            String html = escapeWords(new MessageFormat(pattern(key), locale).format(placed));
            for (int i = 0; i < arguments.length; i++) {
                if (!(arguments[i] instanceof Number)) {
                    html = html.replace(ARGUMENT_START + "" + i + ARGUMENT_END, escapeArgument(arguments[i]));
                }
            }
            return HTMLOutputFormat.INSTANCE.fromMarkup(html);
        }

        private static String escapeWords(String text) {
            return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
        }

        private static String escapeArgument(Object argument) throws TemplateModelException {
            if (argument instanceof TemplateHTMLOutputModel markup) {
                return HTMLOutputFormat.INSTANCE.getMarkupString(markup);
            }
            return HTMLOutputFormat.INSTANCE.escapePlainText(String.valueOf(argument));
        }
    }
}
