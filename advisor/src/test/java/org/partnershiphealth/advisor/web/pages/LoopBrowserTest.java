package org.partnershiphealth.advisor.web.pages;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.partnershiphealth.advisor.AdvisorApplication;
import org.partnershiphealth.advisor.service.AssessmentService;
import org.partnershiphealth.advisor.service.PortfolioService;
import org.partnershiphealth.advisor.service.Submission;
import org.partnershiphealth.advisor.store.AccountStore;
import org.partnershiphealth.advisor.store.StoredPartnership;
import org.partnershiphealth.advisor.store.StoredRound;
import org.partnershiphealth.assessment.QuestionnaireForm;
import org.partnershiphealth.knowledge.Question;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The loop in a real headless Chromium: with four partnerships the portfolio says it needs five; with six it shows
 * its charts and each partnership's place in words; a consultant accepts a round's plan, assigns an owner, marks
 * progress and declines one action. Screenshots of the portfolio and the commitments page go to target/screenshots.
 */
@SpringBootTest(classes = AdvisorApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.datasource.url=jdbc:h2:mem:pha-loop-browser;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1", "logging.structured.format.console=",
                "pha.admin.require-password-change=false", "pha.demo.enabled=false",
                "pha.reference-set=target/loop-browser-reference-set.json"})
