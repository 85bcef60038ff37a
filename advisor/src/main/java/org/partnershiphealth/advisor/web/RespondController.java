package org.partnershiphealth.advisor.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.partnershiphealth.advisor.service.AssessmentService;
import org.partnershiphealth.advisor.service.Submission;
import org.partnershiphealth.advisor.store.StoredRound;
import org.partnershiphealth.assessment.QuestionnaireForm;
import org.partnershiphealth.knowledge.KnowledgeBase;
import org.partnershiphealth.knowledge.Question;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/**
 * Where respondents answer, without an account: through a round's share token (any number of respondents; an
 * Idempotency-Key header makes a retried submission count once) or a single-use invitation token.
 */
@RestController
@Tag(name = "Respondents")
class RespondController {

    private final AssessmentService assessments;
    private final KnowledgeBase knowledge;
    private final org.partnershiphealth.advisor.service.DataService data;

    RespondController(AssessmentService assessments, org.partnershiphealth.advisor.diagnosis.Advisor advisor,
                      org.partnershiphealth.advisor.service.DataService data) {
        this.assessments = assessments;
        this.knowledge = advisor.knowledge();
        this.data = data;
    }

    /** A respondent's request to erase their response: the receipt code from the thank-you page or the API. */
    record Erasure(String receipt) {
    }

    record Erased(boolean erased, String message) {
    }

    @PostMapping("/api/respond/erasure")
    @Operation(summary = "Erase a response by the receipt code its respondent was given (404 when no response has it)")
    ResponseEntity<Erased> erase(@RequestBody Erasure erasure) {
        if (erasure == null || erasure.receipt() == null || erasure.receipt().isBlank()) {
            throw new IllegalArgumentException("receipt: the receipt code is missing");
        }
        return data.erase(erasure.receipt())
                ? ResponseEntity.ok(new Erased(true, "The response was erased."))
                : ResponseEntity.status(HttpStatus.NOT_FOUND).body(new Erased(false, "No response has this receipt code"
                + " (it may have been erased already, or its round deleted)."));
    }

    /** The round's questionnaire in the language its respondents read (ids and codes as in English). */
    record Questionnaire(String period, QuestionnaireForm form, boolean open, String language, List<Question> items,
                         org.partnershiphealth.knowledge.Questionnaire.ProfileQuestions profile) {
    }

    @GetMapping("/api/respond/{token}")
    @Operation(summary = "The questionnaire of the round behind a share token")
    Questionnaire questionnaire(@PathVariable String token) {
        return questionnaireOf(assessments.openRoundByShareToken(token));
    }

    @PostMapping("/api/respond/{token}")
    @Operation(summary = "Submit one response; acknowledged only once it is stored")
    ResponseEntity<Views.Receipt> submit(@PathVariable String token, @RequestBody Submission submission,
                                         @RequestHeader(value = "Idempotency-Key", required = false) String key) {
        return receipt(assessments.submit(token, submission, key));
    }

    @GetMapping("/api/invites/{token}")
    @Operation(summary = "The questionnaire behind a single-use invitation")
    Questionnaire invited(@PathVariable String token) {
        return questionnaireOf(assessments.roundOfInvite(token));
    }

    @PostMapping("/api/invites/{token}/response")
    @Operation(summary = "Submit the one response an invitation allows (409 once it is used); a retry with the same"
            + " Idempotency-Key returns the first response. The response keeps no link to the invitation.")
    ResponseEntity<Views.Receipt> submitInvited(@PathVariable String token, @RequestBody Submission submission,
                                                @RequestHeader(value = "Idempotency-Key", required = false) String key) {
        return receipt(assessments.submitInvited(token, submission, key));
    }

    private Questionnaire questionnaireOf(StoredRound round) {
        var questionnaire = knowledge.questionnaire(round.language());
        List<Question> items = round.form() == QuestionnaireForm.FULL ? questionnaire.fullForm()
                : questionnaire.shortForm();
        return new Questionnaire(round.period(), round.form(), round.isOpen(), round.language(), items,
                questionnaire.profile());
    }

    private static ResponseEntity<Views.Receipt> receipt(AssessmentService.Receipt receipt) {
        return ResponseEntity.status(receipt.created() ? HttpStatus.CREATED : HttpStatus.OK)
                .body(new Views.Receipt(receipt.responseId(), receipt.created(),
                        receipt.created() ? "Thank you: your answers are saved." : "These answers were already saved.",
                        receipt.receiptCode()));
    }
}
