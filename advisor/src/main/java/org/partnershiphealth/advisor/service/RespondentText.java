package org.partnershiphealth.advisor.service;

import org.partnershiphealth.advisor.diagnosis.Advisor;
import org.springframework.stereotype.Component;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The fixed text a respondent reads (form, pages around it, invitation e-mails) in the round's language, from
 * {@code i18n/respondent[_<code>].properties}. The questionnaire's own content comes translated from the knowledge
 * base; a language is offered only when both exist.
 */
@Component
public class RespondentText {

    static final String BUNDLE = "i18n.respondent";
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final Map<String, String> languages;

    public RespondentText(Advisor advisor) {
        Map<String, String> offered = new java.util.LinkedHashMap<>();
        advisor.knowledge().languages().forEach((code, name) -> {
            if (code.equals("en") || bundle(code).getLocale().getLanguage().equals(code)) {
                offered.put(code, name);
            }
        });
        this.languages = java.util.Collections.unmodifiableMap(offered);
    }

    /** Languages respondents can be asked in: code to the language's own name, English first. */
    public Map<String, String> languages() {
        return languages;
    }

    /** The language's code if it is offered; otherwise an error naming those that are. */
    public String require(String language) {
        if (language == null || !languages.containsKey(language)) {
            throw new IllegalArgumentException("language: one of " + String.join(", ", languages.keySet())
                    + ", not \"" + language + "\"");
        }
        return language;
    }

    /** The texts in {@code language}; English when it is not offered. */
    public Texts in(String language) {
        String code = languages.containsKey(language) ? language : "en";
        return new Texts(code, bundle(code));
    }

    private static ResourceBundle bundle(String language) {
        return ResourceBundle.getBundle(BUNDLE, Locale.forLanguageTag(language), NO_FALLBACK);
    }

    /** One language's texts, for templates ({@code t.t("q.next")}) and e-mails. */
    public static final class Texts {
        private final String language;
        private final ResourceBundle bundle;

        Texts(String language, ResourceBundle bundle) {
            this.language = language;
            this.bundle = bundle;
        }

        public String getLanguage() {
            return language;
        }

        public String t(String key) {
            return format(key);
        }

        private String raw(String key) {
            try {
                return bundle.getString(key);
            } catch (MissingResourceException e) {
                throw new IllegalStateException("No text " + key + " in " + BUNDLE + " for " + language, e);
            }
        }

        public String t(String key, Object a) {
            return format(key, a);
        }

        public String t(String key, Object a, Object b) {
            return format(key, a, b);
        }

        public String t(String key, Object a, Object b, Object c) {
            return format(key, a, b, c);
        }

        public String format(String key, Object... arguments) {
            Object[] plain = java.util.Arrays.stream(arguments)
                    .map(a -> a instanceof Number n ? n.toString() : a).toArray();
            return new MessageFormat(raw(key), Locale.forLanguageTag(language)).format(plain);
        }
    }
}
