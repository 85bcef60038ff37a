package org.partnershiphealth.advisor.cli;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The portfolio summary's cells open in a spreadsheet as text, never as a formula. */
class SummaryCsvTest {

    @Test
    void aCellThatWouldStartAFormulaGetsALeadingApostrophe() {
        assertThat(BatchCommand.quote("=HYPERLINK(\"http://x\")")).isEqualTo("\"'=HYPERLINK(\"\"http://x\"\")\"");
        assertThat(BatchCommand.quote("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(BatchCommand.quote("+1")).isEqualTo("'+1");
        assertThat(BatchCommand.quote("-2+3")).isEqualTo("'-2+3");
        assertThat(BatchCommand.quote("\tcmd")).isEqualTo("'\tcmd");
    }

    @Test
    void ordinaryCellsAreOnlyQuotedWhenCsvNeedsIt() {
        assertThat(BatchCommand.quote("Metro Transit")).isEqualTo("Metro Transit");
        assertThat(BatchCommand.quote("a, b")).isEqualTo("\"a, b\"");
        assertThat(BatchCommand.quote("")).isEmpty();
    }
}
