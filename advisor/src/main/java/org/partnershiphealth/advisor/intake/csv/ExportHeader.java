package org.partnershiphealth.advisor.intake.csv;

import java.util.List;
import java.util.Optional;

/**
 * The header of an export, read from however many rows the tool writes it on; data starts on the row after.
 * {@code leftOut} tells, for a data row, why it is no respondent at all (a tool's preview or an unfinished
 * response), so that it is counted apart instead of being read or reported as a problem.
 */
record ExportHeader(List<ColumnHeader> columns, int rows, RowFilter leftOut) {

    ExportHeader {
        columns = List.copyOf(columns);
    }

    ExportHeader(List<ColumnHeader> columns, int rows) {
        this(columns, rows, row -> Optional.empty());
    }

    /**
     * One column: the header a user would recognise, and whether the tool marks it as its own bookkeeping
     * (Qualtrics does, in its third header row), in which case it is ignored even if no one taught us its name.
     */
    record ColumnHeader(String text, boolean bookkeeping) {

        static ColumnHeader named(String text) {
            return new ColumnHeader(text, false);
        }
    }

    /** Why a data row is left out, in words for the report's method section; empty when it is a response. */
    @FunctionalInterface
    interface RowFilter {
        Optional<String> reason(List<String> row);
    }
}
