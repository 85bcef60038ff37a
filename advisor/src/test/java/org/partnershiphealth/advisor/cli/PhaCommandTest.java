package org.partnershiphealth.advisor.cli;

import org.junit.jupiter.api.Test;
import org.partnershiphealth.advisor.intake.csv.ExportFixtures;
import org.junit.jupiter.api.io.TempDir;
import org.partnershiphealth.advisor.SurveyBuilder;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partnershiphealth.advisor.SurveyBuilder.survey;

/** The command line as a user runs it: output, files written, exit codes, and no stack traces for mistakes. */
class PhaCommandTest {

    @TempDir
    Path folder;

    record Run(int exitCode, String out, String err) {
    }

    static Run pha(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = PhaCommand.run(args, new PrintWriter(out), new PrintWriter(err));
        return new Run(code, out.toString(), err.toString());
    }

    private Path troubledSurvey(String name) {
        return survey(21).respondents(4, "BUSINESS", 2.6).respondents(4, "NONPROFIT", 3.2)
                .fact("meetingsPerMonth", 12).fact("coordinationSharePercent", 40).writeTo(folder, name);
    }

    @Test
    void theShortQuestionnaireAsACsvTemplateHasOneColumnPerShortFormItem() {
        Run run = pha("questionnaire", "--form", "short", "--format", "csv");

        assertThat(run.exitCode()).isZero();
        List<String> columns = List.of(run.out().strip().split(","));
        assertThat(columns).startsWith("respondent", "sector", "role", "tenure").contains("Q01A", "Q27A", "OPEN1");
        assertThat(columns.stream().filter(c -> c.matches("Q\\d\\d[A-Z]"))).hasSize(40);
    }

    @Test
    void theFullQuestionnairePrintsAsMarkdownAndJson() {
        Run markdown = pha("questionnaire");
        Run json = pha("questionnaire", "--format", "json");

        assertThat(markdown.out()).contains("# Partnership health questionnaire (full form)", "`Q27D`",
                "Which kind of organisation do you speak for");
        assertThat(json.out()).contains("\"form\" : \"FULL\"", "\"Q27D\"");
        assertThat(markdown.out()).contains("93 statements in 6 short parts, about 20 minutes.");
    }

