package org.partnershiphealth.advisor.intake.csv;

import java.util.List;

/** The header of an export, read from however many rows the tool writes it on; data starts on the row after. */
record ExportHeader(List<ColumnHeader> columns, int rows) {

    ExportHeader {
        columns = List.copyOf(columns);
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
}
