package org.partnershiphealth.reports;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.partnershiphealth.reports.Fixtures.REPORTS;
import static org.partnershiphealth.reports.Fixtures.diagnosis;

class BriefingAndAnnualReportTest {

    @Test
    void theBriefingTellsABoardTheStoryThePlanAndThePrinciplesOnOnePage() throws IOException {
        var d = diagnosis("river-basin-water-compact-2026");
        Document page = Jsoup.parse(REPORTS.html(Reports.Kind.BRIEFING, d));
        byte[] pdf = REPORTS.render(Reports.Kind.BRIEFING, Reports.Format.PDF, d);

        assertThat(page.select("h2").eachText()).containsExactly("In three sentences", "The next 90 days",
                "The six principles");
        assertThat(page.select("#story p")).hasSize(3);
        assertThat(page.select("#story").text()).contains("Deciding for, not with",
                "The first piece of work is understanding the target population");
        assertThat(page.select("table.plan tr")).hasSize(1 + d.focus().size());
        assertThat(page.select("table.plan td").eachText()).contains("Backbone lead", "Weeks 1–4");
        assertThat(page.select("svg")).hasSize(1);
        assertThat(page.select("svg text").eachText()).contains("concern", "watch", "strength",
                "Involving the target population", "2.34 concern");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
        }
    }

    @Test
    void theAnnualReportComparesRoundsAndTellsTheStoryFromTheNumbers() {
        String html = new String(REPORTS.annual(Reports.Format.HTML, List.of(diagnosis("metro-transit-coalition-2026"),
                diagnosis("metro-transit-coalition-2025"))), StandardCharsets.UTF_8);
        Document page = Jsoup.parse(html);

        assertThat(page.select("p.lead").text()).contains("2025, 2026");
        assertThat(page.select("section").eachAttr("id")).containsExactly("story", "health", "principles", "moved",
                "anti-patterns", "previous-focus", "current-focus");
        assertThat(page.select("#health td").eachText()).contains("2025", "2026", "57.0", "64.5");
        assertThat(page.select("#moved").text()).contains("0.5", "standard error");
        assertThat(page.select("#anti-patterns").text()).contains("AP-OVER-COORDINATION", "persisting");
        assertThat(page.select("#previous-focus").text()).contains("PR18");
        assertThat(page.select("#story p").eachText()).hasSize(4).allSatisfy(p -> assertThat(p).isNotBlank());
        assertThat(page.select("#story").text()).contains("2025", "57.0");
        assertThat(page.select("#principles svg polyline")).hasSize(6);
    }

    @Test
    void theAnnualReportRendersAsPdfAndMarkdown() throws IOException {
        var rounds = List.of(diagnosis("harbour-health-alliance-2025"), diagnosis("harbour-health-alliance-2026"));

        String text = DiagnosisReportTest.pdfText(REPORTS.annual(Reports.Format.PDF, rounds));
        String md = new String(REPORTS.annual(Reports.Format.MD, rounds), StandardCharsets.UTF_8);

        // 2025's overdue relaunch rested on recorded facts alone: a question to ask, so not counted as resolved
        assertThat(text).contains("Harbour Health Alliance", "Annual health report", "No anti-pattern was detected in 2025")
                .doesNotContain("AP-NO-RELAUNCH-AFTER-TURNOVER");
        assertThat(md).startsWith("# Harbour Health Alliance — annual health report 2025, 2026")
                .contains("**What changed.**", "| 2025 |");
    }

    @Test
    void anAnnualReportNeedsTwoRoundsOfOnePartnership() {
        assertThatThrownBy(() -> REPORTS.annual(Reports.Format.HTML, List.of(diagnosis("metro-transit-coalition-2026"))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> REPORTS.annual(Reports.Format.HTML, List.of(diagnosis("metro-transit-coalition-2026"),
                diagnosis("harbour-health-alliance-2026")))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theAnnualReportCountsStrengthsAsEachRoundsDiagnosisDoes() {
        var before = diagnosis("harbour-health-alliance-2025");
        var after = diagnosis("harbour-health-alliance-2026");
        String md = new String(REPORTS.annual(Reports.Format.MD, List.of(before, after)), StandardCharsets.UTF_8);
        long strengthsBefore = before.findings().stream()
                .filter(f -> f.kind() == org.partnershiphealth.diagnosis.FindingKind.STRENGTH).count();
        long strengthsAfter = after.findings().stream()
                .filter(f -> f.kind() == org.partnershiphealth.diagnosis.FindingKind.STRENGTH).count();

        assertThat(md).contains("In 2026, " + strengthsAfter + " practices scored as strengths, against "
                + strengthsBefore + " in 2025.");
    }
}
