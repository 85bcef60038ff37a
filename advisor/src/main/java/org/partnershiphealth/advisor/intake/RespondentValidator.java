package org.partnershiphealth.advisor.intake;

import org.partnershiphealth.advisor.Limits;
import org.partnershiphealth.assessment.Answer;
import org.partnershiphealth.assessment.Profile;
import org.partnershiphealth.assessment.Respondent;
import org.partnershiphealth.assessment.Role;
import org.partnershiphealth.assessment.Sector;
import org.partnershiphealth.assessment.Tenure;
import org.partnershiphealth.knowledge.Questionnaire;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Turns raw respondents into checked ones, collecting every problem with its row and column: answers off the
 * scale, missing or unknown profile values, respondents who answered nothing, duplicate ids.
 */
final class RespondentValidator {

    private final Likert likert;
    private final ProfileCodes profiles;

    private final java.util.Set<String> openQuestions;

    RespondentValidator(Questionnaire questionnaire) {
        this.likert = new Likert(questionnaire);
        this.profiles = new ProfileCodes(questionnaire);
        this.openQuestions = questionnaire.open().stream().map(q -> q.id())
                .collect(java.util.stream.Collectors.toCollection(java.util.TreeSet::new));
    }

    /** A respondent that passed, or the problems of its row. */
    record Checked(RawRespondent raw, Respondent respondent, List<IntakeProblem> problems) {
    }

    List<Checked> check(String file, List<RawRespondent> rows) {
        Map<String, Integer> firstRowOfId = new HashMap<>();
        List<Checked> checked = new ArrayList<>();
        for (RawRespondent raw : rows) {
            List<IntakeProblem> problems = new ArrayList<>();
            String id = raw.id() == null || raw.id().isBlank() ? "row-" + raw.row() : raw.id().strip();
            if (id.length() > Limits.RESPONDENT_ID) {
                problems.add(new IntakeProblem(file, raw.row(), "respondent id", "the respondent id has "
                        + id.length() + " characters; at most " + Limits.RESPONDENT_ID));
            }
            raw.comments().keySet().stream().filter(question -> !openQuestions.contains(question)).limit(20)
                    .forEach(question -> problems.add(new IntakeProblem(file, raw.row(), "comments." + question,
                            "unknown open question id " + question + "; the open questions are " + openQuestions)));
            raw.comments().forEach((question, text) -> {
                int length = text == null ? 0 : text.codePointCount(0, text.length());
                if (length > Limits.COMMENT) {
                    problems.add(new IntakeProblem(file, raw.row(), question, "the comment has " + length
                            + " characters; at most " + Limits.COMMENT));
                }
            });
            Integer earlier = firstRowOfId.putIfAbsent(id, raw.row());
            if (earlier != null) {
                problems.add(new IntakeProblem(file, raw.row(), "respondent id",
                        "duplicate respondent \"" + id + "\" (also in row " + earlier + ")"));
            }
            Sector sector = profile(file, raw, "sector", raw.sector(), profiles::sector, problems);
            Role role = profile(file, raw, "role", raw.role(), profiles::role, problems);
            Tenure tenure = profile(file, raw, "tenure", raw.tenure(), profiles::tenure, problems);
            Map<String, Answer> answers = new LinkedHashMap<>();
            boolean unreadable = false;
            for (Map.Entry<String, RawRespondent.Cell> entry : raw.answers().entrySet()) {
                try {
                    Optional<Answer> answer = likert.read(entry.getValue().value());
                    answer.ifPresent(value -> answers.put(entry.getKey(), value));
                } catch (IllegalArgumentException e) {
                    unreadable = true;
                    problems.add(new IntakeProblem(file, raw.row(), entry.getValue().source(), e.getMessage()));
                }
            }
            if (answers.isEmpty() && !unreadable) {
                problems.add(new IntakeProblem(file, raw.row(), null, "the respondent answered no question"));
            }
            Respondent respondent = problems.isEmpty()
                    ? new Respondent(id, new Profile(sector, role, tenure), answers, raw.comments())
                    : null;
            checked.add(new Checked(raw, respondent, problems));
        }
        return checked;
    }

    private static <E> E profile(String file, RawRespondent raw, String field, String written,
                                 Function<String, E> read, List<IntakeProblem> problems) {
        try {
            return read.apply(written);
        } catch (IllegalArgumentException e) {
            problems.add(new IntakeProblem(file, raw.row(), field, e.getMessage()));
            return null;
        }
    }
}
