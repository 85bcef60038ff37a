package org.partnershiphealth.rules;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The thresholds a consultant tunes without Java: annotated, strictly read, and actually in force. */
class ThresholdsFileTest {

    @Test
    void theShippedThresholdsCarryTheFieldGuidesNumbers() {
        Thresholds shipped = ThresholdsFile.defaults();

        assertThat(shipped.relaunchTurnoverPercent()).isEqualTo(15);
        assertThat(shipped.minTouchesKnownAsk()).isEqualTo(5);
        assertThat(shipped.minTouchesNewAsk()).isEqualTo(13);
        assertThat(shipped.maxSprintMonths()).isEqualTo(6);
        assertThat(shipped.strengthAtLeast()).isEqualTo(4.0);
        assertThat(shipped.concernBelow()).isEqualTo(3.0);
        assertThat(shipped.minGroupSize()).isGreaterThanOrEqualTo(3);
    }

    @Test
    void everyNumberInTheShippedFileSaysWhereItComesFrom() {
        List<String> settings = TunedThresholds.shipped().text().lines()
                .filter(line -> !line.isBlank() && !line.startsWith("#"))
                .toList();

        assertThat(settings).hasSize(Thresholds.class.getRecordComponents().length);
        assertThat(settings).allSatisfy(line -> assertThat(line).matches("\\w+: [0-9.]+ +# .{10,}"));
        assertThat(Arrays.stream(Thresholds.class.getRecordComponents()).map(c -> c.getName() + ":"))
                .allSatisfy(key -> assertThat(settings).anyMatch(line -> line.startsWith(key)));
    }

    @Test
    void aTunedRelaunchLineChangesWhatTheRulesSee(@TempDir Path folder) {
        Thresholds stricter = ThresholdsFile.load(TunedThresholds.shipped().set("relaunchTurnoverPercent", "20")
                .writeTo(folder));
        Situation fifteenPercent = Situation.unremarkable().fact("turnoverPercentSinceLaunch", 15).fact("monthsSinceLaunch", 20);

        assertThat(Rules.ids(Rules.evaluate(fifteenPercent))).contains("AP-NO-RELAUNCH-AFTER-TURNOVER");
        assertThat(Rules.ids(Rules.evaluate(Rules.BOOK.withThresholds(stricter), fifteenPercent)))
                .doesNotContain("AP-NO-RELAUNCH-AFTER-TURNOVER");
    }

    @Test
    void aMisspelledSettingIsNamed(@TempDir Path folder) {
        Path file = TunedThresholds.shipped().append("relaunchTurnoverPercnt: 20").writeTo(folder);

        assertThatThrownBy(() -> ThresholdsFile.load(file))
                .hasMessageStartingWith(file.toString())
                .hasMessageContaining("Unrecognized field \"relaunchTurnoverPercnt\"");
    }

    @Test
    void aMissingSettingIsNamed(@TempDir Path folder) {
        Path file = TunedThresholds.shipped().remove("maxMetrics").writeTo(folder);

        assertThatThrownBy(() -> ThresholdsFile.load(file))
                .hasMessageContaining("[maxMetrics]: ")
                .hasMessageContaining("a value is required");
    }

    @Test
    void aValueThatIsNotANumberIsNamedWithItsLine(@TempDir Path folder) {
        Path file = TunedThresholds.shipped().set("maxMetrics", "many").writeTo(folder);

        assertThatThrownBy(() -> ThresholdsFile.load(file))
                .hasMessageContaining("[maxMetrics]: line ")
                .hasMessageNotContaining("com.fasterxml");
    }

    @Test
    void contradictoryBandsAreRejected(@TempDir Path folder) {
        Path file = TunedThresholds.shipped().set("concernBelow", "4.5").writeTo(folder);

        assertThatThrownBy(() -> ThresholdsFile.load(file))
                .hasMessageContaining("concernBelow (4.5) must be lower than strengthAtLeast (4.0)");
    }

    @Test
    void aMissingFileIsNamed(@TempDir Path folder) {
        Path file = folder.resolve("nowhere.yaml");

        assertThatThrownBy(() -> ThresholdsFile.load(file)).hasMessage(file + ": the file does not exist");
    }
}
