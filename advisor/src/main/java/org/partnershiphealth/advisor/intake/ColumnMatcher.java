package org.partnershiphealth.advisor.intake;

import org.partnershiphealth.knowledge.Question;
import org.partnershiphealth.knowledge.Questionnaire;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Matches a column header to what it holds: by question id ("Q18C", "Q18C - Our partnership meetings...",
 * "[Q18C]"), or by the question's text however the survey tool decorated it (numbering, trailing asterisks,
 * different quotes, case). Profile and id columns match by name or by the profile question's text.
 */
public final class ColumnMatcher {

    private static final Pattern QUESTION_ID = Pattern.compile("(?i)(?:^|[^A-Z0-9])(Q\\d\\d[A-Z])(?:$|[^A-Z0-9])");
    private static final Pattern OPEN_ID = Pattern.compile("(?i)^\\W*(OPEN\\d+)\\b");
    private static final Set<String> RESPONDENT_ID = Set.of("respondent", "respondent id", "respondentid",
            "respondent_id", "id", "response id", "responseid", "response_id");
    /** Columns survey tools add that carry no answer; ignored on purpose (e-mail and names are never read). */
    private static final Set<String> IGNORED = Set.of("timestamp", "start time", "completion time", "email",
            "e mail", "email address", "name", "last modified time", "collector id", "start date", "end date",
            "ip address", "first name", "last name", "custom data 1", "status", "progress", "duration in seconds",
            "finished", "recorded date", "recipient last name", "recipient first name", "recipient email",
            "external reference", "location latitude", "location longitude", "distribution channel",
            "user language", "startdate", "enddate", "ipaddress", "recordeddate", "responseid", "total points",
            "quiz feedback", "your name", "full name", "your email", "your email address", "your e mail",
            "phone", "phone number", "your organisation", "your organization", "organisation name",
            "organization name", "job title", "your job title");

    private final Map<String, String> questionIdsByText = new LinkedHashMap<>();
    private final Map<String, String> openIdsByText = new HashMap<>();
    private final Set<String> questionIds;
    private final String sectorText;
    private final String roleText;
    private final String tenureText;

    public ColumnMatcher(Questionnaire questionnaire) {
        for (Question question : questionnaire.items()) {
            questionIdsByText.put(Likert.normalise(question.text()), question.id());
            question.formerTexts().forEach(former -> questionIdsByText.put(Likert.normalise(former), question.id()));
        }
        questionnaire.open().forEach(open -> openIdsByText.put(Likert.normalise(open.text()), open.id()));
        this.questionIds = Set.copyOf(questionIdsByText.values());
        this.sectorText = Likert.normalise(questionnaire.profile().sectorQuestion());
        this.roleText = Likert.normalise(questionnaire.profile().roleQuestion());
        this.tenureText = Likert.normalise(questionnaire.profile().tenureQuestion());
    }

    public Column match(String header) {
        if (header == null) {
            return Column.of(Column.Kind.UNMAPPED);
        }
        String raw = header.strip().replace("\uFEFF", "");
        String text = stripDecoration(Likert.normalise(raw));
        Matcher id = QUESTION_ID.matcher(raw);
        if (id.find() && questionIds.contains(id.group(1).toUpperCase(Locale.ROOT))) {
            return Column.question(id.group(1).toUpperCase(Locale.ROOT));
        }
        Matcher open = OPEN_ID.matcher(raw);
        if (open.find()) {
            return new Column(Column.Kind.OPEN, open.group(1).toUpperCase(Locale.ROOT));
        }
        if (text.equals("sector") || text.equals(sectorText) || text.contains(sectorText)) {
            return Column.of(Column.Kind.SECTOR);
        }
        if (text.equals("role") || text.equals(roleText) || text.contains(roleText)) {
            return Column.of(Column.Kind.ROLE);
        }
        if (text.equals("tenure") || text.equals(tenureText) || text.contains(tenureText)) {
            return Column.of(Column.Kind.TENURE);
        }
        if (RESPONDENT_ID.contains(text) || RESPONDENT_ID.contains(raw.toLowerCase(Locale.ROOT))) {
            return Column.of(Column.Kind.RESPONDENT_ID);
        }
        String byText = questionIdsByText.get(text);
        if (byText != null) {
            return Column.question(byText);
        }
        for (Map.Entry<String, String> entry : questionIdsByText.entrySet()) {
            if (text.contains(entry.getKey())) {
                return Column.question(entry.getValue());
            }
        }
        for (Map.Entry<String, String> entry : openIdsByText.entrySet()) {
            if (text.equals(entry.getKey()) || text.contains(entry.getKey())) {
                return new Column(Column.Kind.OPEN, entry.getValue());
            }
        }
        if (IGNORED.contains(text) || IGNORED.contains(raw.toLowerCase(Locale.ROOT))) {
            return Column.of(Column.Kind.IGNORED);
        }
        return profileByWording(text);
    }

    /**
     * Profile columns of a form someone built by hand: short headers such as "Your sector", "Organisation type",
     * "Your role", "Years involved" or "How long involved". Asked only after every question text failed, and only
     * of headers of a few words, so that a statement that mentions a sector is never taken for the sector.
     */
    private static Column profileByWording(String text) {
        String words = text.replaceFirst("^(your|my|the) ", "");
        if (words.split(" ").length > 5) {
            return Column.of(Column.Kind.UNMAPPED);
        }
        if (words.matches(".*\\b(sector|organi[sz]ation type|type of organi[sz]ation|kind of organi[sz]ation)\\b.*")) {
            return Column.of(Column.Kind.SECTOR);
        }
        if (words.matches(".*\\brole\\b.*")) {
            return Column.of(Column.Kind.ROLE);
        }
        if (words.matches(".*\\b(years|tenure|how long|time involved|length of involvement|involved since)\\b.*")) {
            return Column.of(Column.Kind.TENURE);
        }
        return Column.of(Column.Kind.UNMAPPED);
    }

    /** The question id a header names, known or not ("Q99Z" in a native CSV is an unknown question, not noise). */
    public static java.util.Optional<String> questionIdIn(String header) {
        Matcher id = QUESTION_ID.matcher(header == null ? "" : header.strip());
        return id.find() ? java.util.Optional.of(id.group(1).toUpperCase(Locale.ROOT)) : java.util.Optional.empty();
    }

    /** Leading numbering ("12 ", "q3 ") left by survey tools; the text has already been normalised. */
    private static String stripDecoration(String text) {
        return text.replaceFirst("^(q?\\d+(\\.\\d+)*\\s)", "").strip();
    }
}
