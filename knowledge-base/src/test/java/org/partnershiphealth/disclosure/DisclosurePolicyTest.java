package org.partnershiphealth.disclosure;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.util.BitSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DisclosurePolicyTest {

    private final DisclosurePolicy policy = DisclosurePolicy.withK(3);

    private static final Group NONPROFIT = new Group("SECTOR", "NONPROFIT");
    private static final Group GOVERNMENT = new Group("SECTOR", "GOVERNMENT");
    private static final Group BUSINESS = new Group("SECTOR", "BUSINESS");
    private static final Group LEADERSHIP = new Group("ROLE", "LEADERSHIP");
    private static final Group STAFF = new Group("ROLE", "PARTNER_REPRESENTATIVE");

    private static Roster roster(String... people) {
        Roster roster = new Roster(List.of("SECTOR", "ROLE"));
        for (String person : people) {
            roster.add(person.split("/"));
        }
        return roster;
    }

    private static BitSet everyone(Roster roster) {
        BitSet all = new BitSet();
        all.set(0, roster.size());
        return all;
    }

    private static BitSet first(int count) {
        BitSet set = new BitSet();
        set.set(0, count);
        return set;
    }

    @Nested
    class Limits {
        @Test
        void kIsNeverBelowThreeAndCommentsNeverNeedFewerPeopleThanNumbers() {
            assertThatThrownBy(() -> new DisclosurePolicy(2, 5)).hasMessageContaining("never below 3");
            assertThatThrownBy(() -> new DisclosurePolicy(4, 3)).hasMessageContaining("cannot be below");
            assertThat(DisclosurePolicy.withK(3).commentThreshold()).isEqualTo(5);
            assertThat(DisclosurePolicy.withK(7).commentThreshold()).isEqualTo(7);
        }

        @Test
        void aRoundBelowKIsWithheldWithItsCountAndWhatIsStillNeeded() {
            assertThatThrownBy(() -> policy.requirePublishable(Set.of("a", "b"), PublicationHistory.none()))
                    .isInstanceOf(WithheldException.class)
                    .hasMessageStartingWith("2 of 3 responses so far")
                    .satisfies(e -> assertThat(((WithheldException) e).stillNeeded()).isEqualTo(1));
            policy.requirePublishable(Set.of("a", "b", "c"), PublicationHistory.none());
        }

        @Test
        void resultsRefreshOnlyWhenAtLeastKPeopleJoinedOrLeftSinceTheLastOnes() {
            PublicationHistory history = new PublicationHistory(List.of(Set.of("a", "b", "c", "d")));

            assertThatThrownBy(() -> policy.requirePublishable(Set.of("a", "b", "c", "d", "e", "f"), history))
                    .hasMessageStartingWith("2 response(s) since the results were last published");
            assertThatThrownBy(() -> policy.requirePublishable(Set.of("a", "b", "c"), history))
                    .isInstanceOf(WithheldException.class);
            policy.requirePublishable(Set.of("a", "b", "c", "d"), history);
            policy.requirePublishable(Set.of("a", "b", "c", "d", "e", "f", "g"), history);
        }

        @Test
        void commentsNeedTheirOwnHigherThreshold() {
            assertThat(policy.commentsPublishable(4)).isFalse();
            assertThat(policy.commentsPublishable(5)).isTrue();
        }
    }

    @Nested
    class Cells {
        @Test
        void aRoleIsNotShownBesideTheSectorsWhenTheirDifferenceWouldBeOnePerson() {
            // every nonprofit is a leader, and one government leader too
            Roster roster = roster("NONPROFIT/LEADERSHIP", "NONPROFIT/LEADERSHIP", "NONPROFIT/LEADERSHIP",
                    "GOVERNMENT/LEADERSHIP", "BUSINESS/PARTNER_REPRESENTATIVE", "BUSINESS/PARTNER_REPRESENTATIVE",
                    "BUSINESS/PARTNER_REPRESENTATIVE", "GOVERNMENT/PARTNER_REPRESENTATIVE",
                    "GOVERNMENT/PARTNER_REPRESENTATIVE");

            Decision decision = policy.decide(roster, everyone(roster),
                    List.of(NONPROFIT, GOVERNMENT, BUSINESS, LEADERSHIP, STAFF), List.of());

            assertThat(decision.totalShown()).isTrue();
            assertThat(decision.groups()).as("sectors come first; leadership would isolate the government leader")
                    .containsExactly(BUSINESS, GOVERNMENT, NONPROFIT);
        }

        @Test
        void aRemainderOfOneOutsideTheShownGroupsHoldsBackOneMoreGroup() {
            Roster roster = roster("NONPROFIT/LEADERSHIP", "NONPROFIT/LEADERSHIP", "NONPROFIT/LEADERSHIP",
                    "BUSINESS/LEADERSHIP", "BUSINESS/LEADERSHIP", "BUSINESS/LEADERSHIP", "BUSINESS/LEADERSHIP",
                    "GOVERNMENT/LEADERSHIP");

            Decision decision = policy.decide(roster, everyone(roster), List.of(NONPROFIT, BUSINESS, GOVERNMENT),
                    List.of());

            assertThat(decision.groups()).containsExactly(BUSINESS);
        }

        @Test
        void fewerThanKPeopleBehindAScoreWithholdItEntirely() {
            Roster roster = roster("NONPROFIT/LEADERSHIP", "NONPROFIT/LEADERSHIP", "NONPROFIT/LEADERSHIP");

            assertThat(policy.decide(roster, first(2), List.of(NONPROFIT), List.of())).isEqualTo(Decision.WITHHELD);
            assertThat(policy.decide(roster, new BitSet(), List.of(), List.of())).isEqualTo(Decision.WITHHELD);
        }

        @Test
        void aGroupThatGainedOnePersonSinceTheLastResultsIsNotShownAgain() {
            Roster roster = roster("NONPROFIT/LEADERSHIP", "NONPROFIT/LEADERSHIP", "NONPROFIT/LEADERSHIP",
                    "BUSINESS/LEADERSHIP", "BUSINESS/LEADERSHIP", "BUSINESS/LEADERSHIP",
                    "NONPROFIT/LEADERSHIP", "GOVERNMENT/LEADERSHIP", "GOVERNMENT/LEADERSHIP");
            Release earlier = new Release(first(6), List.of(BUSINESS, NONPROFIT));

            Decision now = policy.decide(roster, everyone(roster), List.of(BUSINESS, GOVERNMENT, NONPROFIT),
                    List.of(earlier));

            assertThat(now.groups()).as("nonprofit grew by one: then minus now would be that person")
                    .doesNotContain(NONPROFIT);
            assertThat(now.totalShown()).isTrue();
        }

        @Test
        void aScoreWithTooFewNewAnswersSinceTheLastResultsIsWithheld() {
            Roster roster = roster("NONPROFIT/LEADERSHIP", "NONPROFIT/LEADERSHIP", "NONPROFIT/LEADERSHIP",
                    "BUSINESS/LEADERSHIP");
            Release earlier = new Release(first(3), List.of());

            assertThat(policy.decide(roster, everyone(roster), List.of(), List.of(earlier)))
                    .isEqualTo(Decision.WITHHELD);
        }

        @Test
        void withManyCandidateGroupsTheGreedyFallbackStillLeavesNoSmallCell() {
            Roster roster = new Roster(List.of("A", "B"));
            List<Group> candidates = IntStream.range(0, 8).boxed()
                    .flatMap(i -> List.of(new Group("A", "a" + i), new Group("B", "b" + i)).stream()).toList();
            for (int i = 0; i < 8; i++) {
                for (int j = 0; j < 4; j++) {
                    roster.add("a" + i, "b" + ((i + j) % 8));
                }
            }

            Decision decision = policy.decide(roster, everyone(roster), candidates, List.of());

            assertThat(candidates).hasSizeGreaterThan(DisclosurePolicy.EXHAUSTIVE_LIMIT);
            assertThat(decision.groups()).isNotEmpty();
            Release release = new Release(everyone(roster), decision.groups());
            assertThat(policy.decide(roster, everyone(roster), decision.groups(), List.of()).groups())
                    .as("the chosen set is itself safe").containsExactlyElementsOf(release.groups());
        }
    }
}
