package org.partnershiphealth.advisor.service;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/** Every language of the respondent's texts says everything English says, and every text formats. */
class RespondentTextTest {

    @Test
    void spanishHasEveryKeyOfEnglishAndNoOtherAndEveryTextFormats() throws IOException {
        Properties english = load("i18n/respondent.properties");
        Properties spanish = load("i18n/respondent_es.properties");

        assertThat(new TreeSet<>(spanish.stringPropertyNames())).isEqualTo(new TreeSet<>(english.stringPropertyNames()));
        for (Properties language : new Properties[] {english, spanish}) {
            for (String key : language.stringPropertyNames()) {
                String text = language.getProperty(key);
                assertThat(text).as(key).isNotBlank();
                MessageFormat format = new MessageFormat(text);
                assertThat(format.format(new Object[] {"A", "B", "C", "D", "E", "F"})).as(key).doesNotContain("{");
                assertThat(placeholders(text)).as("the same arguments in every language: " + key)
                        .isEqualTo(placeholders(english.getProperty(key)));
            }
        }
        assertThat(spanish.getProperty("q.next")).isEqualTo("Siguiente");
    }

    @Test
    void anApostropheSurvivesFormattingWithAndWithoutArguments() {
        RespondentText.Texts english = new RespondentText.Texts("en",
                java.util.ResourceBundle.getBundle("i18n.respondent", java.util.Locale.ROOT));

        assertThat(english.t("thanks.body", "2026", "Harbour Alliance")).contains("everyone else's");
        assertThat(english.t("q.scaleHelp", "Don't know")).contains("\u201cDon't know\u201d");
    }

    private static Set<String> placeholders(String text) {
        Set<String> found = new TreeSet<>();
        java.util.regex.Matcher matcher = java.util.regex.Pattern.compile("\\{(\\d)}").matcher(text);
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found;
    }

    private static Properties load(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = RespondentTextTest.class.getClassLoader().getResourceAsStream(resource)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
