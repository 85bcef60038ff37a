package org.partnershiphealth.advisor.portfolio;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partnershiphealth.advisor.intake.SurveyReader;
import org.partnershiphealth.assessment.PartnershipFacts;
import org.partnershiphealth.knowledge.KnowledgeBaseLoader;
import org.partnershiphealth.reports.portfolio.PortfolioEntry;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The opt-in reference set: aggregates only (no names, ids, periods or single partnership's figure), groups below
 * the minimum left out, read back by another installation with clear errors, and put into words for one
 * partnership against its own stage and size.
 */
class ReferenceSetTest {

    private static final SurveyReader READER = new SurveyReader(KnowledgeBaseLoader.loadDefault());

    @TempDir
    Path folder;

    @Test
    void onlyGroupsOfAtLeastTheMinimumAreSharedAndNothingNamesAPartnership() {
        ReferenceSet set = set();

        assertThat(set.groups()).extracting(ReferenceSet.Group::partnerships).containsExactly(7, 5);
        ReferenceSet.Group similar = set.groups().get(1);
        assertThat(similar.stage()).isEqualTo(ReferenceSet.Stage.ESTABLISHED);
        assertThat(similar.size()).isEqualTo(ReferenceSet.Size.MEDIUM);
        assertThat(similar.healthIndex().median()).isEqualTo(50.0);
        assertThat(similar.antiPatterns()).containsEntry("AP-OVER-COORDINATION", 0.4);
        String json = new String(set.toJson(), StandardCharsets.UTF_8);
        assertThat(json).doesNotContain("Network", "slug-", "period", "respondents", "\"min\"", "\"max\"").contains("\"source\" : \"North Fund\"");
    }

    @Test
    void anotherInstallationReadsTheFileBackAsItWasWritten() throws Exception {
        Path file = Files.write(folder.resolve("reference.json"), set().toJson());

        assertThat(ReferenceSet.read(file)).isEqualTo(set());
    }

    @Test
    void aPartnershipIsComparedWithItsOwnStageAndSizeOrElseWithAllAndToldWhy() {
        ReferenceSet set = set();
        PortfolioEntry mine = entry(99, 62, List.of("AP-OVER-COORDINATION"));

        List<String> similar = set.context(mine, facts(36, 12));
        List<String> unknown = set.context(mine, facts(null, 12));

        assertThat(similar.get(0)).isEqualTo("Compared with the 5 partnerships in the reference set of North Fund that"
                + " are, like this one, established (2 to 5 years) with 10 to 29 partner organisations:");
        assertThat(similar.get(1)).isEqualTo("Health index 62.0: in their highest quarter (their middle half runs"
                + " from 45.0 to 55.0).");
        assertThat(similar).anySatisfy(line -> assertThat(line).isEqualTo("Failure patterns found here and how common"
                + " they are there: AP-OVER-COORDINATION (established in 40 % of them)."));
        assertThat(unknown.get(0)).startsWith("Compared with all 7 partnerships").contains("record this partnership's age");
        assertThat(String.join(" ", similar)).doesNotContainIgnoringCase("rank");
    }

    @Test
    void aFileThatIsNotAReferenceSetIsRefusedNamingTheFileAndTheProblem() throws Exception {
        Path wrongFormat = Files.writeString(folder.resolve("a.json"), "{\"format\":\"something-else\",\"source\":\"x\","
                + "\"minimumPartnerships\":5,\"groups\":[]}");
        Path tooSmall = Files.writeString(folder.resolve("b.json"), new ObjectMapper().writeValueAsString(Map.of(
                "format", ReferenceSet.FORMAT, "source", "x", "minimumPartnerships", 5, "groups", List.of(Map.of(
                        "partnerships", 2, "healthIndex", Map.of("partnerships", 2, "lowerQuartile", 1,
                                "median", 2, "upperQuartile", 3))))));
        Path broken = Files.writeString(folder.resolve("c.json"), "{ not json");

        assertThatThrownBy(() -> ReferenceSet.read(wrongFormat)).hasMessage(wrongFormat + ": format must be "
                + ReferenceSet.FORMAT);
        assertThatThrownBy(() -> ReferenceSet.read(tooSmall)).hasMessage(tooSmall + ": groups[0] must cover at least"
                + " 5 partnerships and give a healthIndex");
        assertThatThrownBy(() -> ReferenceSet.read(broken)).hasMessageStartingWith(broken + ": not a reference set (");
        assertThatThrownBy(() -> ReferenceSet.read(folder.resolve("none.json")))
                .hasMessage(folder.resolve("none.json") + ": the reference set file does not exist");
    }

    /** Five established partnerships of 10-29 partners (health 40..60), two small forming ones. */
    private static ReferenceSet set() {
        List<ReferenceSet.Member> members = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            members.add(new ReferenceSet.Member(entry(i, 40 + 5 * i, i < 2 ? List.of("AP-OVER-COORDINATION") : List.of()),
                    facts(30 + i, 12 + i)));
        }
        members.add(new ReferenceSet.Member(entry(5, 80, List.of()), facts(6, 4)));
        members.add(new ReferenceSet.Member(entry(6, 20, List.of()), facts(8, 5)));
        return ReferenceSet.of(members, "North Fund", LocalDate.of(2026, 12, 3), 5);
    }

    private static PortfolioEntry entry(int i, double health, List<String> antiPatterns) {
        return new PortfolioEntry("slug-" + i, "Network " + i, "2026", health,
                Map.of("P1", 2.5 + 0.2 * (i % 5), "P4", 3.0 + 0.1 * (i % 5)), antiPatterns);
    }

    private static PartnershipFacts facts(Integer ageMonths, Integer partners) {
        com.fasterxml.jackson.databind.node.ObjectNode node = new ObjectMapper().createObjectNode();
        if (ageMonths != null) {
            node.put("partnershipAgeMonths", ageMonths);
        }
        if (partners != null) {
            node.put("partnerCount", partners);
        }
        return READER.facts("test", node);
    }
}
