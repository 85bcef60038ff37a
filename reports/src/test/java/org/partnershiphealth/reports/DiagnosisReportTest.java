package org.partnershiphealth.reports;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.partnershiphealth.diagnosis.Diagnosis;
import org.partnershiphealth.diagnosis.Recommendation;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partnershiphealth.reports.Fixtures.REPORTS;
import static org.partnershiphealth.reports.Fixtures.diagnosis;

/** The full diagnosis report in HTML, PDF and Markdown, read back as a reader would. */
class DiagnosisReportTest {

    private static Document html(Diagnosis d) {
        return Jsoup.parse(REPORTS.html(Reports.Kind.DIAGNOSIS, d));
    }

    static String pdfText(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    @Test
    void theReportShowsTheHealthIndexStrengthsFirstAndEverySection() {
        Diagnosis d = diagnosis("metro-transit-coalition-2026");
        Document page = html(d);

        assertThat(page.title()).isEqualTo("Metro Transit Coalition — Partnership health diagnosis, 2026");
        assertThat(page.select("p.lead").text()).contains("health index 64.5 out of 100", "24 respondents");
        assertThat(page.select("section").eachAttr("id")).containsExactly("summary", "strengths", "principles",
                "practices", "focus", "anti-patterns", "gaps", "divergence", "divided", "comments", "not-now", "method",
                "appendix");
        assertThat(page.select("#summary").text()).contains("Metro Transit Coalition is strongest at",
                "What holds it back most: Death by coordination.", "Start with this, in weeks 1–4",
                "24 people answered the full form");
        assertThat(page.select("#strengths td").text()).contains("PR16 Mapping the team's knowledge and skills", "4.47");
    }

    @Test
    void theChartsAreInlineSvgWithAllPrinciplesAndPractices() {
        Document page = html(diagnosis("metro-transit-coalition-2026"));

        assertThat(page.select("script, link, img")).isEmpty();
        assertThat(page.select("#principles svg text").eachText()).contains("P1", "P2", "P3", "P4", "P5", "P6");
        assertThat(page.select("#practices svg rect")).hasSize(27);
        assertThat(page.select("#practices svg title").eachText()).contains("PR18 Effective and productive meetings");
    }

    @Test
    void eachFocusItemExplainsItselfAndGivesEachStepItsWeeksAndRole() {
        Diagnosis d = diagnosis("metro-transit-coalition-2026");
        Document page = html(d);

        assertThat(page.select(".focus-item")).hasSize(d.focus().size());
        Recommendation first = d.focus().get(0);
        var item = page.selectFirst(".focus-item");
        assertThat(item.select("h3").text()).isEqualTo("1. " + first.title());
        assertThat(item.text()).contains("Death by coordination", "Partnership meetings a typical partner attends per month: 14",
                "“Our partnership meetings are worth the time we spend in them.” Partners disagree on average",
                "Build on:", "Steps");
        assertThat(page.select("#appendix").text()).contains("Focus 1: PR18", "AP-OVER-COORDINATION",
                "meetingsPerMonth = 14 meetings/month (> 8 meetings/month)");
        assertThat(item.select("ol.steps li")).hasSize(first.actions().size()).hasSizeBetween(2, 3);
        assertThat(item.select(".step-meta").eachText()).first().asString()
                .isEqualTo("Weeks 1–4 · Backbone lead · name: ________");
    }

    @Test
    void antiPatternsDivergenceAndNotNowCarryTheirEvidenceAndReasons() {
        Document page = html(diagnosis("green-supply-chain-initiative-2026"));

        assertThat(page.select("#anti-patterns").text()).contains("Side by side or one team?",
                "“Some partners act on their own in ways that others expected to be consulted about.” Partners agree",
                "Businesses rate it 3.89 out of 5, nonprofits 1.67");
        assertThat(page.select("#appendix").text()).contains("AP-UNEXAMINED-INTEGRATION", "Q15C agreement");
        assertThat(page.select("#divergence").text()).contains("businesses (", " vs nonprofits (",
                "at least 3 respondents");
        assertThat(page.select("#not-now td").text()).contains("Not now: respondents are split");
        assertThat(page.select("#method").text()).contains("Knowledge base version 2026.12", "sector", "businesses",
                "AP-UNEXAMINED-INTEGRATION", "Anonymity");
    }

    @Test
    void respondentTextIsEscapedNeverExecuted() {
        Diagnosis d = diagnosis("harbour-health-alliance-2026");
        String raw = REPORTS.html(Reports.Kind.DIAGNOSIS, d);
        Document page = Jsoup.parse(raw);

        assertThat(page.select("script")).isEmpty();
        assertThat(raw).contains("&lt;script&gt;");
        assertThat(page.select("#comments blockquote").eachText()).anyMatch(text -> text.contains("<script>"));
    }

    @Test
    void theHealthyPartnershipReportSaysPlainlyThatNothingWasDetected() {
        Document page = html(diagnosis("harbour-health-alliance-2026"));

        assertThat(page.select("#anti-patterns").text()).contains("None of the 29 failure patterns this survey could check was detected.",
                "Not assessed: Measured only against ourselves");
        assertThat(page.select("#gaps").text()).contains("No practice or principle scores below 3.00.");
    }

    @Test
    void aPatternSeenOnlyInRecordedFactsIsAQuestionToAskNotAFinding() {
        // Harbour 2025 recorded 20 % turnover and no relaunch, but no respondent signal supports it
        Diagnosis d = diagnosis("harbour-health-alliance-2025");
        Document page = html(d);
        String md = new String(REPORTS.render(Reports.Kind.DIAGNOSIS, Reports.Format.MD, d), StandardCharsets.UTF_8);

        assertThat(page.select("#anti-patterns").text()).contains("None of the 29 failure patterns this survey could check is established");
        assertThat(page.select("#to-verify").text()).contains("New faces, old launch",
                "Team turnover since the last launch or relaunch: 18 % (15 % or more)",
                "Ask: How many of today's partner representatives were there when the team was last launched");
        assertThat(d.focus()).noneMatch(r -> r.basedOn().contains("AP-NO-RELAUNCH-AFTER-TURNOVER"));
        assertThat(md).contains("### To verify before acting", "*Ask:* How many of today's partner representatives");
    }

    @Test
    void thePdfHoldsTheSameContentWithPageNumbers() throws IOException {
        Diagnosis d = diagnosis("river-basin-water-compact-2026");
        byte[] pdf = REPORTS.render(Reports.Kind.DIAGNOSIS, Reports.Format.PDF, d);

        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        String text = pdfText(pdf);
        assertThat(text).contains("River Basin Water Compact", "Focus for the next 90 days", "AP-INFLICTOR-INFLICTED",
                "PR21", "Appendix: method", "Page 1 of");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isBetween(4, 12);
        }
    }

    @Test
    void theMarkdownReportIsPlainAndNeutralisesMarkup() {
        String md = new String(REPORTS.render(Reports.Kind.DIAGNOSIS, Reports.Format.MD,
                diagnosis("harbour-health-alliance-2026")), StandardCharsets.UTF_8);

        assertThat(md).startsWith("# Harbour Health Alliance — partnership health, 2026")
                .contains("## Strengths to build on", "## Focus for the next 90 days", "## Method", "\\<script\\>")
                .doesNotContain("<script>").doesNotContain("&lt;").doesNotContain("&gt;").doesNotContain("&amp;");
    }
}
