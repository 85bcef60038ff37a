package org.partnershiphealth.advisor.web;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.partnershiphealth.advisor.AdvisorApplication;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Several pages of one fresh session requested at once (tabs opened together right after logging in, or a load
 * benchmark) each create the session's CSRF token; the session store must take the last one, not fail the others
 * with a duplicate key (a 500). Found by the read benchmark of issue 17; run on H2 and PostgreSQL, whose upserts
 * differ.
 */
@ExtendWith(OutputCaptureExtension.class)
@SpringBootTest(classes = AdvisorApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"logging.structured.format.console=", "pha.admin.require-password-change=false"})
abstract class ConcurrentSessionTest {

    private static final int TABS = 16;

    @LocalServerPort
    int port;

    @Test
    void pagesOfAFreshSessionRequestedAtOnceAreAllServedAndStoreTheSessionWithoutError(CapturedOutput output)
            throws Exception {
        for (int attempt = 0; attempt < 5; attempt++) {
            HttpClient browser = loggedIn();
            CyclicBarrier together = new CyclicBarrier(TABS);
            ExecutorService tabs = Executors.newFixedThreadPool(TABS);
            try {
                List<Future<Integer>> pages = new ArrayList<>();
                for (int tab = 0; tab < TABS; tab++) {
                    pages.add(tabs.submit(() -> {
                        together.await();
                        return browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/app"))
                                .build(), HttpResponse.BodyHandlers.discarding()).statusCode();
                    }));
                }
                for (Future<Integer> page : pages) {
                    assertThat(page.get()).isEqualTo(200);
                }
            } finally {
                tabs.shutdownNow();
            }
        }
        assertThat(output.getAll()).doesNotContain("DuplicateKeyException").doesNotContain("SPRING_SESSION_ATTRIBUTES");
    }

    private HttpClient loggedIn() throws Exception {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        String page = browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page);
        assertThat(csrf.find()).isTrue();
        String form = "username=" + encode("admin@example.org") + "&password=" + encode("change-me-now") + "&_csrf="
                + encode(csrf.group(1));
        HttpResponse<Void> login = browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.discarding());
        assertThat(login.headers().firstValue("Location").orElse("")).endsWith("/app");
        return browser;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
