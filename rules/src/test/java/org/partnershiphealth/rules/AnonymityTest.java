package org.partnershiphealth.rules;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.partnershiphealth.assessment.Role;
import org.partnershiphealth.assessment.Sector;
import org.partnershiphealth.diagnosis.Evidence;
import org.partnershiphealth.diagnosis.Finding;
import org.partnershiphealth.diagnosis.GroupDimension;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.partnershiphealth.rules.Rules.evaluate;

/** No finding may name, or cite evidence about, a stakeholder group of fewer than k respondents. */
class AnonymityTest {

    private static final int K = Rules.BOOK.thresholds().minGroupSize();

    @Test
    void twoRespondentsWhoDisagreeSharplyWithEveryoneElseAreNeverSingledOut() {
        var findings = evaluate(Situation.unremarkable()
                .sector("COMMUNITY", "PR22", 1.0, 2)
                .sector("BUSINESS", "PR22", 4.8, 5)
                .sector("COMMUNITY", "P5", 1.2, 2)
                .sector("BUSINESS", "P5", 4.6, 5)
                .sector("COMMUNITY", "Q22A", 1.0, 2)
                .agreement("Q22A", 2.4).agreement("Q21C", 3.8));

        assertThat(findings).noneMatch(finding -> mentions(finding, "SECTOR:COMMUNITY"));
        assertThat(Rules.ids(findings)).doesNotContain("DIV-PRACTICE", "DIV-PRINCIPLE");
    }

    @Test
    void groupsOfExactlyKAreCompared() {
        var findings = evaluate(Situation.unremarkable()
                .sector("COMMUNITY", "PR22", 1.0, K)
                .sector("BUSINESS", "PR22", 4.8, 5));

        assertThat(Rules.the(findings, "DIV-PRACTICE").groups()).contains("SECTOR:COMMUNITY");
    }

    @Test
    void aTunedThresholdsFileCannotLowerTheAnonymityLimitBelowThree(@TempDir Path folder) {
        Path tuned = TunedThresholds.shipped().set("minGroupSize", "2").writeTo(folder);

        assertThatThrownBy(() -> ThresholdsFile.load(tuned))
                .isInstanceOf(ThresholdsFile.ThresholdsException.class)
                .hasMessageContaining("minGroupSize must be at least 3");
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 5, 8, 13, 21, 34, 55, 89})
    void inRandomPartnershipsNoFindingEverNamesASmallGroup(long seed) {
        Random random = new Random(seed);
        Situation situation = Situation.unremarkable();
        Map<String, Integer> sizes = new HashMap<>();
        for (Sector sector : Sector.values()) {
            sizes.put("SECTOR:" + sector, 1 + random.nextInt(6));
        }
        for (Role role : Role.values()) {
            sizes.put("ROLE:" + role, 1 + random.nextInt(6));
        }
        List<String> subjects = new ArrayList<>(List.of("P1", "P4", "P5", "PR08", "PR15", "PR22", "Q15A", "Q22A"));
        for (String subject : subjects) {
            for (Sector sector : Sector.values()) {
                situation.group(GroupDimension.SECTOR, sector.name(), subject, 1 + 4 * random.nextDouble(),
                        sizes.get("SECTOR:" + sector));
            }
            for (Role role : Role.values()) {
                situation.group(GroupDimension.ROLE, role.name(), subject, 1 + 4 * random.nextDouble(),
                        sizes.get("ROLE:" + role));
            }
        }
        situation.agreement("Q15C", 4.0).agreement("Q22A", 3.9).agreement("Q21C", 3.9);

        List<Finding> findings = evaluate(situation);

        assertThat(findings).isNotEmpty();
        sizes.forEach((group, size) -> {
            if (size < K) {
                assertThat(findings).as("findings naming %s (%d respondents)", group, size)
                        .noneMatch(finding -> mentions(finding, group));
            }
        });
    }

    /** Whether a finding names the group ("SECTOR:COMMUNITY") or cites it in evidence (also as "COMMUNITY"). */
    private static boolean mentions(Finding finding, String label) {
        String name = label.substring(label.indexOf(':') + 1);
        Pattern word = Pattern.compile("\\b" + name + "\\b");
        return finding.groups().contains(label)
                || finding.evidence().stream().map(Evidence::toString).anyMatch(text -> word.matcher(text).find());
    }
}
