package org.partnershiphealth.reports;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.partnershiphealth.diagnosis.Diagnosis;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partnershiphealth.reports.Fixtures.REPORTS;
import static org.partnershiphealth.reports.Fixtures.diagnosis;

/**
 * The main text of every report speaks plainly: statement ids, comparison operators, group codes and anti-pattern
 * codes appear only in the appendix, and the board briefing fits one page for every sample.
 */
class PlainLanguageTest {

    private static final Pattern JARGON = Pattern.compile("Q\\d\\d[A-Z]|>=|<=|ROLE:|SECTOR:|\\bAP-[A-Z]|priority \\d");

    @ParameterizedTest
    @MethodSource("org.partnershiphealth.reports.Fixtures#samples")
    void theMainTextHasNoCodesOrOperators(String sample) throws IOException {
        Diagnosis d = diagnosis(sample);

        Document page = Jsoup.parse(html(Reports.Kind.DIAGNOSIS, d));
        page.select("#method, #appendix, svg, style").remove();
        assertThat(JARGON.matcher(page.body().text()).results().map(r -> r.group()).toList())
                .as("codes in the main text of the %s diagnosis", sample).isEmpty();
        assertThat(page.select("#summary p")).hasSizeGreaterThanOrEqualTo(3);

        Document briefing = Jsoup.parse(html(Reports.Kind.BRIEFING, d));
        briefing.select("svg, style").remove();
        assertThat(JARGON.matcher(briefing.body().text()).results().map(r -> r.group()).toList())
                .as("codes in the %s briefing", sample).isEmpty();
        assertThat(briefing.body().text()).doesNotContainPattern("\\bPR\\d\\d\\b|\\bP\\d\\b");

        String md = new String(REPORTS.render(Reports.Kind.DIAGNOSIS, Reports.Format.MD, d), StandardCharsets.UTF_8);
        String mainMd = md.substring(0, md.indexOf("\n## Method"));
        assertThat(JARGON.matcher(mainMd).results().map(r -> r.group()).toList())
                .as("codes in the main text of the %s Markdown", sample).isEmpty();
        assertThat(md).doesNotContain("&lt;", "&gt;", "&amp;");

        try (PDDocument pdf = Loader.loadPDF(REPORTS.render(Reports.Kind.BRIEFING, Reports.Format.PDF, d))) {
            assertThat(pdf.getNumberOfPages()).as("the %s briefing fills one page", sample).isEqualTo(1);
        }
    }

    @org.junit.jupiter.api.Test
    void aSpreadBelowTheDividedViewsLineReadsAsAgreementAndOneAboveItAsASplit() {
        PlainEvidence words = new PlainEvidence(Fixtures.KB);

        // a strength's evidence: partners' own scores close together (the regression: it read "lie far apart")
        assertThat(words.describe(org.partnershiphealth.diagnosis.Evidence.of("PR17 spread", 0.43, "<", 1.2, "")))
                .contains("lie close together").contains("so the average speaks").doesNotContain("far apart");
        // divided views: the same measure above the line
        assertThat(words.describe(org.partnershiphealth.diagnosis.Evidence.of("PR17 spread", 1.4, ">=", 1.2, "")))
                .contains("lie far apart");
    }

    private static String html(Reports.Kind kind, Diagnosis d) {
        return new String(REPORTS.render(kind, Reports.Format.HTML, d), StandardCharsets.UTF_8);
    }
}
