package org.partnershiphealth.reports;

import freemarker.core.HTMLOutputFormat;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.partnershiphealth.assessment.QuestionnaireForm;
import org.partnershiphealth.diagnosis.Assertion;
import org.partnershiphealth.diagnosis.Band;
import org.partnershiphealth.diagnosis.GroupDimension;
import org.partnershiphealth.diagnosis.RecommendationKind;
import org.partnershiphealth.reports.annual.AnnualComparison;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Arrays;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partnershiphealth.reports.Fixtures.KB;
import static org.partnershiphealth.reports.Fixtures.diagnosis;

/**
 * The reports' messages and their keys agree: every key a template or report class asks for is in
 * {@code reports.properties}, every key there is asked for somewhere, every message is a valid MessageFormat pattern,
 * and every language file has exactly the English keys. A missing key would otherwise surface only when a report
 * reaches that branch; an unused one is a translation nobody reads.
 */
class ReportTextTest {

    private static final Path MESSAGES = Path.of("src/main/resources/i18n");
    private static final Path TEMPLATES = Path.of("src/main/resources/templates");
    private static final Path SOURCES = Path.of("src/main/java");

    /** A key as the templates pass it: {@code t.t("briefing.plan.heading"}. */
    private static final Pattern TEMPLATE_KEY = Pattern.compile("\\bt\\.t\\(\"([^\"]+)\"");
    /** Any call of the template method, to catch a key that is not a literal and so escapes the check. */
    private static final Pattern TEMPLATE_CALL = Pattern.compile("\\bt\\.t\\((.)");
    /** A key as the report classes write it: a string literal in one of the message groups. */
    private static final Pattern JAVA_KEY =
            Pattern.compile("\"((?:common|diagnosis|briefing|annual|portfolio|label|chart|evidence)\\.[A-Za-z0-9.]+)\"");

    private final ReportText english = ReportText.english();

    @Test
    void everyKeyTheTemplatesUseExists() throws IOException {
        Set<String> used = matches(TEMPLATES, TEMPLATE_KEY);

        assertThat(used).as("keys used in the templates").isNotEmpty();
        assertThat(missing(used, keys(english()))).as("keys used in the templates but missing from reports.properties")
                .isEmpty();
        assertThat(matches(TEMPLATES, TEMPLATE_CALL)).as("t.t(...) calls whose key is not a string literal")
                .containsOnly("\"");
    }

    @Test
    void everyKeyTheReportClassesUseExists() throws IOException {
        Set<String> used = matches(SOURCES, JAVA_KEY);

        assertThat(used).as("keys used in the report classes").isNotEmpty();
        assertThat(missing(used, keys(english())))
                .as("keys used in the report classes but missing from reports.properties").isEmpty();
    }

    @Test
    void everyKeyIsUsedByATemplateOrAReportClass() throws IOException {
        Set<String> used = new TreeSet<>(matches(TEMPLATES, TEMPLATE_KEY));
        used.addAll(matches(SOURCES, JAVA_KEY));

        assertThat(missing(keys(english()), used)).as("keys in reports.properties that nothing uses").isEmpty();
    }

    @Test
    void everyMessageIsAValidPatternWithDoubledApostrophesAndUngroupedCounts() throws IOException {
        Properties messages = english();
        Object[] numbers = {2, 2, 2, 2, 2};

        for (String key : keys(messages)) {
            String pattern = messages.getProperty(key);
            assertThat(new MessageFormat(pattern, Locale.ENGLISH).format(numbers)).as(key).isNotBlank();
            assertThat(pattern.replace("''", "")).as("%s: an apostrophe is written ''", key).doesNotContain("'");
            assertThat(pattern.replaceAll("\\{\\d,number,0}", "")).as("%s: a count is {n,number,0}", key)
                    .doesNotContain(",number");
        }
    }

    @Test
    void everyLanguageFileHasExactlyTheEnglishKeysAndValidPatterns() throws IOException {
        Set<String> keys = keys(english());
        try (Stream<Path> files = Files.list(MESSAGES)) {
            for (Path file : files.filter(f -> !f.getFileName().toString().equals("reports.properties")).toList()) {
                Properties language = load(Files.newInputStream(file));
                assertThat(keys(language)).as("keys of %s", file.getFileName()).isEqualTo(keys);
                language.stringPropertyNames().forEach(key -> new MessageFormat(language.getProperty(key)));
            }
        }
    }

