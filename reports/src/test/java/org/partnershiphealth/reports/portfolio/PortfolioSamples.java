package org.partnershiphealth.reports.portfolio;

import org.partnershiphealth.knowledge.KnowledgeBase;
import org.partnershiphealth.knowledge.KnowledgeBaseLoader;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Six made-up partnerships of one funder, listed here neither by name nor by score. Their health indices, lowest
 * first, are 40, 55, 62, 66, 70 and 80: median 64, middle half from 56.75 to 69 (R's {@code quantile()}).
 */
final class PortfolioSamples {

    static final KnowledgeBase KB = KnowledgeBaseLoader.loadDefault();

    private PortfolioSamples() {
    }

    static List<PortfolioEntry> six() {
        return new ArrayList<>(List.of(
                entry("Zebra Trail Alliance", 80, List.of("AP-PILOTITIS"), 4.2, 4.0, 3.9, 4.1, 4.4, 3.8),
                entry("Metro Transit Coalition", 62, List.of("AP-OVER-COORDINATION", "AP-PILOTITIS"),
                        3.4, 3.55, 2.1, 3.2, 3.3, 4.3),
                entry("alpine water compact", 40, List.of("AP-PILOTITIS", "AP-CREDIT-GRABBING"),
                        2.2, 2.5, 2.0, 2.4, 2.6, 2.1),
                entry("Harbour Health Alliance", 70, List.of(), 3.9, 3.7, 3.6, 3.5, 3.8, 3.6),
                entry("Coastal Jobs Compact", 55, List.of("AP-OVER-COORDINATION"), 3.0, 3.1, 3.3, 2.9, 3.2, 3.0),
                entry("Bay Food Network", 66, List.of(), 3.6, 3.4, 3.5, 3.6, 3.5, 3.4)));
    }

    /** An entry for 2026 with the means of P1, P2 ... in order; fewer means leave the last principles out. */
    static PortfolioEntry entry(String name, double healthIndex, List<String> antiPatterns, double... means) {
        Map<String, Double> byPrinciple = new LinkedHashMap<>();
        for (int i = 0; i < means.length; i++) {
            byPrinciple.put("P" + (i + 1), means[i]);
        }
        return new PortfolioEntry(name.toLowerCase(Locale.ROOT).replace(' ', '-'), name, "2026", healthIndex,
                byPrinciple, antiPatterns);
    }

    static PortfolioEntry withoutPrinciple(PortfolioEntry entry, String principleId) {
        Map<String, Double> means = new LinkedHashMap<>(entry.principleMeans());
        means.remove(principleId);
        return new PortfolioEntry(entry.partnershipId(), entry.name(), entry.period(), entry.healthIndex(), means,
                entry.antiPatterns());
    }
}
