package org.partnershiphealth.advisor.intake;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** One cause on many rows is one line; different causes stay apart. */
class ProblemGroupsTest {

    @Test
    void theSameReasonInTheSameColumnIsOneLineListingItsRows() {
        List<IntakeProblem> problems = new ArrayList<>();
        for (int row = 2; row <= 28; row++) {
            problems.add(new IntakeProblem("x.csv", row, "Q07A", "\"" + (row % 2 == 0 ? 7 : 9)
                    + "\" is not on the 1-5 agreement scale"));
        }
        problems.add(new IntakeProblem("x.csv", 31, "Q07A", "\"8\" is not on the 1-5 agreement scale"));
        problems.add(new IntakeProblem("x.csv", 4, "sector", "the sector is missing"));
        problems.add(IntakeProblem.inFile("x.csv", "no column holds the role"));

        assertThat(ProblemGroups.describe(problems)).containsExactly(
                "x.csv, column Q07A: \"7\" is not on the 1-5 agreement scale (28 rows: 2-28, 31)",
                "x.csv, row 4, column sector: the sector is missing",
                "x.csv: no column holds the role");
    }

    @Test
    void rowRangesAreShortenedAfterTenRuns() {
        assertThat(ProblemGroups.ranges(List.of(1, 3, 5, 7, 9, 11, 13, 15, 17, 19, 21, 23)))
                .isEqualTo("1, 3, 5, 7, 9, 11, 13, 15, 17, 19, …");
        assertThat(ProblemGroups.ranges(List.of(5, 2, 3, 4))).isEqualTo("2-5");
    }

    @Test
    void anIntakeExceptionMessageCountsProblemsAndCauses() {
        List<IntakeProblem> problems = List.of(new IntakeProblem("x.csv", 2, "role", "the role is missing"),
                new IntakeProblem("x.csv", 3, "role", "the role is missing"));

        assertThat(new IntakeException(problems).getMessage())
                .startsWith("2 problems (1 cause)").contains("x.csv, column role: the role is missing (2 rows: 2-3)");
    }
}