    @Test
    void everyCodeHasItsWords() {
        assertThat(Arrays.stream(Band.values()).map(english::band)).containsExactly("strength", "watch", "concern");
        assertThat(Arrays.stream(QuestionnaireForm.values()).map(english::form)).doesNotContainNull();
        assertThat(Arrays.stream(RecommendationKind.values()).map(english::recommendationKind)).doesNotContainNull();
        assertThat(Arrays.stream(Assertion.values()).map(english::assertion)).contains("to verify");
        assertThat(Arrays.stream(GroupDimension.values()).map(english::dimension)).containsExactly("sector", "role");
        assertThat(Arrays.stream(AnnualComparison.Status.values()).map(english::status)).doesNotContainNull();
        assertThat(Arrays.stream(AnnualComparison.Outcome.values()).map(english::outcome)).contains("within noise");
        assertThat(Arrays.stream(AnnualComparison.Direction.values()).map(english::direction)).doesNotContainNull();
        assertThat(english.group("SECTOR:NONPROFIT")).isEqualTo("nonprofits");
        assertThat(english.group("ROLE:SOME_NEW_ROLE")).isEqualTo("some new role");
    }

    @Test
    void countsChooseSingularOrPluralAndAreNeverGrouped() {
        assertThat(Stream.of(0, 1, 2, 1234).map(n -> english.t("common.respondentCount", n)))
                .containsExactly("0 respondents", "1 respondent", "2 respondents", "1234 respondents");
        assertThat(english.t("briefing.plan.moreSteps", 1)).isEqualTo("(then 1 more step)");
        assertThat(english.t("diagnosis.selfAssessmentNotice", 3)).contains("the view of 3 people");
    }

    @Test
    void htmlEscapesTheWordsForElementContentAndTheArgumentsAsTemplatesDo() throws Exception {
        ReportText.Html html = english.html();

        assertThat(markup(html.t("diagnosis.comments.heading"))).isEqualTo("In partners' own words");
        assertThat(markup(html.t("diagnosis.subtitle", "<b>'26</b>")))
                .isEqualTo("Partnership health diagnosis, &lt;b&gt;&#39;26&lt;/b&gt;");
        assertThat(markup(html.t("diagnosis.appendix.intro", HTMLOutputFormat.INSTANCE.fromMarkup("<code>x</code>"))))
                .endsWith("thresholds from\n  <code>x</code>.");
        assertThat(markup(ReportText.of(Locale.forLanguageTag("qaa")).html().t("briefing.kind")))
                .isEqualTo("[qaa] Briefing &lt;one page&gt; &amp; more");
    }

    @Test
    void outsideHtmlAMessageIsOneLine() {
        assertThat(english.t("diagnosis.focus.intro")).doesNotContain("\n").contains("prerequisites first");
        assertThat(english.pattern("diagnosis.focus.intro")).contains("prerequisites\n  first");
    }

    @Test
    void aLanguageWithAFileIsPickedUpAndFallsBackToEnglishKeyByKey() {
        Reports test = new Reports(KB, Locale.forLanguageTag("qaa"));
        Document page = Jsoup.parse(new String(test.render(Reports.Kind.BRIEFING, Reports.Format.HTML,
                diagnosis("river-basin-water-compact-2026")), StandardCharsets.UTF_8));

        assertThat(page.select("html").attr("lang")).isEqualTo("qaa");
        assertThat(page.select("h2").eachText()).containsExactly("In three sentences", "[qaa] The next 90 days",
                "The six principles");
    }

    @Test
    void aLanguageWithoutAFileRendersInEnglish() {
        var d = diagnosis("metro-transit-coalition-2026");
        Reports spanish = new Reports(KB, Locale.forLanguageTag("es"));

        assertThat(ReportText.of(Locale.forLanguageTag("es")).language()).isEqualTo("en");
        assertThat(spanish.render(Reports.Kind.DIAGNOSIS, Reports.Format.MD, d))
                .isEqualTo(Fixtures.REPORTS.render(Reports.Kind.DIAGNOSIS, Reports.Format.MD, d));
    }

    private static String markup(freemarker.core.TemplateHTMLOutputModel model) throws Exception {
        return HTMLOutputFormat.INSTANCE.getMarkupString(model);
    }

    private static Properties english() throws IOException {
        return load(Files.newInputStream(MESSAGES.resolve("reports.properties")));
    }

    private static Properties load(InputStream in) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = new java.io.InputStreamReader(in, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }

    /** The elements of {@code wanted} that {@code present} lacks. */
    private static Set<String> missing(Set<String> wanted, Set<String> present) {
        Set<String> missing = new TreeSet<>(wanted);
        missing.removeAll(present);
        return missing;
    }

    private static Set<String> keys(Properties properties) {
        return new TreeSet<>(properties.stringPropertyNames());
    }

    /** The first group of every match in the files under {@code root}. */
    private static Set<String> matches(Path root, Pattern pattern) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile).flatMap(file -> {
                try {
                    Matcher m = pattern.matcher(Files.readString(file, StandardCharsets.UTF_8));
                    return m.results().map(r -> r.group(1)).toList().stream();
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).collect(Collectors.toCollection(TreeSet::new));
        }
    }
}
