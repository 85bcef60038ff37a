package org.partnershiphealth.advisor.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.partnershiphealth.advisor.portfolio.PortfolioExport;
import org.partnershiphealth.advisor.security.Consultant;
import org.partnershiphealth.advisor.service.CheckInService;
import org.partnershiphealth.advisor.service.DataService;
import org.partnershiphealth.advisor.service.PortfolioService;
import org.partnershiphealth.advisor.store.CheckInStore;
import org.partnershiphealth.reports.portfolio.Measure;
import org.partnershiphealth.reports.portfolio.Portfolio;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.nio.charset.StandardCharsets;
import java.util.List;

/** The loop over the API: a round's 90-day check-in and the organisation's portfolio. */
@RestController
@Tag(name = "Loop")
class LoopController {

    private final CheckInService checkIns;
    private final PortfolioService portfolios;

    LoopController(CheckInService checkIns, PortfolioService portfolios) {
        this.checkIns = checkIns;
        this.portfolios = portfolios;
    }

    /** A check-in as the API shows it: what it asks, its link token and its results (withheld below k). */
    record CheckInView(boolean open, String shareToken, List<CheckInStore.Asked> commitments, List<String> items,
                       CheckInService.Results results) {
    }

    @PostMapping("/api/rounds/{roundId}/check-in")
    @Operation(summary = "Open the round's 90-day check-in on its committed focus items (409 when it has one, or"
            + " nothing was committed); respondents answer at /q/c/{shareToken}")
    CheckInView openCheckIn(@AuthenticationPrincipal Consultant me, @PathVariable long roundId) {
        CheckInStore.CheckIn checkIn = checkIns.open(DataService.Actor.of(me), roundId);
        return view(me, roundId, checkIn);
    }

    @GetMapping("/api/rounds/{roundId}/check-in")
    @Operation(summary = "The round's check-in and its results: per commitment how many saw it happen and whether"
            + " its practice moved beyond noise; from k answers, in steps of k")
    CheckInView checkIn(@AuthenticationPrincipal Consultant me, @PathVariable long roundId) {
        CheckInStore.CheckIn checkIn = checkIns.ofRound(me.organisationId(), roundId)
                .orElseThrow(() -> new org.partnershiphealth.advisor.service.NotFoundException(
                        "round " + roundId + " has no check-in"));
        return view(me, roundId, checkIn);
    }

    private CheckInView view(Consultant me, long roundId, CheckInStore.CheckIn checkIn) {
        return new CheckInView(checkIn.open(), checkIn.shareToken(), checkIn.commitments(), checkIn.items(),
                checkIns.results(me.organisationId(), roundId));
    }

    /** The portfolio as the API shows it: the spreads, shared anti-patterns and each partnership's place. */
    record PortfolioView(int partnerships, int minimum, boolean shown, List<Measure> measures,
                         List<Portfolio.CommonAntiPattern> commonAntiPatterns, List<String> header,
                         List<List<String>> rows) {
    }

    @GetMapping("/api/portfolio")
    @Operation(summary = "The organisation's portfolio: each partnership's latest published round as spreads and"
            + " places in words (never a ranking); format=csv or xlsx for the table. Below the minimum number of"
            + " partnerships only the counts (409 for csv and xlsx)")
    ResponseEntity<?> portfolio(@AuthenticationPrincipal Consultant me,
                                @RequestParam(defaultValue = "json") String format) {
        Portfolio portfolio = portfolios.portfolio(me.organisationId());
        return switch (format) {
            case "csv" -> file(PortfolioExport.csv(portfolio), new MediaType("text", "csv", StandardCharsets.UTF_8),
                    "portfolio.csv");
            case "xlsx" -> file(PortfolioExport.xlsx(portfolio), MediaType.parseMediaType(
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"), "portfolio.xlsx");
            case "json" -> ResponseEntity.ok(portfolio.enough()
                    ? new PortfolioView(portfolio.size(), portfolio.minimum(), true, portfolio.measures(),
                    portfolio.commonAntiPatterns(), PortfolioExport.header(portfolio), PortfolioExport.rows(portfolio))
                    : new PortfolioView(portfolio.size(), portfolio.minimum(), false, List.of(), List.of(), List.of(),
                    List.of()));
            default -> throw new IllegalArgumentException("format: json, csv or xlsx, not \"" + format + "\"");
        };
    }

    private static ResponseEntity<byte[]> file(byte[] body, MediaType type, String name) {
        return ReportFormats.file(body, type, name);
    }
}
