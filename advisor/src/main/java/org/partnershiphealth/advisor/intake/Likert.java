package org.partnershiphealth.advisor.intake;

import org.partnershiphealth.assessment.Answer;
import org.partnershiphealth.knowledge.Questionnaire;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads an answer as people write it: 1-5, the scale's labels in any case ("Strongly agree", "agree"),
 * survey-tool variants ("4 - Agree", "Neither agree or disagree") and the usual ways of saying "don't know".
 * Blank means the item was not answered, which is different from "don't know".
 */
public final class Likert {

    private static final Set<String> DONT_KNOW = Set.of("dont know", "don t know", "do not know", "dk", "na",
            "n a", "not applicable", "dont know not applicable", "don t know not applicable", "unsure", "no opinion",
            "dont_know", "dontknow", "prefer not to say", "not sure");

    /** A leading number as written: sign, whole part, and a fraction after a point or a comma. */
    private static final java.util.regex.Pattern NUMBER =
            java.util.regex.Pattern.compile("([+-]?)(\\d+)(?:[.,](\\d+))?(?![\\d.,])");

    private final Map<String, Integer> labels = new HashMap<>();

    public Likert(Questionnaire questionnaire) {
        questionnaire.scale().forEach(point -> labels.put(normalise(point.label()), point.value()));
        labels.put(normalise("Neither agree or disagree"), 3);
        labels.put(normalise("Neutral"), 3);
        // Qualtrics' default 5-point labels, and the inner points of 7-point scales, folded as AnswerScale folds codes
        labels.put(normalise("Somewhat agree"), 4);
        labels.put(normalise("Somewhat disagree"), 2);
        labels.put(normalise("Slightly agree"), 4);
        labels.put(normalise("Slightly disagree"), 2);
        labels.put(normalise(questionnaire.dontKnow()), null);
    }

    /** The answer, or empty when the cell is blank (not answered). Throws with a plain reason when unreadable. */
    public Optional<Answer> read(String written) {
        if (written == null || written.isBlank()) {
            return Optional.empty();
        }
        if (written.length() == 1 && written.charAt(0) >= '1' && written.charAt(0) <= '5') {
            return Optional.of(Answer.of(written.charAt(0) - '0'));
        }
        // a number is read as written, before normalising drops signs and commas: "-1" and "2,9" are not answers
        java.util.regex.Matcher number = NUMBER.matcher(written.strip());
        if (number.lookingAt()) {
            boolean signed = !number.group(1).isEmpty();
            boolean fraction = number.group(3) != null && !number.group(3).matches("0{1,2}");
            if (signed || fraction) {
                throw new IllegalArgumentException("\"" + written.strip() + "\" is not on the 1-5 agreement scale"
                        + " (use a whole number from 1 to 5, a scale label or \"Don't know\")");
            }
        }
        if (written.equals("dont_know")) {
            return Optional.of(Answer.dontKnow());
        }
        String text = normalise(written);
        if (DONT_KNOW.contains(text) || text.replace(" ", "").equals("dontknow")) {
            return Optional.of(Answer.dontKnow());
        }
        if (labels.containsKey(text)) {
            Integer value = labels.get(text);
            return Optional.of(value == null ? Answer.dontKnow() : Answer.of(value));
        }
        // "4 - Agree", "4 Agree", "4.0"
        String leading = text.split(" ")[0];
        if (leading.matches("\\d+(\\.0+)?")) {
            int value = (int) Double.parseDouble(leading);
            if (value < Answer.MIN || value > Answer.MAX) {
                throw new IllegalArgumentException(
                        "\"" + written.strip() + "\" is not on the 1-5 agreement scale (use 1-5, a scale label or \"Don't know\")");
            }
            return Optional.of(Answer.of(value));
        }
        throw new IllegalArgumentException("\"" + written.strip() + "\" is not an answer on the agreement scale"
                + " (use 1-5, \"Strongly disagree\" ... \"Strongly agree\", or \"Don't know\")");
    }

    /** Lower case, accents and punctuation removed, spaces collapsed: "Don't know / N.A." becomes "don t know n a". */
    public static String normalise(String text) {
        String plain = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFKD)).replaceAll("");
        String words = NOT_WORD.matcher(plain.toLowerCase(Locale.ROOT).replace("’", "'").replace("'", ""))
                .replaceAll(" ");
        return SPACES.matcher(LONE_DOT.matcher(words).replaceAll(" ").strip()).replaceAll(" ");
    }

    // compiled once: normalise runs for every profile answer and label of every file
    private static final java.util.regex.Pattern MARKS = java.util.regex.Pattern.compile("\\p{M}");
    private static final java.util.regex.Pattern NOT_WORD = java.util.regex.Pattern.compile("[^a-z0-9.]+");
    private static final java.util.regex.Pattern LONE_DOT = java.util.regex.Pattern.compile("(?<!\\d)\\.|\\.(?!\\d)");
    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile(" +");
}
