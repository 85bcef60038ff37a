package org.partnershiphealth.advisor.intake;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Problems told by cause rather than row by row: the same reason in the same column on 27 rows is one line that
 * says so and lists the rows, so that one wrong setting never hides the other problems under a wall of repeats.
 * Values in quotes are set aside when comparing reasons ("\"7\" is not on the scale" and "\"9\" is not on the
 * scale" are one cause); the first one found is shown as the example.
 */
public final class ProblemGroups {

    private ProblemGroups() {
    }

    /** One cause: where, the first problem as an example, and every row it concerns (empty for a file problem). */
    public record Group(IntakeProblem example, List<Integer> rows) {

        public Group {
            rows = List.copyOf(rows);
        }

        /** "file, column Q07A: "7" is not on the 1-5 agreement scale ... (27 rows: 2-28)". */
        public String describe() {
            if (rows.size() <= 1) {
                return example.toString();
            }
            String column = example.field() == null ? "" : ", column " + example.field();
            return example.file() + column + ": " + example.message() + " (" + rows.size() + " rows: " + ranges(rows)
                    + ")";
        }
    }

    public static List<Group> of(List<IntakeProblem> problems) {
        Map<List<Object>, List<IntakeProblem>> byCause = new LinkedHashMap<>();
        for (IntakeProblem problem : problems) {
            List<Object> cause = new ArrayList<>();
            cause.add(problem.file());
            cause.add(Objects.toString(problem.field(), ""));
            cause.add(problem.message().replaceAll("\"[^\"]*\"", "\"…\"").replaceAll("\\brow \\d+", "row …"));
            cause.add(problem.row() == null);
            byCause.computeIfAbsent(cause, key -> new ArrayList<>()).add(problem);
        }
        return byCause.values().stream().map(same -> new Group(same.get(0),
                same.stream().map(IntakeProblem::row).filter(Objects::nonNull).toList())).toList();
    }

    /** Every problem by cause, as lines. */
    public static List<String> describe(List<IntakeProblem> problems) {
        return of(problems).stream().map(Group::describe).toList();
    }

    /** "2-5, 9, 12-14", at most ten runs and then "…". */
    static String ranges(List<Integer> rows) {
        List<Integer> sorted = rows.stream().sorted().distinct().toList();
        List<String> runs = new ArrayList<>();
        int start = sorted.get(0);
        int previous = start;
        for (int index = 1; index <= sorted.size(); index++) {
            Integer row = index < sorted.size() ? sorted.get(index) : null;
            if (row != null && row == previous + 1) {
                previous = row;
                continue;
            }
            runs.add(start == previous ? Integer.toString(start) : start + "-" + previous);
            if (row != null) {
                start = row;
                previous = row;
            }
        }
        return runs.size() <= 10 ? String.join(", ", runs) : String.join(", ", runs.subList(0, 10)) + ", …";
    }
}
