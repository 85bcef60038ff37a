package org.partnershiphealth.disclosure;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The one place that decides what may be published about the people who answered. Every output (diagnosis data,
 * reports, API, pages, counts, batch summaries) is made from what this policy allowed, so no output can undo
 * another's protection. The promise it keeps: whoever combines any published figures, of one result or of several
 * results of the same round, cannot single out the answers of fewer than k people.
 *
 * <ul>
 *   <li><b>Round size.</b> A round's results exist only once at least k people answered.</li>
 *   <li><b>Comments</b> are published only from rounds of at least the comment threshold (default 5, never
 *       below k): free text gives people away more easily than numbers.</li>
 *   <li><b>Cells, not groups.</b> Figures are published for a total and for some groups (sectors, roles, ...).
 *       Anyone can add and subtract them, and what they can isolate is exactly a union of the <i>cells</i> of the
 *       cross-classification of everything published: people who fall in the same published groups (and, across
 *       results, in the same results). So every cell must hold no one or at least k people. Of the sets of groups
 *       that keep it so, the one that loses the least breakdown is published (see {@link #decide}); if even the
 *       total alone would leave a small cell, the quantity is not published at all.</li>
 *   <li><b>Over time.</b> Earlier results of the same round are releases too; a new result is judged together
 *       with them, and refreshes are refused until at least k people joined (or left) since the last one.</li>
 * </ul>
 *
 * The argument and its limits are written out in {@code docs/anonymity.md}.
 */
public final class DisclosurePolicy {

    /** The lowest anonymity limit the product allows. */
    public static final int LOWEST_K = 3;
    /** Comments need more people than numbers: default threshold when none is configured. */
    public static final int DEFAULT_COMMENT_THRESHOLD = 5;
    /** Up to this many candidate groups, every set of them is compared; beyond it, groups are dropped greedily. */
    static final int EXHAUSTIVE_LIMIT = 12;

    private final int k;
    private final int commentThreshold;

    public DisclosurePolicy(int k, int commentThreshold) {
        if (k < LOWEST_K) {
            throw new IllegalArgumentException("The anonymity limit k is never below " + LOWEST_K + ", not " + k);
        }
        if (commentThreshold < k) {
            throw new IllegalArgumentException("The comment threshold (" + commentThreshold
                    + ") cannot be below the anonymity limit k (" + k + ")");
        }
        this.k = k;
        this.commentThreshold = commentThreshold;
    }

    /** The policy with the default comment threshold: 5, or k when k is larger. */
    public static DisclosurePolicy withK(int k) {
        return new DisclosurePolicy(k, Math.max(k, DEFAULT_COMMENT_THRESHOLD));
    }

    public int k() {
        return k;
    }

    public int commentThreshold() {
        return commentThreshold;
    }

    public boolean commentsPublishable(int respondents) {
        return respondents >= commentThreshold;
    }

    /**
     * Refuses results that may not be published: fewer than k respondents, or a population that differs from the
     * last published one by 1 to k-1 people (the difference of the two results would be theirs).
     */
    public void requirePublishable(Set<String> respondents, PublicationHistory history) {
        int n = respondents.size();
        if (n < k) {
            throw new WithheldException(n + " of " + k + " responses so far: results appear once at least " + k
                    + " people have answered, so that nobody's answers can be singled out.", n, k - n);
        }
        if (history.isEmpty()) {
            return;
        }
        Set<String> last = history.last();
        int changed = (int) respondents.stream().filter(id -> !last.contains(id)).count()
                + (int) last.stream().filter(id -> !respondents.contains(id)).count();
        if (changed > 0 && changed < k) {
            throw new WithheldException(changed + " response(s) since the results were last published (from "
                    + last.size() + " people). They are included once at least " + k
                    + " new responses are in, so that comparing the two versions cannot reveal anyone's answers.",
                    n, k - changed);
        }
    }

    /**
     * What may be published about one quantity over {@code population} (the roster positions who have a value for
     * it), given the candidate groups (e.g. those allowed for the round's head counts) and what was already
     * published about the same quantity.
     *
     * <p>Among the sets of candidate groups of at least k people whose cells are all empty or of at least k, it
     * publishes the one that keeps the most breakdown, dimension by dimension in the roster's order: the most
     * people in a published group of the first dimension (sectors: the field guide's splits are mostly between
     * sectors), then of the second (roles), and so on; remaining ties go to the groups earliest by name. Up to
     * {@value #EXHAUSTIVE_LIMIT} candidates every set is considered (a partnership has at most ten: six sectors and
     * four roles); beyond that, groups are dropped one at a time, smallest first among those in a small cell.
     */
    public Decision decide(Roster roster, BitSet population, Collection<Group> candidates, List<Release> earlier) {
        if (population.isEmpty()) {
            return Decision.WITHHELD;
        }
        List<Group> eligible = new ArrayList<>();
        Map<Group, Integer> sizes = new HashMap<>();
        candidates.stream().distinct()
                .sorted(Comparator.comparingInt((Group g) -> roster.dimensionIndex(g.dimension()))
                        .thenComparing(Group::value))
                .forEach(group -> {
                    int size = count(roster, population, group);
                    if (size >= k) {
                        eligible.add(group);
                        sizes.put(group, size);
                    }
                });
        BitSet everyone = (BitSet) population.clone();
        earlier.forEach(release -> everyone.or(release.population()));
        List<Release> releases = new ArrayList<>(earlier);
        releases.add(null);
        List<Group> chosen = eligible.size() <= EXHAUSTIVE_LIMIT
                ? bestSet(roster, population, everyone, releases, eligible, sizes)
                : dropUntilSafe(roster, population, everyone, releases, eligible, sizes);
        if (chosen != null) {
            return new Decision(true, chosen);
        }
        return Decision.WITHHELD;
    }

    /** The safe set of groups with the largest kept breakdown, or null when even the total alone is unsafe. */
    private List<Group> bestSet(Roster roster, BitSet population, BitSet everyone, List<Release> releases,
                                List<Group> eligible, Map<Group, Integer> sizes) {
        int n = eligible.size();
        int dimensions = roster.dimensions().size();
        long base = population.cardinality() + 1L;
        List<Integer> masks = new ArrayList<>();
        long[] kept = new long[1 << n];
        for (int mask = 0; mask < 1 << n; mask++) {
            masks.add(mask);
            for (int i = 0; i < n; i++) {
                if ((mask & 1 << (n - 1 - i)) != 0) {
                    int dimension = roster.dimensionIndex(eligible.get(i).dimension());
                    kept[mask] += sizes.get(eligible.get(i)) * (long) Math.pow(base, dimensions - 1 - dimension);
                }
            }
        }
        // bit n-1-i stands for the i-th group in preference order, so among equals the larger mask is preferred
        masks.sort(Comparator.comparingLong((Integer mask) -> kept[mask]).reversed()
                .thenComparing(Comparator.reverseOrder()));
        for (int mask : masks) {
            List<Group> set = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                if ((mask & 1 << (n - 1 - i)) != 0) {
                    set.add(eligible.get(i));
                }
            }
            releases.set(releases.size() - 1, new Release(population, set));
            if (membersOfSmallCells(roster, everyone, releases).isEmpty()) {
                return set;
            }
        }
        return null;
    }

    /** Greedy fallback for many candidates: drop the smallest group in a small cell until no cell is small. */
    private List<Group> dropUntilSafe(Roster roster, BitSet population, BitSet everyone, List<Release> releases,
                                      List<Group> eligible, Map<Group, Integer> sizes) {
        Comparator<Group> smallestFirst = Comparator.comparingInt((Group g) -> sizes.get(g))
                .thenComparingInt(g -> roster.dimensionIndex(g.dimension()))
                .thenComparing(Group::value);
        List<Group> shown = new ArrayList<>(eligible);
        while (true) {
            releases.set(releases.size() - 1, new Release(population, shown));
            Set<Integer> inSmallCells = membersOfSmallCells(roster, everyone, releases);
            if (inSmallCells.isEmpty()) {
                return shown;
            }
            if (shown.isEmpty()) {
                return null;
            }
            List<Group> touching = shown.stream()
                    .filter(group -> inSmallCells.stream().anyMatch(m -> population.get(m) && roster.isIn(m, group)))
                    .toList();
            shown.remove((touching.isEmpty() ? shown : touching).stream().min(smallestFirst).orElseThrow());
        }
    }

    /** Members of cells holding 1 to k-1 people, cells being people alike in every published membership. */
    private Set<Integer> membersOfSmallCells(Roster roster, BitSet everyone, List<Release> releases) {
        int dimensions = roster.dimensions().size();
        List<int[]> dimensionOf = new ArrayList<>();
        for (Release release : releases) {
            int[] dims = new int[release.groups().size()];
            for (int g = 0; g < dims.length; g++) {
                dims[g] = roster.dimensionIndex(release.groups().get(g).dimension());
            }
            dimensionOf.add(dims);
        }
        List<BitSet> populations = releases.stream().map(Release::population).toList();
        Map<Cell, List<Integer>> cells = new HashMap<>();
        for (int member = everyone.nextSetBit(0); member >= 0; member = everyone.nextSetBit(member + 1)) {
            int[] codes = new int[releases.size() * (dimensions + 1)];
            for (int r = 0; r < releases.size(); r++) {
                int base = r * (dimensions + 1);
                if (!populations.get(r).get(member)) {
                    continue;
                }
                codes[base] = 1;
                List<Group> groups = releases.get(r).groups();
                for (int g = 0; g < groups.size(); g++) {
                    if (roster.value(member, dimensionOf.get(r)[g]).equals(groups.get(g).value())) {
                        codes[base + 1 + dimensionOf.get(r)[g]] = g + 1;
                    }
                }
            }
            cells.computeIfAbsent(new Cell(codes), c -> new ArrayList<>()).add(member);
        }
        Set<Integer> small = new HashSet<>();
        cells.values().stream().filter(members -> members.size() < k).forEach(small::addAll);
        return small;
    }

    private static int count(Roster roster, BitSet population, Group group) {
        int count = 0;
        for (int member = population.nextSetBit(0); member >= 0; member = population.nextSetBit(member + 1)) {
            if (roster.isIn(member, group)) {
                count++;
            }
        }
        return count;
    }

    /** A cell's signature: per release, whether the member is in its population and which published groups. */
    private record Cell(int[] codes) {
        @Override
        public boolean equals(Object other) {
            return other instanceof Cell cell && Arrays.equals(codes, cell.codes);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(codes);
        }

        @Override
        public String toString() {
            return Arrays.toString(codes);
        }
    }
}
