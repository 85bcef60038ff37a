package org.partnershiphealth.advisor.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.partnershiphealth.advisor.security.Consultant;
import org.partnershiphealth.advisor.service.AssessmentService;
import org.partnershiphealth.advisor.store.PartnershipStore;
import org.partnershiphealth.advisor.store.ResponseStore;
import org.partnershiphealth.advisor.store.RoundStore;
import org.partnershiphealth.reports.Reports;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/** Partnerships of the consultant's organisation, their rounds, and the annual report across rounds. */
@RestController
@RequestMapping("/api/partnerships")
@Tag(name = "Partnerships")
class PartnershipController {

    private final AssessmentService assessments;
    private final PartnershipStore partnerships;
    private final RoundStore rounds;
    private final ResponseStore responses;
    private final Reports reports;

    private final org.partnershiphealth.advisor.service.RespondentText respondentText;
    private final org.partnershiphealth.advisor.service.CheckInService checkIns;

    PartnershipController(AssessmentService assessments, PartnershipStore partnerships, RoundStore rounds,
                          ResponseStore responses, Reports reports,
                          org.partnershiphealth.advisor.service.RespondentText respondentText,
                          org.partnershiphealth.advisor.service.CheckInService checkIns) {
        this.checkIns = checkIns;
        this.respondentText = respondentText;
        this.assessments = assessments;
        this.partnerships = partnerships;
        this.rounds = rounds;
        this.responses = responses;
        this.reports = reports;
    }

    @GetMapping
    @Operation(summary = "The organisation's partnerships")
    List<Views.PartnershipView> list(@AuthenticationPrincipal Consultant me) {
        return partnerships.all(me.organisationId()).stream().map(Views.PartnershipView::of).toList();
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Add a partnership")
    Views.PartnershipView create(@AuthenticationPrincipal Consultant me, @Valid @RequestBody Views.NewPartnership body) {
        return Views.PartnershipView.of(assessments.createPartnership(me.organisationId(), body.slug(), body.name()));
    }

    @GetMapping("/{id}")
    Views.PartnershipView get(@AuthenticationPrincipal Consultant me, @PathVariable long id) {
        return Views.PartnershipView.of(assessments.partnership(me.organisationId(), id));
    }

    @GetMapping("/{id}/rounds")
    @Operation(summary = "The partnership's assessment rounds")
    List<Views.RoundView> rounds(@AuthenticationPrincipal Consultant me, @PathVariable long id) {
        assessments.partnership(me.organisationId(), id);
        return rounds.ofPartnership(me.organisationId(), id).stream()
                .map(r -> Views.RoundView.of(r, responses.count(r.id()))).toList();
    }

    @PostMapping("/{id}/rounds")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Open an assessment round; its share token lets respondents answer without an account")
    Views.RoundView createRound(@AuthenticationPrincipal Consultant me, @PathVariable long id,
                                @Valid @RequestBody Views.NewRound body) {
        return Views.RoundView.of(assessments.createRound(me.organisationId(), id, body.period(), body.form(),
                assessments.reader().facts("request", body.facts()),
                body.language() == null ? "en" : respondentText.require(body.language())), 0);
    }

    @GetMapping("/{id}/annual")
    @Operation(summary = "The annual health report over the chosen rounds (round ids; default every round with"
            + " published results) as html, pdf or md; rounds below the anonymity limit are named as left out")
    ResponseEntity<byte[]> annual(@AuthenticationPrincipal Consultant me, @PathVariable long id,
                                  @RequestParam(defaultValue = "html") String format,
                                  @RequestParam(required = false) java.util.List<Long> rounds) {
        ReportFormats.Chosen chosen = ReportFormats.of(format, false);
        AssessmentService.AnnualRounds published = assessments.roundsForAnnualReport(me.organisationId(), id,
                rounds == null ? java.util.Set.of() : java.util.Set.copyOf(rounds));
        return ReportFormats.respond(chosen, reports.annual(chosen.format(), published.rounds(), published.leftOut(),
                published.commitments(), checkIns.seen(me.organisationId(), id)),
                "annual");
    }
}
