package org.partnershiphealth.advisor.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A respondent going through the paged questionnaire over real HTTP, as a browser without JavaScript would: start
 * page, one post per page, following each redirect. Keeps its own cookies (the flash messages ride on them).
 */
final class FormRespondent {

    private static final Pattern ITEM = Pattern.compile("name=\"(Q\\d\\d[A-Z])\"");
    private static final Pattern RECEIPT = Pattern.compile("<strong>([0-9A-Z]{4}(?:-[0-9A-Z]{4}){3})</strong>");

    private final Http http;
    String draftPath;

    FormRespondent(int port) {
        this.http = Http.anonymous(port).browser();
    }

    Http http() {
        return http;
    }

    /** Opens the link and presses Start; returns the path of the draft's first page. */
    String start(String token) {
        Http.Reply page = http.get("/q/" + token);
        assertThat(page.status()).as(page.text()).isEqualTo(200);
        Http.Reply started = http.form("/q/" + token + "/start", Map.of());
        assertThat(started.status()).isEqualTo(302);
        draftPath = path(started.location()).replaceAll("/1$", "");
        return draftPath + "/1";
    }

    /** Posts one page and returns where the redirect leads. */
    String post(int page, Map<String, String> fields) {
        Http.Reply reply = http.form(draftPath + "/" + page, fields);
        assertThat(reply.status()).as(reply.text()).isEqualTo(302);
        return path(reply.location());
    }

    Http.Reply get(String path) {
        return http.get(path);
    }

    /**
     * Answers every statement of every page with {@code tone}, the profile as given, and sends; returns the receipt
     * code shown on the thank-you page.
     */
    String answerAll(String token, String sector, String role, String tenure, int tone) {
        start(token);
        String next = post(1, Map.of("sector", sector, "role", role, "tenure", tenure, "go", "next"));
        int page = 2;
        while (true) {
            Http.Reply shown = http.get(next);
            assertThat(shown.status()).isEqualTo(200);
            Map<String, String> fields = new LinkedHashMap<>();
            Matcher items = ITEM.matcher(shown.text());
            while (items.find()) {
                fields.put(items.group(1), Integer.toString(tone));
            }
            if (fields.isEmpty()) {
                break;
            }
            fields.put("go", "next");
            next = post(page++, fields);
        }
        String thanks = post(page, Map.of("OPEN1", "More of the same, please", "go", "send"));
        assertThat(thanks).startsWith("/q/thanks");
        Matcher receipt = RECEIPT.matcher(http.get(thanks).text());
        assertThat(receipt.find()).as("a receipt code on the thank-you page").isTrue();
        return receipt.group(1);
    }

    static String path(String location) {
        return location.replaceFirst("^https?://[^/]+", "");
    }
}
