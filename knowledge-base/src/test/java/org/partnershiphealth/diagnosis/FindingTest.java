package org.partnershiphealth.diagnosis;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FindingTest {

    @Test
    void evidenceReadsAsObservationAgainstThreshold() {
        assertThat(Evidence.of("turnoverPercentSinceLaunch", 22.0, ">=", 15, "%"))
                .hasToString("turnoverPercentSinceLaunch = 22 % (>= 15 %)");
        assertThat(Evidence.of("PR18.mean", 2.3333333, "<", 3.0, ""))
                .hasToString("PR18.mean = 2.33 (< 3)");
        assertThat(Evidence.flag("publicStatementProtocol", false, true))
                .hasToString("publicStatementProtocol = false (expected true)");
        assertThat(Evidence.code("formationTrigger", "FUNDING_OPPORTUNITY"))
                .hasToString("formationTrigger = FUNDING_OPPORTUNITY");
    }

    @Test
    void severityMustLieBetweenZeroAndOne() {
        assertThatThrownBy(() -> new Finding("PR11-GAP", FindingKind.GAP, "P3", List.of("PR11"), null, 1.2,
                "weak", List.of(), List.of()))
                .hasMessageContaining("Severity must lie in 0..1, not 1.2 (rule PR11-GAP)");
    }
}
