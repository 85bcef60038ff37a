package org.partnershiphealth.advisor.intake;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * How the numbers of a survey tool's "numeric values" export map onto the questionnaire's 5-point agreement scale.
 * SurveyMonkey and Qualtrics number the choices of a question in the order they are listed, so "Don't know", listed
 * after "Strongly agree", becomes 6 on a 5-point scale; a 7-point scale (Strongly disagree, Disagree, Somewhat
 * disagree, Neither, Somewhat agree, Agree, Strongly agree) is folded onto five points by joining "somewhat" with
 * its plain neighbour, which is how its labels read too.
 */
public enum AnswerScale {
    FIVE("5", "the 5-point agreement scale (1 = Strongly disagree ... 5 = Strongly agree)", 0,
            new int[]{1, 2, 3, 4, 5}),
    FIVE_DK_6("5+dk6", "the 5-point agreement scale with \"Don't know\" numbered 6", 6, new int[]{1, 2, 3, 4, 5}),
    SEVEN("7", "a 7-point agreement scale, read on five points as 1 → 1, 2-3 → 2, 4 → 3, 5-6 → 4, 7 → 5", 0,
            new int[]{1, 2, 2, 3, 4, 4, 5}),
    SEVEN_DK_8("7+dk8", "a 7-point agreement scale with \"Don't know\" numbered 8, read on five points as"
            + " 1 → 1, 2-3 → 2, 4 → 3, 5-6 → 4, 7 → 5", 8, new int[]{1, 2, 2, 3, 4, 4, 5});

    /** The recode value survey designers commonly give "Don't know" in Qualtrics; no scale reaches it. */
    public static final int DONT_KNOW_RECODE = 99;
    /** Qualtrics' code for a question that was shown but not answered. */
    public static final int SEEN_NOT_ANSWERED = -99;

    private final String option;
    private final String description;
    private final int dontKnowCode;
    private final int[] fivePointValue;

    AnswerScale(String option, String description, int dontKnowCode, int[] fivePointValue) {
        this.option = option;
        this.description = description;
        this.dontKnowCode = dontKnowCode;
        this.fivePointValue = fivePointValue;
    }

    /** As written on the command line and in the web picker: 5, 5+dk6, 7, 7+dk8. */
    public String option() {
        return option;
    }

    public String description() {
        return description;
    }

    /** The highest code this scale uses. */
    public int highestCode() {
        return dontKnowCode > 0 ? dontKnowCode : fivePointValue.length;
    }

    /** The answer a code stands for as the reader understands it ("4", "dont_know"), or null if no code of this scale. */
    public String decode(int code) {
        if (code == DONT_KNOW_RECODE || (dontKnowCode > 0 && code == dontKnowCode)) {
            return "dont_know";
        }
        if (code == SEEN_NOT_ANSWERED) {
            return "";
        }
        return code >= 1 && code <= fivePointValue.length ? Integer.toString(fivePointValue[code - 1]) : null;
    }

    /** @throws IllegalArgumentException naming the choices, when {@code written} is none of them */
    public static AnswerScale parse(String written) {
        String wanted = written == null ? "" : written.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(scale -> scale.option.equals(wanted)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("\"" + written + "\" is not an answer scale (use one of "
                        + Arrays.stream(values()).map(AnswerScale::option).collect(Collectors.joining(", ")) + ")"));
    }
}
