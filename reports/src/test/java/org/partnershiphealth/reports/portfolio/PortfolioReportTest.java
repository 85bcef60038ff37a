package org.partnershiphealth.reports.portfolio;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.partnershiphealth.reports.ReportText;
import org.partnershiphealth.reports.Reports;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partnershiphealth.reports.portfolio.PortfolioSamples.KB;
import static org.partnershiphealth.reports.portfolio.PortfolioSamples.six;
import static org.partnershiphealth.reports.portfolio.PortfolioSamples.withoutPrinciple;

/** The portfolio view as a funder reads it: context for every partnership, and nothing at all below the minimum. */
class PortfolioReportTest {

    private static final Reports REPORTS = new Reports(KB);
    private static final String FUNDER = "Northfield <Community> Foundation";
    private static final Pattern LEAGUE_TABLE_WORDS =
            Pattern.compile("(?i)\\brank|\\b(best|worst|top \\d|bottom \\d)\\b|\\b\\d+(st|nd|rd|th)\\b");

    private static String render(Reports.Format format, Portfolio portfolio) {
        return new String(REPORTS.portfolio(format, portfolio, FUNDER), StandardCharsets.UTF_8);
    }

    @Test
    void sixPartnershipsGetAChartPerMeasureAndAContextLineEachInAlphabeticalOrder() {
        Portfolio portfolio = Portfolio.of(six(), 5, KB);
        PortfolioView view = new PortfolioView(portfolio, ReportText.english(), 620);
        String html = render(Reports.Format.HTML, portfolio);
        Document page = Jsoup.parse(html);

        assertThat(page.select("h1").text()).isEqualTo("Portfolio health: " + FUNDER);
        assertThat(page.select("svg[role=img]")).hasSize(7);
        assertThat(page.select("svg[role=img]").eachAttr("aria-label")).first().asString()
                .isEqualTo("Health index across 6 partnerships. Median 64.0; the middle half runs from 56.8 to 69.0."
                        + " Lowest 40.0, highest 80.0.");
        assertThat(page.select("#principles h3").eachText()).hasSize(6)
                .first().asString().startsWith("P1 " + KB.principle("P1").name());
        assertThat(page.select("#intro").text()).contains("6 partnerships", "2026", "not a league table");
        List<Element> items = page.select("#partnerships li");
        assertThat(items).extracting(li -> li.select("strong").text()).containsExactly("alpine water compact",
                "Bay Food Network", "Coastal Jobs Compact", "Harbour Health Alliance", "Metro Transit Coalition",
                "Zebra Trail Alliance");
        for (int i = 0; i < items.size(); i++) {
            PortfolioEntry entry = portfolio.entries().get(i);
            assertThat(items.get(i).text()).contains(view.contextLine(entry, portfolio.healthIndex()),
                    view.principlesLine(entry));
        }
        assertThat(page.select("#partnerships").text()).contains(
                "Health index 62.0: in the middle half of 6 partnerships (the middle half runs from 56.8 to 69.0).");
        assertThat(page.select("#anti-patterns td").eachText()).containsSequence(
                KB.antiPattern("AP-PILOTITIS").name(), "3", "50%");
        assertThat(page.select("#method").text()).contains("QUARTILE.INC", "at least 5 partnerships");
        assertThat(LEAGUE_TABLE_WORDS.matcher(page.text()).results().map(r -> r.group()).toList()).isEmpty();
        assertThat(html).doesNotContain("<script");
    }

