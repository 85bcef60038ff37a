package org.partnershiphealth.advisor.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.partnershiphealth.advisor.security.Consultant;
import org.partnershiphealth.advisor.service.CommitmentService;
import org.partnershiphealth.advisor.service.DataService;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.nio.charset.StandardCharsets;
import java.util.List;

/** A round's plan as a tracked list: what the partnership committed to, who owns it, by when, and where it stands. */
@RestController
@RequestMapping("/api/rounds/{roundId}/commitments")
@Tag(name = "Commitments")
class CommitmentController {

    private final CommitmentService commitments;

    CommitmentController(CommitmentService commitments) {
        this.commitments = commitments;
    }

    /** The tracked plan as the API shows it. */
    record PlanView(long roundId, String period, long accepted, long undecided,
                    List<CommitmentService.Practice> practices) {
    }

    @GetMapping
    @Operation(summary = "The round's plan with the partnership's decision on each focus item and action"
            + " (409 while the round has no published results)")
    PlanView plan(@AuthenticationPrincipal Consultant me, @PathVariable long roundId) {
        CommitmentService.Plan plan = commitments.plan(me.organisationId(), roundId);
        return new PlanView(roundId, plan.round().period(), plan.accepted(), plan.undecided(), plan.practices());
    }

    @PutMapping("/{itemKey}")
    @Operation(summary = "Accept (with owner, due date, status and optionally your own wording) or decline one item"
            + " of the plan: PR11 for a focus item, PR11-A2 for its second action. A dropped item needs dropReason.")
    CommitmentService.Item save(@AuthenticationPrincipal Consultant me, @PathVariable long roundId,
                                @PathVariable String itemKey, @RequestBody(required = false) CommitmentService.Change change) {
        if (change == null) {
            throw new IllegalArgumentException("decision: the body must be a JSON object with at least a decision"
                    + " (ACCEPTED or DECLINED)");
        }
        return commitments.save(DataService.Actor.of(me), roundId, itemKey, change);
    }

    @GetMapping("/csv")
    @Operation(summary = "The tracked plan as CSV, one row per item, decided or not")
    ResponseEntity<byte[]> csv(@AuthenticationPrincipal Consultant me, @PathVariable long roundId) {
        byte[] csv = commitments.csv(me.organisationId(), roundId);
        return ReportFormats.file(csv, new MediaType("text", "csv", StandardCharsets.UTF_8),
                "commitments-" + roundId + ".csv");
    }
}
