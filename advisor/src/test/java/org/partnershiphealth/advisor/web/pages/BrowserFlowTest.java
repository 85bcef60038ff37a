package org.partnershiphealth.advisor.web.pages;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.partnershiphealth.advisor.AdvisorApplication;
import org.partnershiphealth.advisor.intake.csv.ExportFixtures;
import org.partnershiphealth.advisor.service.AssessmentService;
import org.partnershiphealth.advisor.store.AccountStore;
import org.partnershiphealth.advisor.store.StoredPartnership;
import org.partnershiphealth.advisor.store.StoredRound;
import org.partnershiphealth.assessment.QuestionnaireForm;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The two flows that matter, in a real headless Chromium: a respondent answers the short form from a share link on
 * a phone-sized screen; a consultant logs in, sees the response counted and the diagnosis, and downloads the PDF.
 * Screenshots go to target/screenshots (always for the key pages, and on any failure). Skipped, with a message,
 * where Chromium or its driver is not installed.
 */
@SpringBootTest(classes = AdvisorApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.datasource.url=jdbc:h2:mem:pha-browser;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1", "logging.structured.format.console=",
                "pha.admin.require-password-change=true"})
@ExtendWith({Chromium.Installed.class, BrowserFlowTest.ScreenshotOnFailure.class})
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BrowserFlowTest {

    static final Path SCREENSHOTS = Chromium.SCREENSHOTS;

    /** The bootstrap account's own password, chosen at its first log-in (test 3). */
    static final String NEW_PASSWORD = "a long passphrase of our own";

    static ChromeDriver browser;
    static String shareToken;
    static long roundId;

    @LocalServerPort
    int port;

    @Autowired
    AssessmentService assessments;

    @Autowired
    AccountStore accounts;

    @BeforeAll
    static void startBrowser() throws Exception {
        browser = Chromium.start();
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    String url(String path) {
        return "http://localhost:" + port + path;
    }

    void ensureRound() {
        if (shareToken == null) {
            long organisation = accounts.organisationId("Demo Consultancy").orElseThrow();
            StoredPartnership partnership = assessments.createPartnership(organisation, "riverside-food-network",
                    "Riverside Food Network");
            StoredRound round = assessments.createRound(organisation, partnership.id(), "2026", QuestionnaireForm.SHORT,
                    null);
            shareToken = round.shareToken();
            roundId = round.id();
        }
    }

    static void screenshot(String name) throws Exception {
        Chromium.screenshot(browser, name);
    }

    static void fullPage(int width) {
        Chromium.fullPage(browser, width);
    }

    @Test
    @Order(1)
    void aRespondentAnswersTheShortFormOnAPhone() throws Exception {
        ensureRound();
        browser.manage().window().setSize(new Dimension(360, 800));
        browser.get(url("/q/" + shareToken));
        assertThat(browser.findElement(By.tagName("h1")).getText())
                .isEqualTo("Riverside Food Network: how is our partnership doing?");
        assertThat(browser.findElement(By.id("run-by")).getText()).isEqualTo("Run by Demo Consultancy for the 2026 round.");
        screenshot("questionnaire-phone-top");
        clickAndWait(browser.findElement(By.id("start")));

        choose("sector", "NONPROFIT");
        choose("role", "PARTNER_REPRESENTATIVE");
        choose("tenure", "ONE_TO_3_YEARS");
        clickAndWait(browser.findElement(By.id("next")));
        int statements = 0;
        while (!browser.findElements(By.cssSelector("fieldset[id^=f-Q]")).isEmpty()) {
            for (WebElement item : browser.findElements(By.cssSelector("fieldset[id^=f-Q]"))) {
                String id = item.getAttribute("id").substring(2);
                choose(id, id.equals("Q05A") ? "dont_know" : "4");
                statements++;
            }
            clickAndWait(browser.findElement(By.id("next")));
        }
        assertThat(statements).isEqualTo(40);
        browser.findElement(By.id("OPEN1")).sendKeys("Our monthly call works <well> & keeps us honest");
        fullPage(360);
        screenshot("questionnaire-phone");
        clickAndWait(browser.findElement(By.id("send")));

        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Thank you: your answers are saved");
        assertThat(browser.findElement(By.id("receipt")).getText())
                .matches("Your receipt code: [0-9A-Z]{4}(-[0-9A-Z]{4}){3}");
        assertThat(assessments.responseCount(roundId)).isEqualTo(1);
    }

    @Test
    @Order(2)
    void theQuestionnaireFitsADesktopAndAClosedOrUnknownLinkGetsAFriendlyPage() throws Exception {
        ensureRound();
        browser.manage().window().setSize(new Dimension(1280, 900));
        browser.get(url("/q/" + shareToken));
        clickAndWait(browser.findElement(By.id("start")));
        choose("sector", "BUSINESS");
        choose("role", "LEADERSHIP");
        choose("tenure", "OVER_3_YEARS");
        clickAndWait(browser.findElement(By.id("next")));
        screenshot("questionnaire-desktop");
        assertThat(browser.findElements(By.cssSelector("label input[type=radio]")).size()).isGreaterThan(6 * 4);

        browser.get(url("/q/no-such-link"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("This link does not lead to a questionnaire");
    }

    @Test
    @Order(3)
    void aConsultantLogsInSeesTheResponseAndTheDiagnosisAndDownloadsThePdf() throws Exception {
        ensureRound();
        browser.manage().window().setSize(new Dimension(1280, 900));
        browser.get(url("/app"));
        browser.findElement(By.id("username")).sendKeys("admin@example.org");
        browser.findElement(By.id("password")).sendKeys("not-the-password");
        clickAndWait(browser.findElement(By.cssSelector("button[type=submit]")));
        assertThat(browser.findElement(By.cssSelector("[role=alert]")).getText())
                .isEqualTo("That e-mail and password do not match an account.");
        screenshot("login");

        browser.findElement(By.id("username")).sendKeys("admin@example.org");
        browser.findElement(By.id("password")).sendKeys("change-me-now");
        clickAndWait(browser.findElement(By.cssSelector("button[type=submit]")));

        // the README's password opens only the page where the account chooses its own
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Choose a new password");
        screenshot("first-login-password");
        browser.findElement(By.id("currentPassword")).sendKeys("change-me-now");
        browser.findElement(By.id("newPassword")).sendKeys(NEW_PASSWORD);
        browser.findElement(By.id("repeatPassword")).sendKeys(NEW_PASSWORD);
        clickAndWait(browser.findElement(By.cssSelector("button[type=submit]")));
        assertThat(browser.findElement(By.cssSelector("[role=status]")).getText())
                .isEqualTo("Your new password is saved. Log in with it.");
        browser.findElement(By.id("username")).sendKeys("admin@example.org");
        browser.findElement(By.id("password")).sendKeys(NEW_PASSWORD);
        clickAndWait(browser.findElement(By.cssSelector("button[type=submit]")));

        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Partnerships");
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("Metro Transit Coalition",
                "Riverside Food Network");
        clickAndWait(browser.findElement(By.linkText("Riverside Food Network")));
        clickAndWait(browser.findElement(By.linkText("2026")));
        assertThat(browser.findElement(By.id("response-count")).getText()).isEqualTo("1");
        assertThat(browser.findElement(By.id("share-link")).getText()).endsWith("/q/" + shareToken);

        browser.get(url("/app"));
        clickAndWait(browser.findElement(By.linkText("Metro Transit Coalition")));
        clickAndWait(browser.findElement(By.linkText("2026")));
        screenshot("dashboard-round-top");
        fullPage(1280);
        screenshot("dashboard-round");
        String pdfLink = browser.findElement(By.id("download-pdf")).getAttribute("href");
        clickAndWait(browser.findElement(By.id("diagnosis-link")));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Metro Transit Coalition");
        assertThat(browser.findElement(By.id("focus")).getText()).contains("Focus for the next 90 days", "Effective and productive meetings", "Weeks 1–4");
        assertThat(browser.findElement(By.linkText("← Back to the round")).getAttribute("href"))
                .endsWith("/app/rounds/" + browser.getCurrentUrl().replaceAll(".*/app/rounds/(\\d+)/.*", "$1"));
        browser.manage().window().setSize(new Dimension(1280, 900));
        screenshot("dashboard-diagnosis");

        browser.navigate().back();
        clickAndWait(browser.findElement(By.partialLinkText("Metro Transit Coalition")));
        clickAndWait(browser.findElement(By.cssSelector("#annual-form button[type=submit]")));
        assertThat(browser.findElement(By.id("story")).getText()).contains("2025", "2026", "What changed");

        String session = browser.manage().getCookieNamed("JSESSIONID").getValue();
        HttpResponse<byte[]> pdf = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(pdfLink))
                .header("Cookie", "JSESSIONID=" + session).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Disposition").orElse("")).contains(".pdf");
        assertThat(new String(pdf.body(), 0, 5)).isEqualTo("%PDF-");
    }

    @Test
    @Order(4)
    void aConsultantPreviewsAnImportFixesNothingHalfwayAndRecordsFacts() throws Exception {
        ensureRound();
        browser.manage().window().setSize(new Dimension(1280, 900));
        openAsConsultant("/app/rounds/" + roundId);
        Path broken = Files.createTempFile("export", ".csv");
        Files.writeString(broken, "respondent,sector,role,tenure,Q01A\nr1,BUSINESS,LEADERSHIP,OVER_3_YEARS,9\n"
                + "r2,BUSINESS,LEADERSHIP,OVER_3_YEARS,4\n");
        browser.findElement(By.id("file")).sendKeys(broken.toAbsolutePath().toString());
        clickAndWait(browser.findElement(By.xpath("//button[text()='Check the file']")));

        assertThat(browser.findElement(By.id("import-problems")).getText()).contains("1 problem found. Nothing has been saved.",
                "row 2, column Q01A", "\"9\" is not on the 1-5 agreement scale");
        assertThat(assessments.responseCount(roundId)).isEqualTo(1);
        clickAndWait(browser.findElement(By.xpath("//button[text()='Import the 1 valid respondent only']")));
        assertThat(browser.findElement(By.tagName("main")).getText())
                .contains("1 responses imported; 1 skipped because of problems.");
        assertThat(browser.findElement(By.id("response-count")).getText()).isEqualTo("2");

        // a value the browser's own check would stop, sent anyway: refused beside its field, the rest kept as typed
        WebElement turnover = browser.findElement(By.id("fact-turnoverPercentSinceLaunch"));
        browser.executeScript("arguments[0].removeAttribute('max')", turnover);
        turnover.clear();
        turnover.sendKeys("150");
        WebElement months = browser.findElement(By.id("fact-monthsSinceLaunch"));
        months.clear();
        months.sendKeys("30");
        clickAndWait(browser.findElement(By.xpath("//button[text()='Save facts']")));
        assertThat(browser.findElement(By.id("fact-errors")).getText())
                .contains("Nothing was saved: one fact needs correcting.", "must be between 0 and 100 %, not 150 %");
        assertThat(browser.findElement(By.id("fact-turnoverPercentSinceLaunch-error")).getText())
                .isEqualTo("must be between 0 and 100 %, not 150 %");
        assertThat(browser.findElement(By.id("fact-turnoverPercentSinceLaunch")).getAttribute("aria-invalid"))
                .isEqualTo("true");
        assertThat(browser.findElement(By.id("fact-turnoverPercentSinceLaunch")).getAttribute("value")).isEqualTo("150");
        assertThat(browser.findElement(By.id("fact-monthsSinceLaunch")).getAttribute("value")).isEqualTo("30");
        assertAccessible("the round page with a fact refused");

        turnover = browser.findElement(By.id("fact-turnoverPercentSinceLaunch"));
        turnover.clear();
        turnover.sendKeys("18");
        clickAndWait(browser.findElement(By.xpath("//button[text()='Save facts']")));
        assertThat(browser.findElement(By.id("fact-turnoverPercentSinceLaunch")).getAttribute("value")).startsWith("18");
        assertThat(browser.findElement(By.id("fact-monthsSinceLaunch")).getAttribute("value")).startsWith("30");
    }

    @Test
    @Order(5)
    void theRoundPageAndTheReportShowNothingThatCouldSingleSomeoneOut() throws Exception {
        ensureRound();
        browser.manage().window().setSize(new Dimension(1280, 900));
        openAsConsultant("/app/rounds/" + roundId);
        // two responses: a count and nothing else
        assertThat(browser.findElement(By.id("response-count")).getText()).isEqualTo("2");
        assertThat(browser.findElement(By.id("diagnosis-pending")).getText()).contains("2 of 3 so far");
        assertThat(browser.findElements(By.id("diagnosis-link"))).isEmpty();
        assertThat(browser.findElements(By.id("counts-by-sector"))).isEmpty();
        browser.get(url("/app/rounds/" + roundId + "/diagnosis"));
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("2 of 3 responses so far");

        // Metro 2026: one business, one nonprofit and two government leaders, so leaders are not shown apart
        browser.get(url("/app"));
        clickAndWait(browser.findElement(By.linkText("Metro Transit Coalition")));
        clickAndWait(browser.findElement(By.linkText("2026")));
        String metro = browser.getCurrentUrl();
        clickAndWait(browser.findElement(By.id("diagnosis-link")));
        assertThat(browser.findElement(By.id("groups-note")).getText())
                .contains("Some stakeholder groups are not shown separately");
        assertThat(browser.findElement(By.id("group-counts")).getText()).contains("business", "nonprofit")
                .doesNotContain("leaders");
        browser.get(metro);
        assertThat(browser.findElement(By.id("counts-by-sector")).getText()).contains("business", "government");
        assertThat(browser.findElement(By.id("counts-by-role")).getText()).doesNotContain("leadership");
        screenshot("dashboard-round-counts");

        // one more response: the published results and their counts stay as they were
        String token = browser.findElement(By.id("share-link")).getText().replaceAll(".*/q/", "");
        java.util.Map<String, Object> answers = new java.util.HashMap<>();
        for (int i = 1; i <= 27; i++) {
            answers.put(String.format("Q%02dA", i), 2);
        }
        assessments.submit(token, new org.partnershiphealth.advisor.service.Submission("FUNDER", "LEADERSHIP",
                "UNDER_1_YEAR", answers, java.util.Map.of()), null);
        browser.get(metro);
        assertThat(browser.findElement(By.id("response-count")).getText()).isEqualTo("25");
        assertThat(browser.findElement(By.id("counts-note")).getText()).contains("1 response(s) since the results");
        assertThat(browser.findElement(By.id("counts-by-sector")).getText()).doesNotContain("funder");
        clickAndWait(browser.findElement(By.id("diagnosis-link")));
        assertThat(browser.findElement(By.id("refresh-notice")).getText())
                .contains("These results are from the 24 responses published earlier");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Metro Transit Coalition");
    }

    @Test
    @Order(6)
    void aConsultantChoosesTheRoundsOfTheAnnualComparison() throws Exception {
        browser.manage().window().setSize(new Dimension(1280, 900));
        openAsConsultant("/app");
        clickAndWait(browser.findElement(By.linkText("Metro Transit Coalition")));
        String partnershipPage = browser.getCurrentUrl();
        List<WebElement> rounds = browser.findElements(By.cssSelector("#annual-form input[name=rounds]"));
        assertThat(rounds).hasSizeGreaterThanOrEqualTo(2).allMatch(WebElement::isSelected);

        // one round alone cannot be compared: a plain message, not a report
        for (int i = 1; i < rounds.size(); i++) {
            rounds.get(i).click();
        }
        clickAndWait(browser.findElement(By.cssSelector("#annual-form button[type=submit]")));
        assertThat(browser.findElement(By.tagName("main")).getText())
                .contains("Choose at least two rounds with published results");

        browser.get(partnershipPage);
        clickAndWait(browser.findElement(By.cssSelector("#annual-form button[type=submit]")));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Metro Transit Coalition");
        assertThat(browser.findElement(By.id("principles")).getText()).contains("within noise");
        screenshot("annual-chosen-rounds");
    }

    @Test
    @Order(7)
    void everyPageShowsHostileNamesPeriodsCommentsAndFileNamesAsTextAndRunsNoScript() throws Exception {
        String hostile = "\"><img src=x onerror=\"document.title='pwned'\"><script>document.title='pwned'</script>";
        long organisation = accounts.organisationId("Demo Consultancy").orElseThrow();
        StoredPartnership partnership = assessments.createPartnership(organisation, "hostile-names", hostile);
        java.util.List<StoredRound> rounds = new java.util.ArrayList<>();
        for (String period : new String[] {"2025<b>", "2026" + hostile.substring(0, 30)}) {
            StoredRound round = assessments.createRound(organisation, partnership.id(), period,
                    QuestionnaireForm.SHORT, null);
            java.util.Map<String, Object> answers = new java.util.HashMap<>();
            for (int i = 1; i <= 9; i++) {
                answers.put(String.format("Q%02dA", i), 2 + i % 3);
            }
            for (int i = 0; i < 5; i++) {
                assessments.submit(round.shareToken(), new org.partnershiphealth.advisor.service.Submission(
                        "BUSINESS", "PARTNER_REPRESENTATIVE", "ONE_TO_3_YEARS", answers,
                        java.util.Map.of("OPEN1", hostile + " [x](javascript:document.title='pwned')")), null);
            }
            rounds.add(round);
        }
        String round = "/app/rounds/" + rounds.get(1).id();
        browser.manage().window().setSize(new Dimension(1280, 900));
        openAsConsultant("/app");

        List<String> pages = List.of("/app", "/app/partnerships/" + partnership.id(), round, round + "/diagnosis",
                "/app/partnerships/" + partnership.id() + "/annual", "/q/" + rounds.get(1).shareToken(),
                "/q/thanks");
        for (String page : pages) {
            browser.get(url(page));
            assertNoScriptRan(page);
        }

        // a file named like an attack, shown back on the import preview
        browser.get(url(round));
        Path folder = Files.createTempDirectory("hostile");
        Path named = folder.resolve("\"><img src=x onerror=\"document.title='pwned'\">.csv");
        // ... whose unrecognised column, shown in the column table with its values, is the payload too
        Files.writeString(named, "respondent,sector,role,tenure,Q01A,\"\"\"><img src=x onerror=\"\"document.title="
                + "'pwned'\"\">\"\nr1,BUSINESS,LEADERSHIP,OVER_3_YEARS,4,<script>document.title='pwned'</script>\n");
        browser.findElement(By.id("file")).sendKeys(named.toAbsolutePath().toString());
        clickAndWait(browser.findElement(By.xpath("//button[text()='Check the file']")));
        assertNoScriptRan("the import preview");
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("<img src=x onerror=");
        assertThat(browser.findElement(By.id("column-table")).getText()).contains("<script>document.title=");

        // and the erasure page, which shows back the code it was given
        browser.get(url("/q/erase"));
        browser.findElement(By.id("receipt")).sendKeys("\"><img src=x onerror=\"document.title='pwned'\">");
        clickAndWait(browser.findElement(By.xpath("//button[text()='Erase my answers']")));
        assertNoScriptRan("the erasure page");
        screenshot("hostile-names-preview");
    }

    @Test
    @Order(8)
    void aConsultantReadsTheColumnTableReimportsAGrownExportAndFixesAColumnAndTheScaleInThePreview()
            throws Exception {
        long organisation = accounts.organisationId("Demo Consultancy").orElseThrow();
        StoredPartnership partnership = assessments.createPartnership(organisation, "harbour-health", "Harbour Health");
        long round = assessments.createRound(organisation, partnership.id(), "2026", QuestionnaireForm.SHORT, null).id();
        browser.manage().window().setSize(new Dimension(1280, 900));
        Path folder = Files.createTempDirectory("exports");

        // the first export, four responses so far; the file holds no response ids (a hand-built Google Form)
        String grown = new String(ExportFixtures.csv("google-forms-separate.csv"), StandardCharsets.UTF_8);
        List<String> lines = grown.lines().toList();
        Path early = Files.writeString(folder.resolve("responses-march.csv"),
                String.join("\n", lines.subList(0, lines.size() - 2)) + "\n");
        upload(round, early);
        WebElement table = browser.findElement(By.id("column-table"));
        assertThat(rowOf(table, "Your sector")).contains("the sector", "Nonprofit");
        assertThat(rowOf(table, "Timestamp")).contains("ignored").doesNotContain("2026/03");
        assertThat(browser.findElement(By.id("import-ready")).getText()).contains("4 respondents, no problems");
        assertAccessible("the import preview");
        screenshot("import-preview-columns");
        clickAndWait(browser.findElement(By.xpath("//button[text()='Import 4 new responses']")));
        assertThat(assessments.responseCount(round)).isEqualTo(4);

        // the same survey exported again a week later: two more rows
        Path later = Files.writeString(folder.resolve("responses-april.csv"), grown);
        upload(round, later);
        assertThat(browser.findElement(By.id("import-already")).getText()).contains("4 of them are already in this round");
        clickAndWait(browser.findElement(By.xpath("//button[text()='Import 2 new responses']")));
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("2 responses imported; 4 were already"
                + " in this round and were left as they are.");
        assertThat(assessments.responseCount(round)).isEqualTo(6);

        // a statement under a wording the advisor does not know, then said in its box
        String renamed = new String(ExportFixtures.csv("native.csv"), StandardCharsets.UTF_8)
                .replaceFirst(",Q05A,", ",We keep our promises to each other,");
        upload(round, Files.writeString(folder.resolve("renamed.csv"), renamed));
        assertThat(browser.findElement(By.id("import-problems")).getText()).contains("Q05A",
                "\"We keep our promises to each other\"");
        assertThat(browser.findElements(By.id("import-valid-only"))).as("no respondent is valid on its own").isEmpty();
        WebElement box = browser.findElement(By.xpath("//tr[td[text()='We keep our promises to each other']]//input[@list]"));
        box.sendKeys("Q05A");
        clickAndWait(browser.findElement(By.xpath("//button[text()='Read the file again with these choices']")));
        assertThat(rowOf(browser.findElement(By.id("column-table")), "We keep our promises to each other"))
                .contains("question Q05A (from your column mapping)");
        assertThat(browser.findElement(By.id("import-ready")).getText()).contains("6 respondents, no problems");
        HttpResponse<String> saved = withSession(browser.findElement(By.id("mapping-download")).getAttribute("href"));
        assertThat(saved.body()).contains("\"We keep our promises to each other\": Q05A");

        // numbers that fit two scales: asked, then chosen
        upload(round, Files.write(folder.resolve("monkey.csv"), ExportFixtures.csv("surveymonkey-numeric.csv")));
        assertThat(browser.findElement(By.id("import-problems")).getText()).contains("numbers above 5 (up to 6)");
        assertAccessible("the import preview with problems");
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("scale"))).selectByValue("5+dk6");
        clickAndWait(browser.findElement(By.xpath("//button[text()='Read the file again with these choices']")));
        assertThat(browser.findElement(By.id("import-ready")).getText()).contains("6 respondents, no problems",
                "\"Don't know\" numbered 6");
        screenshot("import-preview-scale");
    }

    @Test
    @Order(9)
    void aConsultantExportsDeletesCorrectsAndARespondentErasesTheirAnswers() throws Exception {
        long organisation = accounts.organisationId("Demo Consultancy").orElseThrow();
        StoredPartnership partnership = assessments.createPartnership(organisation, "test-network", "Test Netwrok");
        StoredRound round = assessments.createRound(organisation, partnership.id(), "2026 test",
                QuestionnaireForm.SHORT, null);
        List<String> receipts = new java.util.ArrayList<>();
        for (int i = 0; i < 5; i++) {
            receipts.add(assessments.submit(round.shareToken(), new org.partnershiphealth.advisor.service.Submission(
                    "BUSINESS", "PARTNER_REPRESENTATIVE", "ONE_TO_3_YEARS", java.util.Map.of("Q01A", 2 + i % 3),
                    java.util.Map.of()), null).receiptCode());
        }
        browser.manage().window().setSize(new Dimension(1280, 900));
        openAsConsultant("/app/rounds/" + round.id());

        assertAccessible("the round page with its data management");

        // the raw answers, as the links download them
        HttpResponse<String> csv = withSession(browser.findElement(By.id("raw-csv")).getAttribute("href"));
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Disposition").orElseThrow())
                .contains("test-network-2026-test-raw-answers.csv");
        List<String> rows = csv.body().replace("\uFEFF", "").lines().toList();
        assertThat(rows).hasSize(6);
        assertThat(rows.get(0)).startsWith("response,sector,role,tenure,Q01A");
        assertThat(withSession(browser.findElement(By.id("raw-xlsx")).getAttribute("href")).headers()
                .firstValue("Content-Type").orElseThrow()).contains("spreadsheetml");

        // a respondent erases their answers with the code from the thank-you page
        browser.get(url("/q/erase"));
        browser.findElement(By.id("receipt")).sendKeys(receipts.get(4));
        clickAndWait(browser.findElement(By.xpath("//button[text()='Erase my answers']")));
        assertThat(browser.findElement(By.id("erase-result")).getText()).contains("Your answers have been erased.");
        assertAccessible("the erasure page");
        browser.findElement(By.id("receipt")).sendKeys(receipts.get(4));
        clickAndWait(browser.findElement(By.xpath("//button[text()='Erase my answers']")));
        assertThat(browser.findElement(By.id("erase-result")).getText()).contains("No answers have the receipt code");
        assertThat(assessments.responseCount(round.id())).isEqualTo(4);

        // one response deleted by its reference in the raw answers
        openAsConsultant("/app/rounds/" + round.id());
        String ref = withSession(browser.findElement(By.id("raw-csv")).getAttribute("href")).body().lines().toList()
                .get(1).split(",")[0];
        browser.findElement(By.id("response-ref")).sendKeys(ref.toLowerCase());
        clickAndWait(browser.findElement(By.id("delete-response")));
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("Response " + ref + " was deleted.");
        assertThat(browser.findElement(By.id("response-count")).getText()).isEqualTo("3");

        // the period corrected
        WebElement period = browser.findElement(By.id("new-period"));
        period.clear();
        period.sendKeys("2026");
        clickAndWait(browser.findElement(By.xpath("//button[text()='Correct the period']")));
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("The period is now \"2026\".");

        // the test round deleted, after a wrong confirmation is refused
        openAsConsultant("/app/rounds/" + round.id());
        browser.findElement(By.id("confirm-round")).sendKeys("2025");
        clickAndWait(browser.findElement(By.id("delete-round")));
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("type the round's period, \"2026\"");
        browser.findElement(By.id("confirm-round")).sendKeys("2026");
        clickAndWait(browser.findElement(By.id("delete-round")));
        assertThat(browser.getCurrentUrl()).endsWith("/app/partnerships/" + partnership.id());
        assertThat(browser.findElement(By.tagName("main")).getText())
                .contains("The round was deleted with its responses and results.", "No round yet.");

        // the partnership renamed, then deleted
        WebElement name = browser.findElement(By.id("new-name"));
        name.clear();
        name.sendKeys("Test Network");
        clickAndWait(browser.findElement(By.xpath("//button[text()='Rename']")));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Test Network");
        browser.findElement(By.id("confirm-partnership")).sendKeys("test-network");
        clickAndWait(browser.findElement(By.id("delete-partnership")));
        assertThat(browser.getCurrentUrl()).endsWith("/app");
        String home = browser.findElement(By.tagName("main")).getText();
        assertThat(home).contains("\"Test Network\" was deleted with all its rounds, responses and results.");
        assertThat(browser.findElement(By.id("audit")).getText()).contains("delete partnership", "delete round",
                "rename partnership", "change period", "erase response", "delete response", "export raw answers");
        fullPage(1280);
        screenshot("record-of-changes");
    }

    @Test
    @Order(10)
    void aConsultantInvitesPeopleSeesTheResponseRateAndSharesARevocableReportLink() throws Exception {
        long organisation = accounts.organisationId("Demo Consultancy").orElseThrow();
        StoredPartnership partnership = assessments.createPartnership(organisation, "coastal-care", "Coastal Care Network");
        StoredRound round = assessments.createRound(organisation, partnership.id(), "2026", QuestionnaireForm.SHORT, null);
        browser.manage().window().setSize(new Dimension(1280, 900));
        openAsConsultant("/app/rounds/" + round.id());
        assertThat(browser.findElement(By.id("response-rate")).getText()).startsWith("No response rate yet");

        // ten people were sent the share link at a meeting; four more get personal invitations
        browser.findElement(By.id("people-asked")).sendKeys("10");
        clickAndWait(browser.findElement(By.id("save-people-asked")));
        clickAndWait(browser.findElement(By.id("invitations-link")));
        browser.findElement(By.id("invitee-list")).sendKeys("ana@harbour.example, NONPROFIT, PARTNER_REPRESENTATIVE\n"
                + "ben@city.example, GOVERNMENT\ncleo@clinic.example, NONPROFIT\nnot an address");
        clickAndWait(browser.findElement(By.id("add-invitees")));
        assertThat(browser.findElement(By.cssSelector("[role=alert]")).getText())
                .contains("line 4: \"not an address\" is not an e-mail address");
        assertThat(browser.findElement(By.id("invitee-list")).getAttribute("value")).as("the list typed is kept")
                .contains("cleo@clinic.example");
        browser.findElement(By.id("invitee-list")).clear();
        browser.findElement(By.id("invitee-list")).sendKeys("ana@harbour.example, NONPROFIT, PARTNER_REPRESENTATIVE\n"
                + "ben@city.example, GOVERNMENT\ncleo@clinic.example, NONPROFIT\ndev@bank.example, BUSINESS");
        clickAndWait(browser.findElement(By.id("add-invitees")));
        assertThat(browser.findElement(By.id("no-smtp")).getText()).contains("No e-mail server is configured");
        List<WebElement> links = browser.findElements(By.cssSelector("#invitation-table input[readonly]"));
        assertThat(links).hasSize(4);
        HttpResponse<String> csv = withSession(browser.findElement(By.id("links-csv")).getAttribute("href"));
        assertThat(csv.body().lines().toList()).hasSize(5).first().isEqualTo("email,sector,role,link,answered");
        assertAccessible("the invitation page");
        fullPage(1280);
        screenshot("invitations");

        // three answer: two by the share link, one through Ana's personal link
        for (int i = 0; i < 2; i++) {
            assessments.submit(round.shareToken(), new org.partnershiphealth.advisor.service.Submission("NONPROFIT",
                    "PARTNER_REPRESENTATIVE", "ONE_TO_3_YEARS", java.util.Map.of("Q01A", 4, "Q02A", 3),
                    java.util.Map.of()), null);
        }
        String anasLink = links.get(0).getAttribute("value");
        assessments.submitInvited(anasLink.substring(anasLink.lastIndexOf('/') + 1),
                new org.partnershiphealth.advisor.service.Submission("NONPROFIT", "LEADERSHIP", "OVER_3_YEARS",
                        java.util.Map.of("Q01A", 5, "Q02A", 4), java.util.Map.of()), null);
        browser.manage().window().setSize(new Dimension(1280, 900));
        openAsConsultant("/app/rounds/" + round.id());
        assertThat(browser.findElement(By.id("response-rate")).getText())
                .startsWith("3 of 14 asked (21 %) — below 60 %");

        // a read-only link for the board: opened once, then revoked
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("report-kind"))).selectByValue("BRIEFING");
        browser.findElement(By.id("report-label")).sendKeys("Board meeting");
        clickAndWait(browser.findElement(By.id("create-report-link")));
        String shared = browser.findElement(By.id("new-report-link")).getAttribute("value");
        assertThat(shared).matches("http://localhost:\\d+/r/[A-Za-z0-9_-]{32}");
        assertAccessible("the round page with its response rate and report links");
        Files.copy(browser.findElement(By.id("participation")).getScreenshotAs(org.openqa.selenium.OutputType.FILE)
                .toPath(), SCREENSHOTS.resolve("round-response-rate.png"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        HttpResponse<String> report = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(shared)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(report.statusCode()).isEqualTo(200);
        assertThat(report.body()).contains("Coastal Care Network", "3 of the 14 people asked answered (21%)",
                "below the 60%");
        assertThat(report.headers().firstValue("Cache-Control").orElseThrow()).contains("no-store");
        browser.navigate().refresh();
        assertThat(browser.findElement(By.id("report-link-table")).getText()).contains("Board meeting", "briefing",
                "1 time");
        clickAndWait(browser.findElement(By.xpath("//table[@id='report-link-table']//button[text()='Revoke']")));
        HttpResponse<String> revoked = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(shared)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(revoked.statusCode()).isEqualTo(404);
        assertThat(revoked.body()).contains("This report link does not open a report");
    }

    private static void assertAccessible(String page) throws Exception {
        Chromium.assertAccessible(browser, page);
    }

    private HttpResponse<String> withSession(String href) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(href))
                        .header("Cookie", "JSESSIONID=" + browser.manage().getCookieNamed("JSESSIONID").getValue()).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private void upload(long round, Path file) {
        openAsConsultant("/app/rounds/" + round);
        browser.findElement(By.id("file")).sendKeys(file.toAbsolutePath().toString());
        clickAndWait(browser.findElement(By.xpath("//button[text()='Check the file']")));
    }

    private static String rowOf(WebElement table, String header) {
        return table.findElement(By.xpath(".//tr[td[text()='" + header + "']]")).getText();
    }

    /** The page shows the payload as text, holds no element made from it, and no script changed the title. */
    private static void assertNoScriptRan(String page) {
        assertThat(browser.getTitle()).as("a script would have set the title of %s to pwned", page)
                .isNotEqualTo("pwned");
        Object injected = browser.executeScript(
                "return document.querySelectorAll('script, img[src=\"x\"], a[href^=\"javascript\"]').length");
        assertThat(((Number) injected).intValue()).as("elements made from user data on %s", page).isZero();
    }

    /** Opens a consultant's page, logging in first if the browser has no session yet. */
    private void openAsConsultant(String path) {
        browser.get(url(path));
        if (!browser.getCurrentUrl().contains(path)) {
            browser.findElement(By.id("username")).sendKeys("admin@example.org");
            browser.findElement(By.id("password")).sendKeys(NEW_PASSWORD);
            clickAndWait(browser.findElement(By.cssSelector("button[type=submit]")));
            browser.get(url(path));
        }
    }

    private static void clickAndWait(WebElement button) {
        Chromium.clickAndWait(browser, button);
    }

    private static void choose(String name, String value) {
        Chromium.choose(browser, name, value);
    }

    static final class ScreenshotOnFailure implements TestWatcher {
        @Override
        public void testFailed(ExtensionContext context, Throwable cause) {
            try {
                if (browser != null) {
                    screenshot("FAILED-" + context.getRequiredTestMethod().getName());
                    Files.writeString(SCREENSHOTS.resolve("FAILED-" + context.getRequiredTestMethod().getName()
                            + ".html"), browser.getPageSource());
                }
            } catch (Exception ignored) {
                // the failure itself is what matters
            }
        }
    }
}