    @Test
    void fewerThanTheMinimumShowsOnlyHowManyThereAreAndHowManyAreNeeded() {
        List<PortfolioEntry> four = six().subList(0, 4);
        Portfolio portfolio = Portfolio.of(four, 5, KB);

        Document page = Jsoup.parse(render(Reports.Format.HTML, portfolio));
        String md = render(Reports.Format.MD, portfolio);

        assertThat(page.select("#too-few").text()).isEqualTo("A portfolio view needs at least 5 partnerships with"
                + " published results; 4 have them so far. It appears once there are enough, so that no partnership"
                + " stands out on its own.");
        assertThat(page.select("svg")).isEmpty();
        assertThat(page.select("section, table, li")).isEmpty();
        for (PortfolioEntry entry : four) {
            assertThat(page.text()).doesNotContain(entry.name(), entry.name().toLowerCase());
            assertThat(md).doesNotContain(entry.name());
        }
        assertThat(page.text()).doesNotContainPattern("\\d+\\.\\d");
        assertThat(md).contains("4 have them so far").doesNotContain("|");
    }

    @Test
    void aPrincipleTooFewPartnershipsPublishedSaysSoInsteadOfAChart() {
        List<PortfolioEntry> entries = six();
        for (int i = 0; i < 3; i++) {
            entries.set(i, withoutPrinciple(entries.get(i), "P6"));
        }

        Document page = Jsoup.parse(render(Reports.Format.HTML, Portfolio.of(entries, 5, KB)));

        assertThat(page.select("svg[role=img]")).hasSize(6);
        assertThat(page.select("#principles").text()).contains("Not shown: 3 partnerships have a published mean for"
                + " this principle, and a chart needs at least 5.");
        assertThat(page.select("#partnerships").text()).doesNotContain("P6 (");
    }

    @Test
    void sixPartnershipsRenderAsPdfWithTheirContext() throws IOException {
        byte[] pdf = REPORTS.portfolio(Reports.Format.PDF, Portfolio.of(six(), 5, KB), FUNDER);

        assertThat(new String(pdf, 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text).contains("Portfolio health: " + FUNDER, "Zebra Trail Alliance", "in the middle half of 6",
                    "middle half");
        }
    }

    @Test
    void theMarkdownVersionTabulatesTheSpreadOfEveryMeasure() {
        String md = render(Reports.Format.MD, Portfolio.of(six(), 5, KB));

        assertThat(md).startsWith("# Portfolio health: Northfield \\<Community\\> Foundation")
                .contains("| Health index | 6 | 40.0 | 56.8–69.0 | 64.0 | 80.0 |",
                        "- **Metro Transit Coalition** (2026): Health index 62.0: in the middle half of 6");
    }

    @Test
    void aPartnershipsOwnPageCanMarkItInTheChartByShapeAsWellAsColour() {
        Portfolio portfolio = Portfolio.of(six(), 5, KB);
        PortfolioEntry metro = portfolio.entries().get(4);
        PortfolioCharts charts = new PortfolioCharts(ReportText.english());

        Document svg = Jsoup.parse(charts.spread(portfolio.healthIndex(), metro, 620));
        Document plain = Jsoup.parse(charts.spread(portfolio.healthIndex(), 620));

        assertThat(svg.select("svg").attr("aria-label")).endsWith("The diamond marks Metro Transit Coalition: 62.0.");
        assertThat(svg.select("circle")).hasSize(5);
        assertThat(svg.select("polygon")).hasSize(2).allSatisfy(p -> assertThat(p.attr("fill")).isEqualTo("#d35400"));
        assertThat(plain.select("circle")).hasSize(6);
        assertThat(plain.select("polygon")).isEmpty();
    }

    @Test
    void identicalValuesAreStackedNotHiddenAndAlwaysTheSameWay() {
        List<PortfolioEntry> same = six().stream().map(e -> new PortfolioEntry(e.partnershipId(), e.name(),
                e.period(), 50, e.principleMeans(), e.antiPatterns())).toList();
        Measure health = Portfolio.of(same, 5, KB).healthIndex();
        PortfolioCharts charts = new PortfolioCharts(ReportText.english());

        String first = charts.spread(health, 620);

        assertThat(Jsoup.parse(first).select("circle").eachAttr("cy")).doesNotHaveDuplicates().hasSize(6);
        assertThat(charts.spread(health, 620)).isEqualTo(first);
    }
}
