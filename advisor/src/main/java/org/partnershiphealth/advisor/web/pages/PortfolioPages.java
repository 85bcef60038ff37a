package org.partnershiphealth.advisor.web.pages;

import org.partnershiphealth.advisor.portfolio.PortfolioExport;
import org.partnershiphealth.advisor.portfolio.ReferenceSet;
import org.partnershiphealth.advisor.service.DataService;
import org.partnershiphealth.advisor.security.Consultant;
import org.partnershiphealth.advisor.service.PortfolioService;
import org.partnershiphealth.advisor.web.ReportFormats;
import org.partnershiphealth.reports.Reports;
import org.partnershiphealth.reports.portfolio.Portfolio;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.nio.charset.StandardCharsets;

/**
 * The organisation's portfolio: its partnerships' health and principles as distributions, the anti-patterns many
 * of them share, and each partnership's place as context. The page is the portfolio report itself, as HTML, PDF or
 * Markdown; the table downloads as CSV or XLSX.
 */
@Controller
class PortfolioPages extends ConsoleErrors {

    private final PortfolioService portfolios;
    private final Reports reports;

    PortfolioPages(PortfolioService portfolios, Reports reports) {
        this.portfolios = portfolios;
        this.reports = reports;
    }

    @GetMapping("/app/portfolio")
    ResponseEntity<byte[]> portfolio(@AuthenticationPrincipal Consultant me,
                                     @RequestParam(defaultValue = "html") String format) {
        Portfolio portfolio = portfolios.portfolio(me.organisationId());
        String organisation = portfolios.organisationName(me.organisationId());
        return switch (format) {
            case "pdf" -> file(reports.portfolio(Reports.Format.PDF, portfolio, organisation), MediaType.APPLICATION_PDF,
                    "portfolio.pdf");
            case "md" -> file(reports.portfolio(Reports.Format.MD, portfolio, organisation),
                    new MediaType("text", "markdown", StandardCharsets.UTF_8), "portfolio.md");
            case "csv" -> file(PortfolioExport.csv(portfolio), new MediaType("text", "csv", StandardCharsets.UTF_8),
                    "portfolio.csv");
            case "xlsx" -> file(PortfolioExport.xlsx(portfolio), MediaType.parseMediaType(
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"), "portfolio.xlsx");
            default -> page(portfolio, organisation);
        };
    }

    @GetMapping("/app/portfolio/reference-set")
    String referenceSetPage(@AuthenticationPrincipal Consultant me, org.springframework.ui.Model model) {
        Portfolio portfolio = portfolios.portfolio(me.organisationId());
        model.addAttribute("partnerships", portfolio.size());
        model.addAttribute("minimum", portfolio.minimum());
        model.addAttribute("organisation", portfolios.organisationName(me.organisationId()));
        return "web/reference-set";
    }

    @org.springframework.web.bind.annotation.PostMapping("/app/portfolio/reference-set")
    ResponseEntity<byte[]> publishReferenceSet(@AuthenticationPrincipal Consultant me, @RequestParam String source) {
        if (source.isBlank() || source.length() > 200) {
            throw new org.partnershiphealth.advisor.service.ConflictException("Name who publishes the reference set"
                    + " (up to 200 characters).");
        }
        ReferenceSet set = portfolios.publishReferenceSet(DataService.Actor.of(me), source.strip());
        return file(set.toJson(), MediaType.APPLICATION_JSON, "reference-set-" + set.created() + ".json");
    }

    private ResponseEntity<byte[]> page(Portfolio portfolio, String organisation) {
        String report = new String(reports.portfolio(Reports.Format.HTML, portfolio, organisation), StandardCharsets.UTF_8);
        String downloads = portfolio.enough() ? " · Download: <a href=\"/app/portfolio?format=pdf\">PDF</a> ·"
                + " <a href=\"/app/portfolio?format=csv\" id=\"portfolio-csv\">CSV</a> ·"
                + " <a href=\"/app/portfolio?format=xlsx\">Excel (.xlsx)</a> ·"
                + " <a href=\"/app/portfolio/reference-set\" id=\"reference-set-link\">Share as a reference set</a>" : "";
        String page = ConsolePages.withBackLink(report, "/app", "Partnerships", null, downloads);
        return ResponseEntity.ok().contentType(new MediaType("text", "html", StandardCharsets.UTF_8))
                .body(page.getBytes(StandardCharsets.UTF_8));
    }

    private static ResponseEntity<byte[]> file(byte[] body, MediaType type, String name) {
        return ReportFormats.file(body, type, name);
    }
}
