package org.partnershiphealth.advisor.intake.csv;

import org.partnershiphealth.advisor.intake.AnswerScale;
import org.partnershiphealth.advisor.intake.IntakeProblem;
import org.partnershiphealth.advisor.intake.RawRespondent;
import org.partnershiphealth.knowledge.Option;
import org.partnershiphealth.knowledge.Questionnaire;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Turns the numbers of a "numeric values" export back into answers. The scale is the one asked for, or the
 * 5-point scale when no number is above 5. Numbers from 6 to 8 are never read on a guess: 6 fits a 7-point scale and
 * the 5-point scale with "Don't know" as its sixth choice, and a lone 7 may be a 7-point scale or a typing mistake;
 * reading the whole file on the wrong one would move half the answers a point, so the user says which. Profile answers written as numbers are the position of the
 * option in the questionnaire's list, which is how a survey built from it numbers them.
 */
final class CodedAnswers {

    private static final Pattern WHOLE_NUMBER = Pattern.compile("-?\\d{1,4}");

    private CodedAnswers() {
    }

    /** What was decoded, for the user to read; {@code problem} when the scale is ambiguous and was not given. */
    record Decoded(List<String> notes, Optional<IntakeProblem> problem) {
    }

    static Decoded apply(String file, List<RawRespondent> respondents, AnswerScale chosen,
                         Questionnaire.ProfileQuestions profile) {
        List<String> notes = new ArrayList<>();
        int highest = 0;
        boolean recodedDontKnow = false;
        boolean seenNotAnswered = false;
        for (RawRespondent respondent : respondents) {
            for (RawRespondent.Cell cell : respondent.answers().values()) {
                Integer code = code(cell.value());
                if (code == null) {
                    continue;
                }
                recodedDontKnow |= code == AnswerScale.DONT_KNOW_RECODE;
                seenNotAnswered |= code == AnswerScale.SEEN_NOT_ANSWERED;
                if (code != AnswerScale.DONT_KNOW_RECODE && code != AnswerScale.SEEN_NOT_ANSWERED) {
                    highest = Math.max(highest, code);
                }
            }
        }
        AnswerScale scale = chosen;
        if (scale == null) {
            if (highest > AnswerScale.FIVE.highestCode() && highest <= AnswerScale.SEVEN_DK_8.highestCode()) {
                return new Decoded(notes, Optional.of(IntakeProblem.inFile(file, "some answers are numbers above 5"
                        + " (up to " + highest + "), so the export may count on another scale than 1-5: say which with"
                        + " --scale 7 (a 7-point scale), --scale 5+dk6 (5 points with \"Don't know\" numbered 6, how"
                        + " SurveyMonkey and Qualtrics number it by default), --scale 7+dk8, or --scale 5 if they are"
                        + " mistakes to be reported row by row (on the web import page: the answer scale choice)")));
            }
            scale = AnswerScale.FIVE;
        }
        if (scale != AnswerScale.FIVE || chosen != null) {
            notes.add("Numbered answers were read on " + scale.description() + ".");
        }
        if (recodedDontKnow) {
            notes.add("The code " + AnswerScale.DONT_KNOW_RECODE + " was read as \"Don't know\".");
        }
        if (seenNotAnswered) {
            notes.add("The code " + AnswerScale.SEEN_NOT_ANSWERED + " (shown but not answered) was read as no answer.");
        }
        for (RawRespondent respondent : respondents) {
            decodeAnswers(respondent, scale);
        }
        boolean profileCodes = decodeProfile(respondents, profile.sector(), RawRespondent::sector, RawRespondent::sector)
                | decodeProfile(respondents, profile.role(), RawRespondent::role, RawRespondent::role)
                | decodeProfile(respondents, profile.tenure(), RawRespondent::tenure, RawRespondent::tenure);
        if (profileCodes) {
            notes.add("Profile answers written as numbers were read by the order of the options in the questionnaire"
                    + " (sector 1 = " + profile.sector().get(0).label() + ", and so on).");
        }
        return new Decoded(notes, Optional.empty());
    }

    private static void decodeAnswers(RawRespondent respondent, AnswerScale scale) {
        for (Map.Entry<String, RawRespondent.Cell> entry : respondent.answers().entrySet()) {
            Integer code = code(entry.getValue().value());
            String decoded = code == null ? null : scale.decode(code);
            if (decoded != null) {
                entry.setValue(new RawRespondent.Cell(decoded, entry.getValue().source()));
            }
        }
    }

    private static boolean decodeProfile(List<RawRespondent> respondents, List<Option> options,
                                         Function<RawRespondent, String> get, BiConsumer<RawRespondent, String> set) {
        boolean any = false;
        for (RawRespondent respondent : respondents) {
            Integer code = code(get.apply(respondent));
            if (code != null && code >= 1 && code <= options.size()) {
                set.accept(respondent, options.get(code - 1).code());
                any = true;
            }
        }
        return any;
    }

    private static Integer code(String value) {
        if (value == null) {
            return null;
        }
        String text = value.strip();
        return WHOLE_NUMBER.matcher(text).matches() ? Integer.valueOf(text) : null;
    }
}
