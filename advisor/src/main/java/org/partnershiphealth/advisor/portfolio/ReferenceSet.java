package org.partnershiphealth.advisor.portfolio;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.partnershiphealth.assessment.PartnershipFacts;
import org.partnershiphealth.reports.portfolio.Distribution;
import org.partnershiphealth.reports.portfolio.PortfolioEntry;
import org.partnershiphealth.reports.portfolio.Position;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * An opt-in reference set: anonymised aggregates of one organisation's portfolio that another installation can load,
 * so that a partnership sees "partnerships of a similar stage and size" as context. What it holds, and nothing
 * else: per group of partnerships (all of them, and by stage and size where the facts were recorded) how many there
 * are, the middle half and median of the health index and of each principle, and the share of partnerships in which
 * each anti-pattern was established. No names, ids, periods, respondent counts, lowest or highest values (each of
 * those would be one partnership's figure), and no group of fewer than {@code minimum} partnerships.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ReferenceSet(String format, String source, LocalDate created, int minimumPartnerships,
                           List<Group> groups) {

    public static final String FORMAT = "partnership-health-reference-set/1";

    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules()
            .enable(SerializationFeature.INDENT_OUTPUT).disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    /** A partnership's stage, from the months since it was formed. */
    public enum Stage {
        FORMING("forming (under 2 years)"), ESTABLISHED("established (2 to 5 years)"), MATURE("mature (5 years or more)");

        private final String label;

        Stage(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        static Optional<Stage> of(PartnershipFacts facts) {
            Integer months = facts == null ? null : facts.partnershipAgeMonths();
            return months == null ? Optional.empty()
                    : Optional.of(months < 24 ? FORMING : months < 60 ? ESTABLISHED : MATURE);
        }
    }

    /** A partnership's size, from its number of partner organisations. */
    public enum Size {
        SMALL("fewer than 10 partner organisations"), MEDIUM("10 to 29 partner organisations"),
        LARGE("30 partner organisations or more");

        private final String label;

        Size(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        static Optional<Size> of(PartnershipFacts facts) {
            Integer partners = facts == null ? null : facts.partnerCount();
            return partners == null ? Optional.empty()
                    : Optional.of(partners < 10 ? SMALL : partners < 30 ? MEDIUM : LARGE);
        }
    }

    /** The middle half and median of one measure across a group's partnerships. */
    public record Spread(int partnerships, double lowerQuartile, double median, double upperQuartile) {

        static Spread of(List<Double> values) {
            Distribution d = Distribution.of(values);
            return new Spread(d.n(), round(d.lowerQuartile()), round(d.median()), round(d.upperQuartile()));
        }

        Position position(double value) {
            return value < lowerQuartile ? Position.LOWEST_QUARTER : value > upperQuartile ? Position.HIGHEST_QUARTER
                    : Position.MIDDLE_HALF;
        }
    }

    /** One group of partnerships: all of them (stage and size null), or those of one stage and size. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Group(Stage stage, Size size, int partnerships, Spread healthIndex, Map<String, Spread> principles,
                        Map<String, Double> antiPatterns) {
    }

    /** A portfolio entry with the facts that place it by stage and size. */
    public record Member(PortfolioEntry entry, PartnershipFacts facts) {
    }

    /** The reference set of a portfolio; groups of fewer than {@code minimum} partnerships are left out. */
    public static ReferenceSet of(List<Member> members, String source, LocalDate created, int minimum) {
        List<Group> groups = new ArrayList<>();
        if (members.size() >= minimum) {
            groups.add(group(null, null, members));
        }
        Map<String, List<Member>> byStageAndSize = new TreeMap<>();
        for (Member member : members) {
            Optional<Stage> stage = Stage.of(member.facts());
            Optional<Size> size = Size.of(member.facts());
            if (stage.isPresent() && size.isPresent()) {
                byStageAndSize.computeIfAbsent(stage.get().ordinal() + ":" + size.get().ordinal(),
                        key -> new ArrayList<>()).add(member);
            }
        }
        byStageAndSize.values().stream().filter(group -> group.size() >= minimum).forEach(group -> groups.add(
                group(Stage.of(group.get(0).facts()).orElseThrow(), Size.of(group.get(0).facts()).orElseThrow(), group)));
        return new ReferenceSet(FORMAT, source, created, minimum, groups);
    }

    private static Group group(Stage stage, Size size, List<Member> members) {
        Map<String, Spread> principles = new TreeMap<>();
        members.stream().flatMap(m -> m.entry().principleMeans().keySet().stream()).distinct().sorted()
                .forEach(id -> {
                    List<Double> values = members.stream().map(m -> m.entry().principleMeans().get(id))
                            .filter(v -> v != null).toList();
                    if (values.size() >= members.size() / 2 + 1) {
                        principles.put(id, Spread.of(values));
                    }
                });
        Map<String, Long> counts = members.stream().flatMap(m -> m.entry().antiPatterns().stream())
                .collect(Collectors.groupingBy(Function.identity(), TreeMap::new, Collectors.counting()));
        Map<String, Double> shares = new LinkedHashMap<>();
        counts.forEach((id, count) -> shares.put(id, round((double) count / members.size())));
        return new Group(stage, size, members.size(),
                Spread.of(members.stream().map(m -> m.entry().healthIndex()).toList()), principles, shares);
    }

    /**
     * Where a partnership stands against the reference set, in words: against partnerships of its own stage and
     * size when the set has that group, else against all of them; empty when the set has neither.
     */
    public List<String> context(PortfolioEntry entry, PartnershipFacts facts) {
        Optional<Stage> stage = Stage.of(facts);
        Optional<Size> size = Size.of(facts);
        Optional<Group> similar = groups.stream().filter(g -> g.stage() != null && stage.isPresent()
                && size.isPresent() && g.stage() == stage.get() && g.size() == size.get()).findFirst();
        Optional<Group> chosen = similar.or(() -> groups.stream().filter(g -> g.stage() == null).findFirst());
        if (chosen.isEmpty()) {
            return List.of();
        }
        Group group = chosen.get();
        List<String> lines = new ArrayList<>();
        lines.add(similar.isPresent()
                ? "Compared with the " + group.partnerships() + " partnerships in the reference set of " + source
                + " that are, like this one, " + group.stage().label() + " with " + group.size().label() + ":"
                : "Compared with all " + group.partnerships() + " partnerships in the reference set of " + source
                + (stage.isEmpty() || size.isEmpty()
                ? " (record this partnership's age and number of partner organisations to compare it with those of"
                + " a similar stage and size):"
                : " (it has too few partnerships of this one's stage and size to compare with them alone):"));
        lines.add(String.format(Locale.ROOT, "Health index %.1f: %s (their middle half runs from %.1f to %.1f).",
                entry.healthIndex(), words(group.healthIndex().position(entry.healthIndex())),
                group.healthIndex().lowerQuartile(), group.healthIndex().upperQuartile()));
        Map<Position, List<String>> byPosition = new TreeMap<>();
        group.principles().forEach((id, spread) -> {
            Double mean = entry.principleMeans().get(id);
            if (mean != null) {
                byPosition.computeIfAbsent(spread.position(mean), p -> new ArrayList<>())
                        .add(String.format(Locale.ROOT, "%s (%.2f)", id, mean));
            }
        });
        byPosition.forEach((position, ids) -> lines.add("Principles " + words(position) + ": "
                + String.join(", ", ids) + "."));
        List<String> common = group.antiPatterns().entrySet().stream()
                .filter(e -> entry.antiPatterns().contains(e.getKey()))
                .map(e -> String.format(Locale.ROOT, "%s (established in %d %% of them)", e.getKey(),
                        Math.round(e.getValue() * 100)))
                .toList();
        if (!common.isEmpty()) {
            lines.add("Failure patterns found here and how common they are there: " + String.join("; ", common) + ".");
        }
        return lines;
    }

    private static String words(Position position) {
        return switch (position) {
            case LOWEST_QUARTER -> "in their lowest quarter";
            case MIDDLE_HALF -> "in their middle half";
            case HIGHEST_QUARTER -> "in their highest quarter";
        };
    }

    public byte[] toJson() {
        try {
            return JSON.writeValueAsBytes(this);
        } catch (IOException e) {
            throw new IllegalStateException("The reference set could not be written: " + e.getMessage(), e);
        }
    }

    /**
     * A reference set file, checked: its format, that it names its source, and that no group is smaller than the
     * minimum it states (never below 3).
     *
     * @throws IllegalArgumentException naming the file and what is wrong
     */
    public static ReferenceSet read(Path file) {
        ReferenceSet set;
        try {
            set = JSON.readValue(Files.readAllBytes(file), ReferenceSet.class);
        } catch (NoSuchFileException e) {
            throw new IllegalArgumentException(file + ": the reference set file does not exist");
        } catch (IOException e) {
            String message = e.getMessage() == null ? e.toString() : e.getMessage().lines().findFirst().orElse("");
            throw new IllegalArgumentException(file + ": not a reference set (" + message + ")");
        }
        if (set == null || !FORMAT.equals(set.format())) {
            throw new IllegalArgumentException(file + ": format must be " + FORMAT);
        }
        if (set.source() == null || set.source().isBlank()) {
            throw new IllegalArgumentException(file + ": source must name who published the set");
        }
        if (set.minimumPartnerships() < 3) {
            throw new IllegalArgumentException(file + ": minimumPartnerships must be at least 3, not "
                    + set.minimumPartnerships());
        }
        List<Group> groups = set.groups() == null ? List.of() : set.groups();
        for (int i = 0; i < groups.size(); i++) {
            Group group = groups.get(i);
            if (group.partnerships() < set.minimumPartnerships() || group.healthIndex() == null) {
                throw new IllegalArgumentException(file + ": groups[" + i + "] must cover at least "
                        + set.minimumPartnerships() + " partnerships and give a healthIndex");
            }
        }
        return new ReferenceSet(set.format(), set.source().strip(), set.created(), set.minimumPartnerships(), groups);
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
