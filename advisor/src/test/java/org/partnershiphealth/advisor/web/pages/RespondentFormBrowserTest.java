package org.partnershiphealth.advisor.web.pages;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.partnershiphealth.advisor.AdvisorApplication;
import org.partnershiphealth.advisor.service.AssessmentService;
import org.partnershiphealth.advisor.store.AccountStore;
import org.partnershiphealth.advisor.store.StoredPartnership;
import org.partnershiphealth.advisor.store.StoredRound;
import org.partnershiphealth.assessment.QuestionnaireForm;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The respondent's whole way through the paged questionnaire in a real Chromium on a 360 px phone screen, in
 * English (full form) and in Spanish (short form): start, a mistake caught with a summary that takes the focus and
 * links to the field, save and leave, resume from the private link, answer every page, send, press Back, and no
 * second response. axe-core checks every respondent page on the way.
 */
@SpringBootTest(classes = AdvisorApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.datasource.url=jdbc:h2:mem:pha-respondent;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1", "logging.structured.format.console="})
@ExtendWith(Chromium.Installed.class)
class RespondentFormBrowserTest {

    /** The words each language's pages use, for the assertions. */
    record Words(String language, String heading, String runBy, String errorSummary, String chooseOne, String saved,
                 String thanks, String sent, String progress, String erase) {
    }

    static final Words ENGLISH = new Words("en", "Harbour Alliance: how is our partnership doing?",
            "Run by Demo Consultancy for the 2026 round.", "Please correct the 3 places marked below",
            "Please choose one answer.", "Your answers so far are saved", "Thank you: your answers are saved",
            "Your answers were sent", "Part 2 of 8", "Erase my answers");
    static final Words SPANISH = new Words("es", "Alianza del Puerto: ¿cómo va nuestra alianza?",
            "Lo realiza Demo Consultancy para la ronda 2026-es.", "Corrija los 3 puntos marcados abajo",
            "Elija una respuesta.", "Sus respuestas hasta ahora están guardadas", "Gracias: sus respuestas están guardadas",
            "Sus respuestas se enviaron", "Parte 2 de 8", "Borrar mis respuestas");

    static ChromeDriver browser;

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

    @Test
    void anEnglishRespondentAnswersTheFullFormAcrossPagesLeavesResumesAndCannotSendTwice() throws Exception {
        StoredRound round = round("harbour-alliance", "Harbour Alliance", "2026", QuestionnaireForm.FULL, "en");
        walkThrough(round, ENGLISH, 93);
    }

    @Test
    void aSpanishRespondentDoesTheSameInSpanish() throws Exception {
        StoredRound round = round("alianza-del-puerto", "Alianza del Puerto", "2026-es", QuestionnaireForm.SHORT, "es");
        walkThrough(round, SPANISH, 40);
    }

    private void walkThrough(StoredRound round, Words words, int statements) throws Exception {
        String shot = "form-phone-" + words.language();
        browser.manage().window().setSize(new Dimension(360, 800));
        browser.get(url("/q/" + round.shareToken()));
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo(words.language());
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo(words.heading());
        assertThat(browser.findElement(By.id("run-by")).getText()).isEqualTo(words.runBy());
        assertThat(browser.findElement(By.id("estimate")).getText()).startsWith(statements + " ");
        Chromium.assertAccessible(browser, "the start page");
        Chromium.screenshot(browser, shot + "-start");
        Chromium.clickAndWait(browser, browser.findElement(By.id("start")));

        // a mistake: Next without saying who you are
        Chromium.clickAndWait(browser, browser.findElement(By.id("next")));
        WebElement summary = browser.findElement(By.id("error-summary"));
        assertThat(summary.getText()).contains(words.errorSummary());
        assertThat(browser.switchTo().activeElement().getAttribute("id")).as("the summary takes the focus")
                .isEqualTo("error-summary");
        assertThat(browser.findElement(By.id("e-sector")).getText()).isEqualTo(words.chooseOne());
        Chromium.assertAccessible(browser, "page 1 with its errors");
        Chromium.screenshot(browser, shot + "-errors");
        summary.findElements(By.tagName("a")).get(1).click();
        assertThat(browser.switchTo().activeElement().getAttribute("id")).as("the link leads to the field itself")
                .isEqualTo("role-first");

        Chromium.choose(browser, "sector", "NONPROFIT");
        Chromium.choose(browser, "role", "PARTNER_REPRESENTATIVE");
        Chromium.choose(browser, "tenure", "ONE_TO_3_YEARS");
        Chromium.clickAndWait(browser, browser.findElement(By.id("next")));
        assertThat(browser.findElement(By.id("progress-label")).getText()).startsWith(words.progress());
        List<WebElement> first = browser.findElements(By.cssSelector("fieldset[id^=f-Q]"));
        String firstItem = first.get(0).getAttribute("id").substring(2);
        Chromium.choose(browser, firstItem, "2");
        Chromium.assertAccessible(browser, "a page of statements");
        Chromium.screenshot(browser, shot + "-statements");

        // save, leave, and come back from the private link
        Chromium.clickAndWait(browser, browser.findElement(By.id("save-later")));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo(words.saved());
        String resume = browser.findElement(By.id("resume-link")).getAttribute("value");
        Chromium.assertAccessible(browser, "the saved page");
        browser.manage().deleteAllCookies();
        browser.get("about:blank");
        browser.get(resume);
        assertThat(browser.getCurrentUrl()).as("resuming opens the first page left to answer").endsWith("/2");
        assertThat(browser.findElement(By.cssSelector("input[name='" + firstItem + "'][value='2']")).isSelected())
                .as("the answer given before leaving is kept").isTrue();

        int answered = 0;
        while (!browser.findElements(By.cssSelector("fieldset[id^=f-Q]")).isEmpty()) {
            for (WebElement item : browser.findElements(By.cssSelector("fieldset[id^=f-Q]"))) {
                String id = item.getAttribute("id").substring(2);
                Chromium.choose(browser, id, id.equals(firstItem) ? "2" : "4");
                answered++;
            }
            Chromium.clickAndWait(browser, browser.findElement(By.id("next")));
        }
        assertThat(answered).isEqualTo(statements);
        browser.findElement(By.id("OPEN2")).sendKeys("Una reunión mensual & <menos> correos");
        Chromium.assertAccessible(browser, "the last page");
        Chromium.clickAndWait(browser, browser.findElement(By.id("send")));

        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo(words.thanks());
        assertThat(browser.findElement(By.id("receipt")).getText()).matches(".*[0-9A-Z]{4}(-[0-9A-Z]{4}){3}");
        Chromium.assertAccessible(browser, "the thank-you page");
        Chromium.fullPage(browser, 360);
        Chromium.screenshot(browser, shot + "-thanks");

        String eraseLink = browser.findElement(By.cssSelector("a[href^='/q/erase']")).getAttribute("href");

        // Back: the last page again, as a page that says the answers went, not a resubmission
        browser.navigate().back();
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo(words.sent());
        assertThat(browser.findElements(By.id("send"))).isEmpty();
        Chromium.assertAccessible(browser, "the page Back shows");
        assertThat(assessments.responseCount(round.id())).isEqualTo(1);

        // the erasure page the thank-you page links to, in the same language
        browser.get(eraseLink);
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo(words.language());
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo(words.erase());
        Chromium.assertAccessible(browser, "the erasure page");
    }

    private StoredRound round(String slug, String name, String period, QuestionnaireForm form, String language) {
        long organisation = accounts.organisationId("Demo Consultancy").orElseThrow();
        StoredPartnership partnership = assessments.createPartnership(organisation, slug, name);
        return assessments.createRound(organisation, partnership.id(), period, form, null, language);
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

}