    @Test
    void theQuestionnairePrintsInSpanishAndAnUnknownLanguageIsRefused() {
        Run spanish = pha("questionnaire", "--form", "short", "--language", "es");
        Run unknown = pha("questionnaire", "--language", "xx");

        assertThat(spanish.exitCode()).isZero();
        assertThat(spanish.out()).contains("# Cuestionario sobre la salud de la alianza (versión breve)",
                "40 afirmaciones en 6 partes breves, unos 9 minutos.", "## Sobre usted", "`Q01A` La mayoría");
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err()).contains("--language xx: use one of en, es");
    }

    @Test
    void validatingAGoodFileSaysWhatWasRead() {
        Run run = pha("validate", troubledSurvey("good.json").toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("OK, read as native JSON: Test Partnership, period 2026, FULL form, 8 respondents");
    }

    @Test
    void aBadFileExitsWithTwoAndNamesTheProblemWithoutAStackTrace() {
        Path bad = survey(1).respondents(1, "BUSINESS", "LEADERSHIP", 4, a -> a.put("Q03B", 9))
                .writeTo(folder, "bad.json");

        Run validate = pha("validate", bad.toString());
        Run diagnose = pha("diagnose", bad.toString());

        for (Run run : List.of(validate, diagnose)) {
            assertThat(run.exitCode()).isEqualTo(2);
            assertThat(run.err()).contains("bad.json, row 1, column answers.Q03B: \"9\" is not on the 1-5 agreement scale")
                    .doesNotContain("\tat org.", "Exception");
        }
    }

    @Test
    void theSameInputGivesByteIdenticalJson() throws Exception {
        Path survey = troubledSurvey("survey.json");
        Path first = folder.resolve("first.json");
        Path second = folder.resolve("second.json");

        assertThat(pha("diagnose", survey.toString(), "--out", first.toString()).exitCode()).isZero();
        assertThat(pha("diagnose", survey.toString(), "--out", second.toString()).exitCode()).isZero();

        assertThat(Files.readAllBytes(first)).isEqualTo(Files.readAllBytes(second));
        assertThat(Files.readString(first)).contains("\"healthIndex\" : ", "\"kind\" : \"GAP\"", "\"focus\" : [");
    }

    @Test
    void markdownOutputShowsTheFocusAndTheReasons() {
        Run run = pha("diagnose", troubledSurvey("survey.json").toString(), "--format", "md");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("# Test Partnership — partnership health, 2026", "## Focus for the next 90 days",
                "## In short", "*What this rests on:*", "## Not now", "## Method",
                "## Appendix: the figures behind each finding");
    }

    @Test
    void skippedRespondentsAreReportedOnStandardError() {
        Path survey = survey(5).respondents(4, "BUSINESS", 3.5)
                .respondents(1, "BUSINESS", "LEADERSHIP", 4, a -> a.put("Q03B", 9)).writeTo(folder, "mixed.json");

        Run run = pha("diagnose", survey.toString(), "--skip-invalid");

        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).contains("1 respondent was skipped (--skip-invalid):", "row 5, column answers.Q03B");
        assertThat(run.out()).contains("\"respondentsSkipped\" : 1");
    }

    @Test
    void aBatchSummarisesEveryFileAndListsTheOnesThatFailed() throws Exception {
        Path portfolio = Files.createDirectories(folder.resolve("portfolio"));
        survey(31).respondents(5, "BUSINESS", 4.5).writeTo(portfolio, "a-healthy.json");
        survey(32).respondents(5, "BUSINESS", 2.2).writeTo(portfolio, "b-troubled.json");
        Files.writeString(portfolio.resolve("c-broken.json"), "{ not json");
        Path summary = folder.resolve("summary.csv");

        Run run = pha("batch", portfolio.toString(), "--summary", summary.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).contains("2 of 3 surveys diagnosed");
        assertThat(run.err()).contains("1 file(s) failed:", "c-broken.json: line 1");
        List<String> rows = Files.readAllLines(summary);
        assertThat(rows.get(0)).isEqualTo("file,partnership_id,partnership,period,form,respondents,skipped,"
                + "health_index,band,anti_patterns,focus,status,problems");
        assertThat(rows.get(1)).startsWith("a-healthy.json,test-partnership,Test Partnership,2026,FULL,5,0,").contains(",ok,");
        assertThat(rows.get(2)).startsWith("b-troubled.json,").contains("CONCERN", ",ok,");
        assertThat(rows.get(3)).startsWith("c-broken.json,").contains(",failed,");
    }

    @Test
    void aBatchWritesThePortfolioViewFromEachPartnershipsLatestSurveyOnlyWithEnoughPartnerships() throws Exception {
        Path portfolio = Files.createDirectories(folder.resolve("many"));
        String[] names = {"Elm", "Ash", "Oak", "Birch", "Pine"};
        for (int i = 0; i < names.length; i++) {
            survey(40 + i).set("partnership", Map.of("id", names[i].toLowerCase(), "name", names[i] + " Compact"))
                    .respondents(5, "BUSINESS", 2.0 + 0.5 * i).writeTo(portfolio, names[i] + "-2026.json");
        }
        survey(49).set("partnership", Map.of("id", "ash", "name", "Ash Compact")).set("period", "2025")
                .respondents(5, "BUSINESS", 4.8).writeTo(portfolio, "Ash-2025.json");
        Path csv = folder.resolve("portfolio.csv");
        Path html = folder.resolve("portfolio.html");

        Run written = pha("batch", portfolio.toString(), "--summary", folder.resolve("s.csv").toString(),
                "--portfolio", csv.toString());
        Run page = pha("batch", portfolio.toString(), "--summary", folder.resolve("s.csv").toString(),
                "--portfolio", html.toString());
        Run tooFew = pha("batch", portfolio.toString(), "--summary", folder.resolve("s.csv").toString(),
                "--portfolio", folder.resolve("six.csv").toString(), "--portfolio-minimum", "6");
        Run badEnding = pha("batch", portfolio.toString(), "--portfolio", folder.resolve("p.txt").toString());

        assertThat(written.exitCode()).as(written.err()).isZero();
        assertThat(page.exitCode()).as(page.err() + page.out()).isZero();
        assertThat(written.out()).contains("Portfolio of 5 partnerships written to " + csv);
        List<String> rows = Files.readAllLines(csv);
        assertThat(rows.get(0)).startsWith("\uFEFFpartnership,name,period,health_index,health_index_place,P1,P1_place");
        assertThat(rows.subList(1, rows.size())).extracting(row -> row.split(",")[1])
                .as("alphabetical, never by score").containsExactly("Ash Compact", "Birch Compact", "Elm Compact",
                        "Oak Compact", "Pine Compact");
        assertThat(rows.get(1)).as("the latest period of a partnership").contains(",2026,");
        assertThat(String.join("\n", rows)).contains("lowest quarter", "middle half", "highest quarter");
        assertThat(Files.readString(html)).contains("of 5 partnerships").doesNotContainIgnoringCase("rank");
        assertThat(tooFew.exitCode()).isZero();
        assertThat(tooFew.out()).contains("Portfolio not written: it needs at least 6 partnerships");
        assertThat(folder.resolve("six.csv")).doesNotExist();
        assertThat(badEnding.exitCode()).isEqualTo(2);
        assertThat(badEnding.err()).contains("--portfolio " + folder.resolve("p.txt") + ": the file must end in .html");
    }

    @Test
    void aBatchReadsXlsxExportsAndNamesEveryFileItDidNotDiagnose() throws Exception {
        Path portfolio = Files.createDirectories(folder.resolve("exports"));
        Files.write(portfolio.resolve("forms.xlsx"), ExportFixtures.xlsx("microsoft-forms.csv"));
        Files.write(portfolio.resolve("monkey.csv"),
                ExportFixtures.csv("surveymonkey-numeric.csv"));
        Files.writeString(portfolio.resolve("old.xls"), "not really a workbook");
        Files.writeString(portfolio.resolve("notes.md"), "# what we sent whom");
        Path summary = folder.resolve("summary.csv");

        Run run = pha("batch", portfolio.toString(), "--summary", summary.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).contains("1 of 3 surveys diagnosed");
        assertThat(run.err()).contains("1 other file(s) not read:", "notes.md: not read: not a survey file",
                "2 file(s) failed:", "old.xls: not read: an .xls workbook from an older Excel: save it as .xlsx or CSV",
                "monkey.csv: some answers are numbers above 5 (up to 6)", "--scale 5+dk6");
        assertThat(Files.readAllLines(summary)).anySatisfy(row -> assertThat(row).startsWith("forms.xlsx,forms,")
                .contains(",ok,")).anySatisfy(row -> assertThat(row).startsWith("notes.md,").contains(",not read,"));

        Run withScale = pha("batch", portfolio.toString(), "--summary", summary.toString(), "--scale", "5+dk6");

        assertThat(withScale.out()).contains("2 of 3 surveys diagnosed");
    }

    @Test
    void validateTellsHowAnExportWasReadAndUsesAColumnMappingKeptBesideIt() throws Exception {
        Path export = Files.write(folder.resolve("q.csv"),
                ExportFixtures.csv("qualtrics-numeric.csv"));

        Run run = pha("validate", export.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("read as Qualtrics", "6 respondents",
                "Rows that are no respondent, left out: 1 × Qualtrics survey preview; 1 × unfinished response",
                "The code 99 was read as \"Don't know\".");

        String renamed = Files.readString(export).replace("Which kind of organisation do you speak for in this"
                + " partnership?", "Organisation (pick one)");
        Files.writeString(export, renamed);
        Run unmapped = pha("validate", export.toString());
        assertThat(unmapped.exitCode()).isEqualTo(2);
        assertThat(unmapped.err()).contains("no column holds the sector", "\"Organisation (pick one)\"");

        Files.writeString(folder.resolve("q.mapping.yaml"), "\"Organisation (pick one)\": sector\n");
        assertThat(pha("validate", export.toString()).exitCode()).isZero();
        assertThat(pha("validate", export.toString(), "--scale", "9").err())
                .contains("--scale: \"9\" is not an answer scale (use one of 5, 5+dk6, 7, 7+dk8)");
    }

    @Test
    void htmlAndPdfReportsAreWrittenFromTheSameDiagnosis() throws Exception {
        Path survey = troubledSurvey("survey.json");
        Path html = folder.resolve("report.html");
        Path pdf = folder.resolve("briefing.pdf");

        assertThat(pha("diagnose", survey.toString(), "--format", "html", "--out", html.toString()).exitCode()).isZero();
        Run briefing = pha("diagnose", survey.toString(), "--format", "pdf", "--report", "briefing", "--out", pdf.toString());

        assertThat(briefing.exitCode()).isZero();
        assertThat(briefing.err()).as("PDF rendering stays quiet").isEmpty();
        assertThat(Files.readString(html)).contains("<h2>Focus for the next 90 days</h2>", "Test Partnership");
        assertThat(new String(Files.readAllBytes(pdf), 0, 5)).isEqualTo("%PDF-");
    }

    @Test
    void aPdfWithoutAnOutputFileIsRefusedRatherThanDumpedOnTheTerminal() {
        Run run = pha("diagnose", troubledSurvey("survey.json").toString(), "--format", "pdf");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--format pdf writes a binary file: add --out FILE.pdf");
    }

    @Test
    void theAnnualReportComparesTheSampleRounds() {
        Run run = pha("annual", "../samples/metro-transit-coalition-2026.json",
                "../samples/metro-transit-coalition-2025.json", "--format", "md");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("# Metro Transit Coalition — annual health report 2025, 2026")
                .contains("**What changed.**", "AP-OVER-COORDINATION");
    }

    @Test
    void anAnnualReportOfTwoDifferentPartnershipsIsRefusedWithAReason() {
        Run run = pha("annual", "../samples/metro-transit-coalition-2026.json",
                "../samples/harbour-health-alliance-2026.json");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("metro-transit-coalition", "harbour-health-alliance").doesNotContain("\tat ");
    }

    @Test
    void anAnonymityLimitBelowThreeIsRefused() {
        Run run = pha("diagnose", troubledSurvey("survey.json").toString(), "--k", "2");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--k 2: the anonymity limit is never below 3");
    }

    @Test
    void aFileOfFewerThanKRespondentsIsRefusedUnlessItIsAnExplicitSelfAssessment() {
        Path pair = survey(5).respondents(2, "BUSINESS", 3.5).writeTo(folder, "pair.json");

        Run refused = pha("diagnose", pair.toString(), "--format", "md");
        Run own = pha("diagnose", pair.toString(), "--format", "md", "--self-assessment");
        Run data = pha("diagnose", pair.toString(), "--self-assessment");

        assertThat(refused.exitCode()).isEqualTo(2);
        assertThat(refused.out()).isEmpty();
        assertThat(refused.err()).contains("pair.json: 2 of 3 responses so far", "--self-assessment")
                .doesNotContain("Exception");
        assertThat(own.exitCode()).isZero();
        assertThat(own.out()).contains("Self-assessment: the view of 2 people, not an anonymous survey");
        assertThat(data.out()).contains("\"status\" : \"SELF_ASSESSMENT\"", "\"groups\" : [ ]");
    }

    @Test
    void theAnnualReportLeavesOutARoundBelowKAndSaysSo() {
        Path early = survey(6).set("period", "2024").respondents(2, "BUSINESS", 3.0).writeTo(folder, "2024.json");
        Path middle = survey(7).set("period", "2025").respondents(4, "BUSINESS", 3.0).writeTo(folder, "2025.json");
        Path late = survey(8).set("period", "2026").respondents(4, "BUSINESS", 3.6).writeTo(folder, "2026.json");

        Run run = pha("annual", early.toString(), middle.toString(), late.toString(), "--format", "md");
        Run tooFew = pha("annual", early.toString(), late.toString(), "--format", "md");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("Left out: 2024.", "2025, 2026");
        assertThat(run.err()).contains("2024.json: left out of the annual report");
        assertThat(tooFew.exitCode()).isEqualTo(2);
        assertThat(tooFew.err()).contains("needs two or more rounds with at least 3 respondents each");
    }

    @Test
    void aBatchMarksRoundsBelowKAsWithheldWithoutTheirSize() throws Exception {
        Path portfolio = Files.createDirectories(folder.resolve("portfolio"));
        survey(9).respondents(2, "BUSINESS", 3.0).writeTo(portfolio, "small.json");
        troubledSurvey("portfolio/large.json");
        Path summary = folder.resolve("summary.csv");

        Run run = pha("batch", portfolio.toString(), "--summary", summary.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("1 of 2 surveys diagnosed, 1 withheld (fewer than 3 respondents)");
        String small = Files.readAllLines(summary).stream().filter(l -> l.startsWith("small.json")).findFirst()
                .orElseThrow();
        assertThat(small).endsWith(",withheld,fewer respondents than the anonymity limit").doesNotContain("2");
    }

    @Test
    void aCommentThresholdBelowTheAnonymityLimitIsRefused() {
        Run run = pha("diagnose", troubledSurvey("t.json").toString(), "--comment-threshold", "2");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--comment-threshold 2: comments need at least as many respondents");
    }

    @Test
    void anUnknownOptionExitsWithTwoAndPointsToHelp() {
        Run run = pha("diagnose", "x.json", "--colour");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("Unknown option: '--colour'", "pha diagnose --help");
    }

    @Test
    void aTunedThresholdsFileWithAMistakeIsNamed() throws Exception {
        Path thresholds = Files.writeString(folder.resolve("t.yaml"), "minGroupSize: 3\n");

        Run run = pha("diagnose", troubledSurvey("survey.json").toString(), "--thresholds", thresholds.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("t.yaml [", "a value is required");
    }
}