@ExtendWith(Chromium.Installed.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LoopBrowserTest {

    private static final List<String> NAMES = List.of("Alder Valley Compact", "Brookside Health Alliance",
            "Coastal Jobs Network", "Delta Housing Partnership", "Eastgate Food Coalition", "Fairfield Youth Table");

    /** Each partnership's typical answer, so that the portfolio's spreads are wide enough to read. */
    private static final int[] BASE = {2, 4, 3, 3, 4, 2};

    static ChromeDriver browser;
    static long lastRound;

    /** Another installation's reference set, loaded at start (pha.reference-set above). */
    static {
        try {
            java.nio.file.Files.createDirectories(java.nio.file.Path.of("target"));
            java.nio.file.Files.writeString(java.nio.file.Path.of("target/loop-browser-reference-set.json"), """
                    {"format": "partnership-health-reference-set/1", "source": "North Fund", "created": "2026-11-30",
                     "minimumPartnerships": 5, "groups": [{"partnerships": 12,
                     "healthIndex": {"partnerships": 12, "lowerQuartile": 40.0, "median": 52.5, "upperQuartile": 61.0},
                     "principles": {}, "antiPatterns": {}}]}
                    """);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @LocalServerPort
    int port;

    @Autowired
    AssessmentService assessments;
    @Autowired
    PortfolioService portfolios;
    @Autowired
    AccountStore accounts;
    @Autowired
    org.partnershiphealth.advisor.diagnosis.Advisor advisor;

    @BeforeAll
    static void startBrowser() throws Exception {
        browser = Chromium.start();
        browser.manage().window().setSize(new Dimension(1100, 900));
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    @Order(1)
    void aPortfolioOfFourShowsOnlyWhyItNeedsMore() {
        long organisation = accounts.organisationId("Demo Consultancy").orElseThrow();
        int existing = portfolios.portfolio(organisation).size();
        for (int i = existing; i < 4; i++) {
            lastRound = partnershipWithResults(organisation, i);
        }
        logIn();

        browser.get(url("/app"));
        Chromium.clickAndWait(browser, browser.findElement(By.id("portfolio-link")));

        String page = browser.findElement(By.tagName("body")).getText();
        assertThat(page).contains("needs at least 5 partnerships", "4");
        assertThat(browser.findElements(By.cssSelector("svg"))).isEmpty();
        assertThat(page).doesNotContain(NAMES.get(0));
    }

    @Test
    @Order(2)
    void aPortfolioOfSixShowsItsSpreadsAndEachPartnershipsPlaceWithoutARanking() throws Exception {
        long organisation = accounts.organisationId("Demo Consultancy").orElseThrow();
        for (int i = portfolios.portfolio(organisation).size(); i < 6; i++) {
            lastRound = partnershipWithResults(organisation, i);
        }

        browser.get(url("/app/portfolio"));

        assertThat(browser.findElements(By.cssSelector("svg[role='img']"))).hasSizeGreaterThanOrEqualTo(2);
        String page = browser.findElement(By.tagName("body")).getText();
        assertThat(page).contains("of 6 partnerships", NAMES.get(0), NAMES.get(5));
        assertThat(page.toLowerCase()).doesNotContain("rank");
        assertThat(page.indexOf(NAMES.get(0))).as("partnerships listed by name").isLessThan(page.indexOf(NAMES.get(5)));
        Chromium.fullPage(browser, 1100);
        Chromium.screenshot(browser, "portfolio");
        browser.manage().window().setSize(new Dimension(1100, 900));
        browser.get(url("/app"));
        Chromium.clickAndWait(browser, browser.findElement(By.linkText(NAMES.get(2))));
        assertThat(browser.findElement(By.id("portfolio-context")).getText()).contains("of 6 partnerships");
        assertThat(browser.findElement(By.id("reference-context")).getText())
                .contains("Compared with all 12 partnerships in the reference set of North Fund",
                        "record this partnership's age and number of partner organisations",
                        "(their middle half runs from 40.0 to 61.0)");
        Chromium.assertAccessible(browser, "the portfolio");
        browser.manage().window().setSize(new Dimension(1100, 900));
    }

    @Test
    @Order(3)
    void aConsultantAcceptsThePlanAssignsAnOwnerMarksProgressAndDeclinesAnAction() throws Exception {
        browser.get(url("/app/rounds/" + lastRound));
        Chromium.clickAndWait(browser, browser.findElement(By.id("commitments-link")));
        assertThat(browser.findElement(By.tagName("h1")).getText()).startsWith("Commitments:");
        int undecided = Integer.parseInt(browser.findElement(By.id("undecided-count")).getText());
        assertThat(undecided).isPositive();

        Chromium.clickAndWait(browser, browser.findElement(By.id("accept-rest")));
        assertThat(browser.findElement(By.id("accepted-count")).getText()).isEqualTo(String.valueOf(undecided));
        assertThat(browser.findElements(By.id("accept-rest"))).isEmpty();

        WebElement focus = browser.findElements(By.cssSelector("form.item:not(.action)")).get(0);
        String focusKey = focus.getAttribute("id").substring("item-".length());
        WebElement owner = browser.findElement(By.id("owner-" + focusKey));
        owner.clear();
        owner.sendKeys("Maria Lopez, backbone lead");
        new Select(browser.findElement(By.id("progress-" + focusKey))).selectByVisibleText("under way");
        Chromium.clickAndWait(browser, browser.findElement(By.id("save-" + focusKey)));
        assertThat(browser.findElement(By.id("status-" + focusKey)).getText()).isEqualTo("under way");
        assertThat(browser.findElement(By.id("owner-" + focusKey)).getAttribute("value"))
                .isEqualTo("Maria Lopez, backbone lead");

        String actionKey = focusKey + "-A2";
        browser.executeScript("arguments[0].scrollIntoView({block: 'center'});",
                browser.findElement(By.id("decline-" + actionKey)));
        browser.findElement(By.id("decline-" + actionKey)).click();
        Chromium.clickAndWait(browser, browser.findElement(By.id("save-" + actionKey)));
        assertThat(browser.findElement(By.id("status-" + actionKey)).getText()).isEqualTo("declined");

        new Select(browser.findElement(By.id("progress-" + focusKey))).selectByVisibleText("dropped");
        Chromium.clickAndWait(browser, browser.findElement(By.id("save-" + focusKey)));
        assertThat(browser.findElement(By.cssSelector("[role='alert']")).getText())
                .contains("Not saved: If dropped, why: a dropped item says why it was dropped");
        assertThat(browser.findElement(By.id("status-" + focusKey)).getText()).as("nothing saved").isEqualTo("under way");

        Chromium.fullPage(browser, 1100);
        Chromium.screenshot(browser, "commitments");
        Chromium.assertAccessible(browser, "the commitments page");
    }

    @Test
    @Order(4)
    void theReferenceSetSaysWhatItSharesAndSharesNoPartnershipsFigures() {
        browser.get(url("/app/portfolio"));
        Chromium.clickAndWait(browser, browser.findElement(By.id("reference-set-link")));
        assertThat(browser.findElement(By.id("what-is-shared")).getText())
                .contains("Not in the file: partnership names or ids", "for each group of at least 5 partnerships");
        long organisation = accounts.organisationId("Demo Consultancy").orElseThrow();

        String json = new String(portfolios.publishReferenceSet(new org.partnershiphealth.advisor.service.DataService
                .Actor(organisation, "admin@example.org"), "Demo Consultancy").toJson(), java.nio.charset.StandardCharsets.UTF_8);

        assertThat(json).contains("\"partnerships\" : 6", "\"source\" : \"Demo Consultancy\"");
        NAMES.forEach(name -> assertThat(json).doesNotContain(name));
    }

    @Test
    @Order(5)
    void threePartnersAnswerTheCheckInAndTheConsultantSeesWhetherTheCommitmentHappened() throws Exception {
        browser.get(url("/app/rounds/" + lastRound));
        Chromium.clickAndWait(browser, browser.findElement(By.id("check-in-link")));
        Chromium.clickAndWait(browser, browser.findElement(By.id("open-check-in")));
        String link = browser.findElement(By.id("check-in-link")).getText();
        assertThat(browser.findElement(By.id("check-in-withheld")).getText())
                .isEqualTo("Results appear once at least 3 people have answered: 0 so far.");

        String[] happened = {"yes", "yes", "partly"};
        for (String answer : happened) {
            browser.get(link);
            assertThat(browser.findElement(By.tagName("h1")).getText()).endsWith(": 90 days on");
            WebElement first = browser.findElements(By.cssSelector("input[name^='happened-']")).get(0);
            Chromium.choose(browser, first.getAttribute("name"), answer);
            for (WebElement statement : browser.findElements(By.cssSelector("input[value='4']"))) {
                Chromium.choose(browser, statement.getAttribute("name"), "4");
            }
            if (answer.equals("partly")) {
                Chromium.screenshot(browser, "check-in-form");
            }
            Chromium.clickAndWait(browser, browser.findElement(By.id("send-check-in")));
            assertThat(browser.findElement(By.id("check-in-thanks")).getText()).startsWith("Your answers were sent.");
        }

        browser.get(url("/app/rounds/" + lastRound + "/check-in"));
        assertThat(browser.findElement(By.id("check-in-count")).getText()).isEqualTo("3");
        String results = browser.findElement(By.id("check-in-results")).getText();
        assertThat(results).contains("2 yes, 1 partly, 0 no", "→");
        Chromium.assertAccessible(browser, "the check-in results");
    }

    private void logIn() {
        browser.get(url("/login"));
        browser.findElement(By.id("username")).sendKeys("admin@example.org");
        browser.findElement(By.id("password")).sendKeys("change-me-now");
        Chromium.clickAndWait(browser, browser.findElement(By.cssSelector("button[type='submit']")));
    }

    /** A partnership whose 2026 round has published results, its scores set by {@code index} so the spread varies. */
    private long partnershipWithResults(long organisation, int index) {
        String name = NAMES.get(index);
        StoredPartnership partnership = assessments.createPartnership(organisation,
                name.toLowerCase().replaceAll("[^a-z]+", "-"), name);
        StoredRound round = assessments.createRound(organisation, partnership.id(), "2026", QuestionnaireForm.SHORT,
                null);
        for (int r = 0; r < 4; r++) {
            Map<String, Object> answers = new LinkedHashMap<>();
            int respondent = r;
            for (Question question : advisor.knowledge().questionnaire().shortForm()) {
                if (!question.isPosition()) {
                    int spread = (respondent * 7 + question.id().charAt(2) + question.id().charAt(3)) % 3 - 1;
                    int value = Math.max(1, Math.min(5, BASE[index] + spread));
                    answers.put(question.id(), value);
                }
            }
            assessments.submit(round.shareToken(), new Submission(r % 2 == 0 ? "NONPROFIT" : "BUSINESS",
                    "PARTNER_REPRESENTATIVE", "ONE_TO_3_YEARS", answers, Map.of()), null);
        }
        assessments.results(organisation, round.id());
        return round.id();
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
