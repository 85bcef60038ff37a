package org.partnershiphealth.advisor.scoring;

import org.partnershiphealth.assessment.Respondent;
import org.partnershiphealth.diagnosis.Diagnosis;
import org.partnershiphealth.diagnosis.GroupDimension;
import org.partnershiphealth.disclosure.Decision;
import org.partnershiphealth.disclosure.DisclosurePolicy;
import org.partnershiphealth.disclosure.Group;
import org.partnershiphealth.disclosure.PublicationHistory;
import org.partnershiphealth.disclosure.Release;
import org.partnershiphealth.disclosure.Roster;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What one scoring may publish, quantity by quantity, as the {@link DisclosurePolicy} decided it. The head counts
 * come first: the groups that may be shown for the round as a whole. Each score (item, practice, principle) may
 * then show at most those groups, over the people who have a value for it, and only what its own cells allow.
 * Earlier published results of the round are replayed through the same decisions (they are deterministic), so the
 * new figures are judged together with everything published before.
 */
final class Publication {

    /** The grouping dimensions published, in the order the policy prefers to keep them. */
    static final List<String> DIMENSIONS = List.of(GroupDimension.SECTOR.name(), GroupDimension.ROLE.name());

    private final Decision[] subjects;
    private final Decision counts;
    private final Map<Group, Integer> sizes;
    private final boolean groupsHeldBack;
    private final int scoresWithheld;

    private Publication(Decision[] subjects, Decision counts, Map<Group, Integer> sizes, boolean groupsHeldBack,
                        int scoresWithheld) {
        this.subjects = subjects;
        this.counts = counts;
        this.sizes = sizes;
        this.groupsHeldBack = groupsHeldBack;
        this.scoresWithheld = scoresWithheld;
    }

    static Group group(GroupDimension dimension, String value) {
        return new Group(dimension.name(), value);
    }

    /** One person's own view, on request: every score they gave a value, no group and no group count. */
    static Publication selfAssessment(BitSet[] answered) {
        Decision[] decisions = new Decision[answered.length];
        for (int s = 0; s < answered.length; s++) {
            decisions[s] = answered[s].isEmpty() ? Decision.WITHHELD : new Decision(true, List.of());
        }
        return new Publication(decisions, Decision.WITHHELD, Map.of(), false, 0);
    }

    static Publication anonymous(DisclosurePolicy policy, Roster roster, List<Respondent> respondents,
                                 PublicationHistory history, BitSet[] answered) {
        BitSet everyone = new BitSet();
        everyone.set(0, roster.size());
        List<BitSet> snapshots = snapshots(respondents, history);
        Set<Group> all = new LinkedHashSet<>();
        Map<Group, Integer> sizes = new HashMap<>();
        for (int member = 0; member < respondents.size(); member++) {
            var profile = respondents.get(member).profile();
            for (Group group : List.of(group(GroupDimension.SECTOR, profile.sector().name()),
                    group(GroupDimension.ROLE, profile.role().name()))) {
                all.add(group);
                sizes.merge(group, 1, Integer::sum);
            }
        }
        Map<List<Object>, Decision> decided = new HashMap<>();
        List<Release> countReleases = new ArrayList<>();
        List<Decision> earlierCounts = new ArrayList<>();
        for (BitSet snapshot : snapshots) {
            Decision decision = decide(policy, roster, snapshot, List.copyOf(all), countReleases, decided);
            earlierCounts.add(decision);
            if (decision.totalShown()) {
                countReleases.add(new Release(snapshot, decision.groups()));
            }
        }
        Decision counts = decide(policy, roster, everyone, List.copyOf(all), countReleases, decided);

        Decision[] subjects = new Decision[answered.length];
        int withheld = 0;
        for (int s = 0; s < answered.length; s++) {
            List<Release> releases = new ArrayList<>();
            for (int j = 0; j < snapshots.size(); j++) {
                BitSet population = (BitSet) snapshots.get(j).clone();
                population.and(answered[s]);
                Decision earlier = decide(policy, roster, population, earlierCounts.get(j).groups(), releases, decided);
                if (earlier.totalShown()) {
                    releases.add(new Release(population, earlier.groups()));
                }
            }
            subjects[s] = decide(policy, roster, answered[s], counts.groups(), releases, decided);
            if (!subjects[s].totalShown() && !answered[s].isEmpty()) {
                withheld++;
            }
        }
        boolean heldBack = sizes.entrySet().stream()
                .anyMatch(e -> e.getValue() >= policy.k() && !counts.groups().contains(e.getKey()));
        return new Publication(subjects, counts, sizes, heldBack, withheld);
    }

    /** Decisions repeat across quantities that have the same people and history, so each is made once. */
    private static Decision decide(DisclosurePolicy policy, Roster roster, BitSet population, List<Group> candidates,
                                   List<Release> earlier, Map<List<Object>, Decision> decided) {
        return decided.computeIfAbsent(List.of(population.clone(), candidates, List.copyOf(earlier)),
                key -> policy.decide(roster, population, candidates, earlier));
    }

    /** The earlier published results as roster positions (respondents no longer present cannot be placed). */
    private static List<BitSet> snapshots(List<Respondent> respondents, PublicationHistory history) {
        Map<String, Integer> position = new HashMap<>();
        for (int i = 0; i < respondents.size(); i++) {
            position.put(respondents.get(i).id(), i);
        }
        List<BitSet> snapshots = new ArrayList<>();
        for (Set<String> ids : history.snapshots()) {
            BitSet snapshot = new BitSet();
            ids.stream().map(position::get).filter(Objects::nonNull).forEach(snapshot::set);
            snapshots.add(snapshot);
        }
        return snapshots;
    }

    boolean totalShown(int subject) {
        return subjects[subject].totalShown();
    }

    List<Group> groups(int subject) {
        return subjects[subject].groups();
    }

    /** Respondents per group that may be shown, in dimension order, then by name. */
    List<Diagnosis.GroupCount> groupCounts() {
        return counts.groups().stream()
                .map(g -> new Diagnosis.GroupCount(GroupDimension.valueOf(g.dimension()), g.value(), sizes.get(g)))
                .sorted(Comparator.comparing(Diagnosis.GroupCount::dimension)
                        .thenComparing(Diagnosis.GroupCount::group))
                .toList();
    }

    boolean groupsHeldBack() {
        return groupsHeldBack;
    }

    int scoresWithheld() {
        return scoresWithheld;
    }

    @Override
    public String toString() {
        return "Publication" + Arrays.toString(subjects);
    }
}
