package org.partnershiphealth.reports.portfolio;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * One partnership in a portfolio: the figures of its latest round with published results. The caller includes
 * only such rounds, so every figure here already rests on enough respondents.
 *
 * @param partnershipId  the partnership's slug, unique in the portfolio
 * @param period         the period of the round the figures come from, "2026"
 * @param healthIndex    0 to 100
 * @param principleMeans principle id (P1..P6) to mean on the 1 to 5 scale; a principle withheld in that round is
 *                       simply absent
 * @param antiPatterns   ids of the anti-patterns asserted in that round, such as AP-OVER-COORDINATION
 */
public record PortfolioEntry(String partnershipId, String name, String period, double healthIndex,
                             Map<String, Double> principleMeans, List<String> antiPatterns) {

    public PortfolioEntry {
        if (partnershipId == null || partnershipId.isBlank()) {
            throw new IllegalArgumentException("A portfolio entry needs a partnership id (named " + name + ")");
        }
        String who = "Partnership " + partnershipId;
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException(who + ": the name is missing");
        }
        who = "Partnership " + name + " (" + partnershipId + ")";
        if (period == null || period.isBlank()) {
            throw new IllegalArgumentException(who + ": the period is missing");
        }
        if (!(healthIndex >= 0 && healthIndex <= 100)) {
            throw new IllegalArgumentException(who + ": health index " + healthIndex + " is outside 0 to 100");
        }
        principleMeans = checkedMeans(who, principleMeans == null ? Map.of() : principleMeans);
        antiPatterns = antiPatterns == null ? List.of() : antiPatterns.stream().map(Objects::requireNonNull)
                .distinct().toList();
    }

    private static Map<String, Double> checkedMeans(String who, Map<String, Double> means) {
        Map<String, Double> checked = new TreeMap<>();
        means.forEach((principle, mean) -> {
            if (principle == null || mean == null || !(mean >= 1 && mean <= 5)) {
                throw new IllegalArgumentException(who + ": principle mean " + principle + " = " + mean
                        + " is outside 1 to 5");
            }
            checked.put(principle, mean);
        });
        return Collections.unmodifiableMap(checked);
    }
}
