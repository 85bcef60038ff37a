package org.partnershiphealth.reports.portfolio;

import org.partnershiphealth.knowledge.AntiPattern;
import org.partnershiphealth.knowledge.KnowledgeBase;
import org.partnershiphealth.knowledge.Principle;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * An organisation's partnerships side by side, for context and never as a league table: how the health index and
 * the six principles are spread across them, which anti-patterns they share, and where each partnership lies
 * (lowest quarter, middle half, highest quarter). Partnerships are kept in alphabetical order of name, never by
 * score.
 *
 * <p>This class holds the one rule every portfolio output obeys: nothing is shown until at least
 * {@link #minimum()} partnerships have published results, and a principle is shown only when that many have a
 * published mean for it, so that no partnership stands out on its own. Below the minimum {@link #enough()} is false
 * and there are no measures and no common anti-patterns.
 */
public final class Portfolio {

    /** The minimum number of partnerships unless the caller chooses another. */
    public static final int DEFAULT_MINIMUM = 5;

    /** An anti-pattern asserted in one or more partnerships: in how many, and what share of the portfolio. */
    public record CommonAntiPattern(String antiPatternId, String name, int partnerships, double share) {
    }

    private static final Comparator<PortfolioEntry> BY_NAME = Comparator
            .comparing(PortfolioEntry::name, String.CASE_INSENSITIVE_ORDER)
            .thenComparing(PortfolioEntry::name)
            .thenComparing(PortfolioEntry::partnershipId);

    private final List<PortfolioEntry> entries;
    private final int minimum;
    private final List<Measure> measures;
    private final List<CommonAntiPattern> antiPatterns;

    private Portfolio(List<PortfolioEntry> entries, int minimum, List<Measure> measures,
                      List<CommonAntiPattern> antiPatterns) {
        this.entries = entries;
        this.minimum = minimum;
        this.measures = measures;
        this.antiPatterns = antiPatterns;
    }

    /**
     * The portfolio of {@code entries}, one per partnership (its latest round with published results), in any
     * order. {@code minimumPartnerships} is at least 2; {@link #DEFAULT_MINIMUM} unless there is a reason to differ.
     * Principle ids must be the knowledge base's; anti-pattern ids it no longer knows are shown as themselves.
     */
    public static Portfolio of(List<PortfolioEntry> entries, int minimumPartnerships, KnowledgeBase knowledge) {
        if (minimumPartnerships < 2) {
            throw new IllegalArgumentException("A portfolio needs a minimum of at least 2 partnerships, not "
                    + minimumPartnerships);
        }
        List<PortfolioEntry> sorted = entries.stream().map(Objects::requireNonNull).sorted(BY_NAME).toList();
        checkOnePerPartnership(sorted);
        checkPrinciples(sorted, knowledge);
        if (sorted.size() < minimumPartnerships) {
            return new Portfolio(sorted, minimumPartnerships, List.of(), List.of());
        }
        List<Measure> measures = new ArrayList<>();
        measures.add(measure(Measure.HEALTH_INDEX, null, Measure.Scale.HEALTH_INDEX, sorted, minimumPartnerships));
        for (Principle principle : knowledge.principles()) {
            measures.add(measure(principle.id(), principle.name(), Measure.Scale.PRINCIPLE, sorted,
                    minimumPartnerships));
        }
        return new Portfolio(sorted, minimumPartnerships, List.copyOf(measures), common(sorted, knowledge));
    }

    private static void checkOnePerPartnership(List<PortfolioEntry> entries) {
        Set<String> seen = new HashSet<>();
        for (PortfolioEntry entry : entries) {
            if (!seen.add(entry.partnershipId())) {
                throw new IllegalArgumentException("Partnership " + entry.name() + " (" + entry.partnershipId()
                        + ") appears more than once; a portfolio takes one round per partnership");
            }
        }
    }

    private static void checkPrinciples(List<PortfolioEntry> entries, KnowledgeBase knowledge) {
        Set<String> known = knowledge.principles().stream().map(Principle::id).collect(Collectors.toSet());
        for (PortfolioEntry entry : entries) {
            for (String id : entry.principleMeans().keySet()) {
                if (!known.contains(id)) {
                    throw new IllegalArgumentException("Partnership " + entry.name() + " (" + entry.partnershipId()
                            + "): principle mean for unknown principle " + id);
                }
            }
        }
    }

    private static Measure measure(String id, String name, Measure.Scale scale, List<PortfolioEntry> entries,
                                   int minimum) {
        Measure unmeasured = new Measure(id, name, scale, 0, null);
        List<Double> values = entries.stream().map(unmeasured::valueOf).filter(Objects::nonNull).toList();
        Distribution distribution = values.size() < minimum ? null : Distribution.of(values);
        return new Measure(id, name, scale, values.size(), distribution);
    }

    private static List<CommonAntiPattern> common(List<PortfolioEntry> entries, KnowledgeBase knowledge) {
        Map<String, String> names = knowledge.antiPatterns().stream()
                .collect(Collectors.toMap(AntiPattern::id, AntiPattern::name, (first, second) -> first));
        Map<String, Long> counts = entries.stream().flatMap(e -> e.antiPatterns().stream())
                .collect(Collectors.groupingBy(Function.identity(), TreeMap::new, Collectors.counting()));
        return counts.entrySet().stream()
                .map(c -> new CommonAntiPattern(c.getKey(), names.getOrDefault(c.getKey(), c.getKey()),
                        c.getValue().intValue(), c.getValue() / (double) entries.size()))
                .sorted(Comparator.comparing(CommonAntiPattern::partnerships).reversed()
                        .thenComparing(CommonAntiPattern::antiPatternId))
                .toList();
    }

    /** Every partnership, alphabetical by name (case ignored): never ordered by any score. */
    public List<PortfolioEntry> entries() {
        return entries;
    }

    public int size() {
        return entries.size();
    }

    /** How many partnerships with published results a portfolio view needs. */
    public int minimum() {
        return minimum;
    }

    /** Whether there are enough partnerships to show anything beyond how many there are. */
    public boolean enough() {
        return size() >= minimum;
    }

    /** The periods the partnerships' rounds come from, distinct, earliest first. */
    public List<String> periods() {
        return entries.stream().map(PortfolioEntry::period).distinct().sorted().toList();
    }

    /** The health index and then the principles in the knowledge base's order; none when not {@link #enough()}. */
    public List<Measure> measures() {
        return measures;
    }

    /** The health index across the portfolio; only when {@link #enough()}. */
    public Measure healthIndex() {
        if (!enough()) {
            throw new IllegalStateException("A portfolio of " + size() + " partnerships shows no health index; "
                    + minimum + " are needed");
        }
        return measures.get(0);
    }

    /** The principles across the portfolio, P1 first, each shown or not; none when not {@link #enough()}. */
    public List<Measure> principles() {
        return measures.isEmpty() ? List.of() : measures.subList(1, measures.size());
    }

    /** Every anti-pattern asserted in at least one partnership, most common first, then by id. */
    public List<CommonAntiPattern> commonAntiPatterns() {
        return antiPatterns;
    }

    /**
     * Where {@code entry} lies on {@code measure}: empty when its round published no value for it or the measure
     * is not shown.
     */
    public Optional<Position> position(PortfolioEntry entry, Measure measure) {
        Double value = measure.valueOf(entry);
        if (value == null || !measure.shown()) {
            return Optional.empty();
        }
        return Optional.of(measure.distribution().position(value));
    }
}
