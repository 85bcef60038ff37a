package org.partnershiphealth.advisor.web.pages;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.partnershiphealth.advisor.diagnosis.Advisor;
import org.partnershiphealth.advisor.intake.IntakeOptions;
import org.partnershiphealth.advisor.intake.SurveyReader;
import org.partnershiphealth.diagnosis.Diagnosis;
import org.partnershiphealth.reports.Reports;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The report pages in a real Chromium: axe-core (pinned in tools/a11y, installed by {@code npm ci --prefix
 * tools/a11y}) finds no serious or critical accessibility violation in the diagnosis, the briefing or the annual
 * report, and the diagnosis reads on a 360 px phone without sideways scrolling. Screenshots go to
 * target/screenshots for review.
 */
@ExtendWith({Chromium.Installed.class, ReportAccessibilityTest.AxeInstalled.class})
class ReportAccessibilityTest {

    static final Path AXE = Path.of("../tools/a11y/node_modules/axe-core/axe.min.js");
    private static final Path PAGES = Path.of("target", "a11y");
    private static final Advisor ADVISOR = Advisor.withShippedRules();
    private static final Reports REPORTS = new Reports(ADVISOR.knowledge());

    static ChromeDriver browser;

    @BeforeAll
    static void startBrowser() throws Exception {
        Files.createDirectories(PAGES);
        browser = Chromium.start("--allow-file-access-from-files");
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    private static Diagnosis diagnose(String sample) {
        return ADVISOR.diagnose(new SurveyReader(ADVISOR.knowledge())
                .read(Path.of("../samples", sample + ".json"), IntakeOptions.strict()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"metro-transit-coalition-2026", "river-basin-water-compact-2026",
            "harbour-health-alliance-2025"})
    void theReportsHaveNoSeriousAccessibilityViolationsAndFitAPhone(String sample) throws Exception {
        Diagnosis d = diagnose(sample);
        Map<String, byte[]> pages = Map.of(
                sample + "-diagnosis", REPORTS.render(Reports.Kind.DIAGNOSIS, Reports.Format.HTML, d),
                sample + "-briefing", REPORTS.render(Reports.Kind.BRIEFING, Reports.Format.HTML, d));
        String axe = Files.readString(AXE, StandardCharsets.UTF_8);
        for (Map.Entry<String, byte[]> page : pages.entrySet()) {
            Path file = PAGES.resolve(page.getKey() + ".html");
            Files.write(file, page.getValue());
            browser.manage().window().setSize(new Dimension(1024, 900));
            browser.get(file.toAbsolutePath().toUri().toString());
            assertThat(seriousViolations(browser, axe)).as("serious or critical axe violations in %s", page.getKey()).isEmpty();

            browser.manage().window().setSize(new Dimension(360, 800));
            browser.get(file.toAbsolutePath().toUri().toString());
            Number width = (Number) browser.executeScript("return document.documentElement.scrollWidth;");
            Number viewport = (Number) browser.executeScript("return window.innerWidth;");
            Files.copy(browser.getScreenshotAs(OutputType.FILE).toPath(),
                    BrowserFlowTest.SCREENSHOTS.resolve(page.getKey() + "-360px.png"),
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            assertThat(width.intValue()).as("%s scrolls sideways on a 360 px phone", page.getKey())
                    .isLessThanOrEqualTo(viewport.intValue());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"metro-transit-coalition"})
    void theAnnualReportHasNoSeriousAccessibilityViolations(String partnership) throws Exception {
        byte[] html = REPORTS.annual(Reports.Format.HTML, List.of(diagnose(partnership + "-2026"),
                diagnose(partnership + "-2025")));
        Path file = PAGES.resolve(partnership + "-annual.html");
        Files.write(file, html);
        browser.manage().window().setSize(new Dimension(1024, 900));
        browser.get(file.toAbsolutePath().toUri().toString());
        assertThat(seriousViolations(browser, Files.readString(AXE, StandardCharsets.UTF_8)))
                .as("serious or critical axe violations in the annual report").isEmpty();
    }

    @org.junit.jupiter.api.Test
    void theCheckItselfCatchesAPageThatFails() throws Exception {
        Path file = PAGES.resolve("known-bad.html");
        Files.writeString(file, "<!DOCTYPE html><html><head><title>bad</title></head><body>"
                + "<p style=\"color:#bbbbbb;background:#ffffff\">pale text nobody can read</p>"
                + "<img src=\"x.png\"></body></html>");
        browser.manage().window().setSize(new Dimension(1024, 900));
        browser.get(file.toAbsolutePath().toUri().toString());

        assertThat(seriousViolations(browser, Files.readString(AXE, StandardCharsets.UTF_8)))
                .anyMatch(v -> v.startsWith("color-contrast")).anyMatch(v -> v.startsWith("image-alt"));
    }

    /** Runs axe-core on the open page: each serious or critical violation as "rule: first offending element". */
    @SuppressWarnings("unchecked")
    static List<String> seriousViolations(org.openqa.selenium.chrome.ChromeDriver browser, String axe) {
        browser.executeScript(axe);
        List<Map<String, Object>> violations = (List<Map<String, Object>>) browser.executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "axe.run(document, {resultTypes: ['violations']}).then(r => done(r.violations.map(v => ({"
                        + "id: v.id, impact: v.impact, help: v.help,"
                        + "target: v.nodes.length ? String(v.nodes[0].target) + ' ' + v.nodes[0].failureSummary : ''"
                        + "}))));");
        return violations.stream()
                .filter(v -> "serious".equals(v.get("impact")) || "critical".equals(v.get("impact")))
                .map(v -> v.get("id") + " (" + v.get("help") + "): " + v.get("target"))
                .toList();
    }

    static final class AxeInstalled implements ExecutionCondition {
        @Override
        public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
            return Files.isRegularFile(AXE) ? ConditionEvaluationResult.enabled("axe-core found")
                    : ConditionEvaluationResult.disabled("axe-core is not installed (npm ci --prefix tools/a11y), so"
                    + " the report accessibility test is skipped");
        }
    }
}
