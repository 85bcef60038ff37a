package org.partnershiphealth.advisor.cli;

import org.partnershiphealth.advisor.diagnosis.Advisor;
import org.partnershiphealth.advisor.portfolio.PortfolioExport;
import org.partnershiphealth.advisor.service.PortfolioService;
import org.partnershiphealth.reports.Reports;
import org.partnershiphealth.reports.portfolio.Portfolio;
import org.partnershiphealth.reports.portfolio.PortfolioEntry;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** {@code pha batch --portfolio FILE}: the batch's partnerships as a portfolio view, in the format the file names. */
final class PortfolioFile {

    private static final List<String> ENDINGS = List.of(".html", ".pdf", ".md", ".csv", ".xlsx");

    private PortfolioFile() {
    }

    /** Refuses a file ending or a minimum that cannot work before any survey is read. */
    static void check(Path file, int minimum) {
        if (ENDINGS.stream().noneMatch(ending -> name(file).endsWith(ending))) {
            throw new PhaCommand.BadInputException("--portfolio " + file + ": the file must end in "
                    + String.join(", ", ENDINGS) + " (it chooses the format)");
        }
        if (minimum < PortfolioService.LOWEST_MINIMUM) {
            throw new PhaCommand.BadInputException("--portfolio-minimum " + minimum + ": at least "
                    + PortfolioService.LOWEST_MINIMUM + ", so that no partnership stands out on its own");
        }
    }

    /** Writes the portfolio and returns the line that says what was written, or why nothing was. */
    static String write(Path file, List<PortfolioEntry> entries, int minimum, Advisor advisor, String owner) {
        Portfolio portfolio = Portfolio.of(entries, minimum, advisor.knowledge());
        String name = name(file);
        if (!portfolio.enough() && (name.endsWith(".csv") || name.endsWith(".xlsx"))) {
            return "Portfolio not written: it needs at least " + minimum + " partnerships with diagnosed surveys; "
                    + portfolio.size() + (portfolio.size() == 1 ? " has" : " have") + " one.";
        }
        Reports reports = new Reports(advisor.knowledge());
        byte[] content;
        if (name.endsWith(".csv")) {
            content = PortfolioExport.csv(portfolio);
        } else if (name.endsWith(".xlsx")) {
            content = PortfolioExport.xlsx(portfolio);
        } else {
            content = reports.portfolio(name.endsWith(".pdf") ? Reports.Format.PDF : name.endsWith(".md")
                    ? Reports.Format.MD : Reports.Format.HTML, portfolio, owner);
        }
        Outputs.write(file, content);
        return portfolio.enough() ? "Portfolio of " + portfolio.size() + " partnerships written to " + file
                : "Portfolio written to " + file + " with only the reason it shows no figures: " + portfolio.size()
                + " of the " + minimum + " partnerships it needs.";
    }

    private static String name(Path file) {
        return file.getFileName().toString().toLowerCase(Locale.ROOT);
    }
}
