package org.partnershiphealth.advisor.portfolio;

import org.partnershiphealth.advisor.Spreadsheet;
import org.partnershiphealth.diagnosis.Diagnosis;
import org.partnershiphealth.diagnosis.Finding;
import org.partnershiphealth.diagnosis.FindingKind;
import org.partnershiphealth.diagnosis.PrincipleScore;
import org.partnershiphealth.reports.portfolio.Measure;
import org.partnershiphealth.reports.portfolio.Portfolio;
import org.partnershiphealth.reports.portfolio.PortfolioEntry;
import org.partnershiphealth.reports.portfolio.Position;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A portfolio as a table, for the web app's download and for {@code pha batch --portfolio}: one row per partnership
 * in alphabetical order (never by score), each figure with its place in the spread as words ("middle half"), and
 * the anti-patterns its round established. Below the minimum number of partnerships there is no table to give.
 */
public final class PortfolioExport {

    private PortfolioExport() {
    }

    /** A published round as a portfolio entry: its health index, principle means and established anti-patterns. */
    public static PortfolioEntry entry(String partnershipId, String name, Diagnosis diagnosis) {
        Map<String, Double> principles = new LinkedHashMap<>();
        for (PrincipleScore score : diagnosis.scores().principles()) {
            principles.put(score.principleId(), score.mean());
        }
        List<String> antiPatterns = diagnosis.findings().stream()
                .filter(f -> f.kind() == FindingKind.ANTI_PATTERN && f.asserted())
                .map(Finding::antiPatternId).distinct().sorted().toList();
        return new PortfolioEntry(partnershipId, name, diagnosis.period(), diagnosis.scores().healthIndex(),
                principles, antiPatterns);
    }

    /** Whether a diagnosis may stand in a portfolio: published under the anonymity policy, not one person's view. */
    public static boolean eligible(Diagnosis diagnosis) {
        return !diagnosis.selfAssessment();
    }

    public static List<String> header(Portfolio portfolio) {
        List<String> header = new ArrayList<>(List.of("partnership", "name", "period"));
        for (Measure measure : portfolio.measures()) {
            String column = measure.healthIndex() ? "health_index" : measure.id();
            header.add(column);
            header.add(column + "_place");
        }
        header.add("anti_patterns");
        return header;
    }

    public static List<List<String>> rows(Portfolio portfolio) {
        requireEnough(portfolio);
        List<List<String>> rows = new ArrayList<>();
        for (PortfolioEntry entry : portfolio.entries()) {
            List<String> row = new ArrayList<>(List.of(entry.partnershipId(), entry.name(), entry.period()));
            for (Measure measure : portfolio.measures()) {
                Double value = measure.valueOf(entry);
                Optional<Position> place = portfolio.position(entry, measure);
                row.add(value == null || !measure.shown() ? "" : String.format(Locale.ROOT,
                        measure.healthIndex() ? "%.1f" : "%.2f", value));
                row.add(place.isEmpty() || !measure.shown() ? "" : place.get().name().toLowerCase(Locale.ROOT)
                        .replace('_', ' '));
            }
            row.add(String.join(" ", entry.antiPatterns()));
            rows.add(row);
        }
        return rows;
    }

    public static byte[] csv(Portfolio portfolio) {
        return Spreadsheet.csv(header(portfolio), rows(portfolio));
    }

    public static byte[] xlsx(Portfolio portfolio) {
        List<String> header = header(portfolio);
        return Spreadsheet.xlsx("Portfolio", header, rows(portfolio),
                (column, value) -> column >= 3 && column < header.size() - 1 && !header.get(column).endsWith("_place"));
    }

    private static void requireEnough(Portfolio portfolio) {
        if (!portfolio.enough()) {
            throw new org.partnershiphealth.advisor.service.ConflictException("A portfolio needs at least "
                    + portfolio.minimum() + " partnerships with published results; " + portfolio.size()
                    + (portfolio.size() == 1 ? " has" : " have") + " them so far. It is shown once there are enough,"
                    + " so that no partnership stands out on its own.");
        }
    }
}
