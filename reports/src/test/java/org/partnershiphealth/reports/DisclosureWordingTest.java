package org.partnershiphealth.reports;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.partnershiphealth.diagnosis.Diagnosis;
import org.partnershiphealth.diagnosis.GroupDimension;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partnershiphealth.reports.Fixtures.REPORTS;
import static org.partnershiphealth.reports.Fixtures.diagnosis;

/**
 * What the reports say about what the disclosure policy withheld: in plain words, never claiming that no group
 * reached the limit when groups were held back, and never with numbers that would reveal who was held back.
 */
class DisclosureWordingTest {

    private static Diagnosis with(Diagnosis d, Diagnosis.Disclosure disclosure, int respondents) {
        Diagnosis.Method m = d.method();
        return new Diagnosis(d.partnership(), d.period(), d.form(), d.scores(), d.findings(), d.focus(), d.notNow(),
                d.comments(), new Diagnosis.Method(m.knowledgeBaseVersion(), m.anonymityThreshold(),
                m.strengthAtLeast(), m.concernBelow(), respondents, m.respondentsSkipped(), m.skippedReasons(),
                m.rulesFired(), m.antiPatternsNotAssessed(), m.notApplicable(), m.actionsLeftOut(),
                m.invitations(), m.rowsLeftOut()), disclosure);
    }

    private static Document html(Diagnosis d) {
        return Jsoup.parse(new String(REPORTS.render(Reports.Kind.DIAGNOSIS, Reports.Format.HTML, d),
                StandardCharsets.UTF_8));
    }

    @Test
    void groupsHeldBackForJointSuppressionAreNamedAsSuchNotAsTooSmall() {
        Document page = html(diagnosis("metro-transit-coalition-2026"));

        assertThat(page.select("#groups-note").text()).contains("Some stakeholder groups are not shown separately",
                "fewer than 3 people");
        assertThat(page.select("#group-counts").text()).contains("businesses 5").doesNotContain("leaders");
        assertThat(page.text()).doesNotContain("No group reached", "no group finds");
        assertThat(page.select("#divergence").text()).contains("Some stakeholder groups are not shown separately");
    }

    @Test
    void whenNoGroupIsShownTheReportSaysWhyWithoutSayingHowMany() {
        Diagnosis base = diagnosis("harbour-health-alliance-2026");
        Diagnosis heldBack = with(base, new Diagnosis.Disclosure(Diagnosis.Disclosure.Status.ANONYMOUS, 5, List.of(),
                true, 0, false), 22);
        Diagnosis tooSmall = with(base, new Diagnosis.Disclosure(Diagnosis.Disclosure.Status.ANONYMOUS, 5, List.of(),
                false, 0, false), 22);

        assertThat(html(heldBack).select("#groups-note").text()).startsWith("No stakeholder group is shown separately");
        assertThat(html(tooSmall).select("#groups-note").text())
                .isEqualTo("No sector or role had 3 or more respondents, so results are shown for everyone together.");
    }

    @Test
    void withheldCommentsAndScoresAreExplained() {
        Diagnosis base = diagnosis("river-basin-water-compact-2026");
        Diagnosis d = with(new Diagnosis(base.partnership(), base.period(), base.form(), base.scores(),
                base.findings(), base.focus(), base.notNow(), List.of(), base.method(), base.disclosure()),
                new Diagnosis.Disclosure(Diagnosis.Disclosure.Status.ANONYMOUS, 5,
                        List.of(new Diagnosis.GroupCount(GroupDimension.SECTOR, "BUSINESS", 4)), false, 2, true), 4);

        Document page = html(d);

        assertThat(page.select("#comments").text()).contains("Comments are shown only when at least 5 people answered")
                .doesNotContain("Unattributed");
        assertThat(page.select("#method").text()).contains("2 scores are not shown because fewer than 3 people");
    }

    @Test
    void aSelfAssessmentSaysWhoseViewItIsOnEveryPrintedPage() throws IOException {
        Diagnosis base = diagnosis("river-basin-water-compact-2026");
        Diagnosis own = with(base, new Diagnosis.Disclosure(Diagnosis.Disclosure.Status.SELF_ASSESSMENT, 5, List.of(),
                false, 0, false), 1);

        byte[] pdf = REPORTS.render(Reports.Kind.DIAGNOSIS, Reports.Format.PDF, own);
        String markdown = new String(REPORTS.render(Reports.Kind.BRIEFING, Reports.Format.MD, own),
                StandardCharsets.UTF_8);

        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                assertThat(stripper.getText(document).replaceAll("\\s+", " ")).as("page %d", page)
                        .contains("Self-assessment: the view of one person, not an anonymous survey");
            }
        }
        assertThat(html(own).select("#self-assessment").text()).contains("Nothing here is anonymous");
        assertThat(html(own).select("#groups-note").text()).isEqualTo(
                "A self-assessment is not broken down by stakeholder group.");
        assertThat(markdown).contains("Self-assessment: the view of one person");
    }

    @Test
    void theAnnualReportNamesTheRoundsItLeftOut() {
        String md = new String(REPORTS.annual(Reports.Format.MD, List.of(diagnosis("metro-transit-coalition-2025"),
                diagnosis("metro-transit-coalition-2026")), List.of("2024")), StandardCharsets.UTF_8);

        assertThat(md).contains("Left out: 2024. Too few people answered that round");
    }
}
