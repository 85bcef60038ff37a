package org.partnershiphealth.advisor.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.partnershiphealth.advisor.cli.DiagnosisJson;
import org.partnershiphealth.advisor.intake.AnswerScale;
import org.partnershiphealth.advisor.intake.IntakeOptions;
import org.partnershiphealth.advisor.security.Consultant;
import org.partnershiphealth.advisor.service.AssessmentService;
import org.partnershiphealth.advisor.store.StoredRound;
import org.partnershiphealth.diagnosis.Diagnosis;
import org.partnershiphealth.reports.Reports;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** One assessment round: its facts, open/closed state, invitations, responses, diagnosis and reports. */
@RestController
@RequestMapping("/api/rounds/{roundId}")
@Tag(name = "Rounds")
class RoundController {

    private final AssessmentService assessments;
    private final Reports reports;

    private final org.partnershiphealth.advisor.service.InvitationService invitations;

    RoundController(AssessmentService assessments, Reports reports,
                    org.partnershiphealth.advisor.service.InvitationService invitations) {
        this.invitations = invitations;
        this.assessments = assessments;
        this.reports = reports;
    }

    @GetMapping
    Views.RoundView get(@AuthenticationPrincipal Consultant me, @PathVariable long roundId) {
        StoredRound round = assessments.round(me.organisationId(), roundId);
        return Views.RoundView.of(round, assessments.responseCount(roundId));
    }

    @PutMapping("/facts")
    @Operation(summary = "Record the partnership facts of this round")
    Views.RoundView facts(@AuthenticationPrincipal Consultant me, @PathVariable long roundId,
                          @RequestBody(required = false) com.fasterxml.jackson.databind.JsonNode facts) {
        if (facts == null || !facts.isObject()) {
            // a replacement of every fact: an empty or null body must not erase them by accident
            throw new IllegalArgumentException("facts: the body must be a JSON object of facts (send {} to clear"
                    + " them all), not " + (facts == null || facts.isNull() ? "an empty body or null" : facts.getNodeType()
                    .name().toLowerCase(java.util.Locale.ROOT)));
        }
        assessments.round(me.organisationId(), roundId);
        return Views.RoundView.of(assessments.updateFacts(me.organisationId(), roundId,
                assessments.reader().facts("request", facts)), assessments.responseCount(roundId));
    }

    @PostMapping("/share-token")
    @Operation(summary = "Replace the round's share token; the old link stops working at once (reopening a closed"
            + " round does this too)")
    Views.RoundView newShareToken(@AuthenticationPrincipal Consultant me, @PathVariable long roundId) {
        return Views.RoundView.of(assessments.newShareLink(me.organisationId(), roundId),
                assessments.responseCount(roundId));
    }

    @PostMapping("/close")
    @Operation(summary = "Stop accepting responses")
    Views.RoundView close(@AuthenticationPrincipal Consultant me, @PathVariable long roundId) {
        return Views.RoundView.of(assessments.setOpen(me.organisationId(), roundId, false), assessments.responseCount(roundId));
    }

    @PostMapping("/open")
    @Operation(summary = "Accept responses again")
    Views.RoundView open(@AuthenticationPrincipal Consultant me, @PathVariable long roundId) {
        return Views.RoundView.of(assessments.setOpen(me.organisationId(), roundId, true), assessments.responseCount(roundId));
    }

    @PostMapping("/invites")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Create single-use invitations (one respondent each)")
    List<String> invites(@AuthenticationPrincipal Consultant me, @PathVariable long roundId,
                         @RequestParam(defaultValue = "1") int count) {
        return assessments.createInvites(me.organisationId(), roundId, count);
    }

    /** A list of addresses to invite, as on the invitation page: one per line, optionally ", SECTOR, ROLE". */
    record InviteeList(String list) {
    }

    /** An invitation as the consultant sees it; the link is the invitee's personal questionnaire link. */
    record InvitationView(String email, String sectorHint, String roleHint, boolean answered, int emailsSent,
                          java.time.Instant lastSentAt, String sendError, String link) {
    }

    @PostMapping("/invitations")
    @Operation(summary = "Add personal invitations from a list of addresses (all or nothing; addresses already"
            + " invited are counted, not repeated). Nothing is sent until POST .../invitations/send.")
    org.partnershiphealth.advisor.service.InvitationService.Added addInvitations(
            @AuthenticationPrincipal Consultant me, @PathVariable long roundId, @RequestBody InviteeList body) {
        return invitations.add(me.organisationId(), roundId, body == null ? null : body.list());
    }

    @GetMapping("/invitations")
    @Operation(summary = "The round's personal invitations: address, hints, whether used, e-mails sent, link")
    List<InvitationView> invitations(@AuthenticationPrincipal Consultant me, @PathVariable long roundId,
                                     jakarta.servlet.http.HttpServletRequest request) {
        String base = base(request);
        return invitations.list(me.organisationId(), roundId).stream().map(i -> new InvitationView(i.email(),
                i.sectorHint(), i.roleHint(), i.answered(), i.sentCount(), i.lastSentAt(), i.sendError(),
                org.partnershiphealth.advisor.service.InvitationService.link(base, i.token()))).toList();
    }

