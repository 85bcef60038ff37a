package org.partnershiphealth.advisor.web.pages;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** Debian's headless Chromium for the browser tests, and what they do with it. */
final class Chromium {

    static final String BINARY = "/usr/bin/chromium";
    static final String DRIVER = "/usr/bin/chromedriver";
    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private Chromium() {
    }

    static ChromeDriver start(String... extraArguments) throws Exception {
        Files.createDirectories(SCREENSHOTS);
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BINARY);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu");
        options.addArguments(extraArguments);
        return new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(new File(DRIVER)).build(),
                options);
    }

    static void screenshot(ChromeDriver browser, String name) throws Exception {
        File shot = browser.getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }

    /** Resizes the window so the screenshot shows the whole page at this width. */
    static void fullPage(ChromeDriver browser, int width) {
        browser.manage().window().setSize(new Dimension(width, 900));
        long height = (Long) browser.executeScript("return document.documentElement.scrollHeight");
        browser.manage().window().setSize(new Dimension(width, (int) Math.min(height + 40, 6000)));
    }

    /** Clicks a button that submits a form and waits until the next page has replaced this one. */
    static void clickAndWait(ChromeDriver browser, WebElement button) {
        button.click();
        // Chromium reports an element of a page being replaced either as stale or as "not in the document"
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(driver -> {
            try {
                button.isEnabled();
                return false;
            } catch (org.openqa.selenium.StaleElementReferenceException gone) {
                return true;
            } catch (org.openqa.selenium.WebDriverException e) {
                if (e.getMessage() != null && e.getMessage().contains("does not belong to the document")) {
                    return true;
                }
                throw e;
            }
        });
    }

    /** Chooses a radio answer by clicking its label, as a person would. */
    static void choose(ChromeDriver browser, String name, String value) {
        WebElement input = browser.findElement(By.cssSelector("input[name='" + name + "'][value='" + value + "']"));
        browser.executeScript("arguments[0].scrollIntoView({block: 'center'});", input);
        input.findElement(By.xpath("./ancestor::label")).click();
    }

    /** No serious or critical axe-core violation on the open page (checked where axe-core is installed). */
    static void assertAccessible(ChromeDriver browser, String page) throws Exception {
        if (Files.isRegularFile(ReportAccessibilityTest.AXE)) {
            assertThat(ReportAccessibilityTest.seriousViolations(browser, Files.readString(ReportAccessibilityTest.AXE,
                    StandardCharsets.UTF_8))).as("serious or critical axe violations on %s", page).isEmpty();
        }
    }

    /** Runs a test class only where Chromium and its driver are installed; says how to install them otherwise. */
    static final class Installed implements ExecutionCondition {
        @Override
        public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
            boolean present = new File(BINARY).canExecute() && new File(DRIVER).canExecute();
            return present ? ConditionEvaluationResult.enabled("Chromium found")
                    : ConditionEvaluationResult.disabled("Chromium or chromium-driver is not installed (apt-get install"
                    + " chromium chromium-driver), so the browser tests are skipped");
        }
    }
}