    @PostMapping("/invitations/send")
    @Operation(summary = "E-mail every invitation not sent yet (409 without an SMTP server or when the round is closed)")
    org.partnershiphealth.advisor.service.InvitationService.Sent sendInvitations(
            @AuthenticationPrincipal Consultant me, @PathVariable long roundId,
            jakarta.servlet.http.HttpServletRequest request) {
        return invitations.sendNew(me.organisationId(), roundId, base(request), me.getUsername());
    }

    @PostMapping("/invitations/remind")
    @Operation(summary = "E-mail a reminder now to every invitation not used yet, within the round's reminder limit")
    org.partnershiphealth.advisor.service.InvitationService.Sent remind(
            @AuthenticationPrincipal Consultant me, @PathVariable long roundId,
            jakarta.servlet.http.HttpServletRequest request) {
        return invitations.remindNow(me.organisationId(), roundId, base(request), me.getUsername());
    }

    private static String base(jakarta.servlet.http.HttpServletRequest request) {
        return org.springframework.web.servlet.support.ServletUriComponentsBuilder.fromContextPath(request).toUriString();
    }

    @GetMapping("/responses")
    @Operation(summary = "How many responses so far; per sector and role only as in the latest published results")
    Views.ResponseCounts responses(@AuthenticationPrincipal Consultant me, @PathVariable long roundId) {
        return Views.ResponseCounts.of(assessments.counts(me.organisationId(), roundId));
    }

    @PostMapping(value = "/responses/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Import a survey file (JSON, YAML, or a CSV or XLSX export); all or nothing unless"
            + " skipInvalid; responses the round already has are skipped and counted (alreadyInRound). For an export"
            + " of numbers, scale says what they count on (5, 5+dk6, 7, 7+dk8); an optional part 'mapping' holds a"
            + " column mapping (YAML)")
    AssessmentService.Imported importFile(@AuthenticationPrincipal Consultant me, @PathVariable long roundId,
                                         @RequestParam("file") MultipartFile file,
                                         @RequestParam(defaultValue = "false") boolean skipInvalid,
                                         @RequestParam(required = false) String scale,
                                         @RequestParam(name = "mapping", required = false) MultipartFile mapping)
            throws IOException {
        String name = file.getOriginalFilename() == null ? "upload.csv" : file.getOriginalFilename();
        IntakeOptions options = IntakeOptions.strict().skippingInvalid(skipInvalid)
                .withScale(scale == null || scale.isBlank() ? null : AnswerScale.parse(scale));
        if (mapping != null && !mapping.isEmpty()) {
            options = options.withMapping(assessments.reader().mapping("mapping", mapping.getBytes()));
        }
        return assessments.importFile(me.organisationId(), roundId, name, file.getBytes(), options);
    }

    @PostMapping("/diagnosis")
    @Operation(summary = "Publish the round's results now (409 while the anonymity policy withholds them)")
    ResponseEntity<String> diagnose(@AuthenticationPrincipal Consultant me, @PathVariable long roundId) {
        return json(assessments.publish(me.organisationId(), roundId));
    }

    @GetMapping("/diagnosis")
    @Operation(summary = "The latest published results of the round")
    ResponseEntity<String> diagnosis(@AuthenticationPrincipal Consultant me, @PathVariable long roundId) {
        return json(assessments.latestDiagnosis(me.organisationId(), roundId));
    }

    @GetMapping("/report")
    @Operation(summary = "The latest diagnosis as a report: kind diagnosis or briefing; format json, html, pdf or md")
    ResponseEntity<byte[]> report(@AuthenticationPrincipal Consultant me, @PathVariable long roundId,
                                  @RequestParam(defaultValue = "diagnosis") String kind,
                                  @RequestParam(defaultValue = "html") String format) {
        ReportFormats.Chosen chosen = ReportFormats.of(format, true);
        Reports.Kind reportKind = switch (kind) {
            case "diagnosis" -> Reports.Kind.DIAGNOSIS;
            case "briefing" -> Reports.Kind.BRIEFING;
            default -> throw new IllegalArgumentException("kind: diagnosis or briefing, not " + kind);
        };
        Diagnosis diagnosis = assessments.latestDiagnosis(me.organisationId(), roundId);
        byte[] body = chosen.format() == null ? DiagnosisJson.write(diagnosis).getBytes(StandardCharsets.UTF_8)
                : reports.render(reportKind, chosen.format(), diagnosis);
        return ReportFormats.respond(chosen, body, kind + "-" + diagnosis.partnership().id() + "-" + diagnosis.period());
    }

    static ResponseEntity<String> json(Diagnosis diagnosis) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(DiagnosisJson.write(diagnosis));
    }
}
