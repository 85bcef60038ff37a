package org.partnershiphealth.advisor.web.pages;

import jakarta.servlet.http.HttpServletRequest;
import org.partnershiphealth.advisor.diagnosis.Advisor;
import org.partnershiphealth.advisor.security.Consultant;
import org.partnershiphealth.advisor.service.AssessmentService;
import org.partnershiphealth.advisor.service.CheckInService;
import org.partnershiphealth.advisor.service.ConflictException;
import org.partnershiphealth.advisor.service.DataService;
import org.partnershiphealth.advisor.store.CheckInStore;
import org.partnershiphealth.advisor.store.StoredRound;
import org.partnershiphealth.knowledge.Questionnaire;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.Map;

/**
 * The 90-day check-in: the consultant opens it on a round's committed focus items and reads its results; the
 * round's respondents answer it from its own share link, on one short page, anonymously.
 */
@Controller
class CheckInPages extends ConsoleErrors {

    private final CheckInService checkIns;
    private final AssessmentService assessments;
    private final Advisor advisor;
    private final org.partnershiphealth.advisor.service.RespondentText text;
    private final org.partnershiphealth.advisor.service.InvitationService invitations;

    CheckInPages(CheckInService checkIns, AssessmentService assessments, Advisor advisor,
                 org.partnershiphealth.advisor.service.RespondentText text,
                 org.partnershiphealth.advisor.service.InvitationService invitations) {
        this.invitations = invitations;
        this.text = text;
        this.checkIns = checkIns;
        this.assessments = assessments;
        this.advisor = advisor;
    }

    @PostMapping("/app/rounds/{id}/check-in")
    String open(@AuthenticationPrincipal Consultant me, @PathVariable long id, RedirectAttributes flash) {
        try {
            checkIns.open(DataService.Actor.of(me), id);
            flash.addFlashAttribute("message", "The check-in is open: send its link to the people who answered the"
                    + " round.");
        } catch (ConflictException e) {
            flash.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/app/rounds/" + id + "/check-in";
    }

    @PostMapping("/app/rounds/{id}/check-in/status")
    String status(@AuthenticationPrincipal Consultant me, @PathVariable long id, @RequestParam boolean open) {
        checkIns.setOpen(DataService.Actor.of(me), id, open);
        return "redirect:/app/rounds/" + id + "/check-in";
    }

    @GetMapping("/app/rounds/{id}/check-in")
    String page(@AuthenticationPrincipal Consultant me, @PathVariable long id, HttpServletRequest request, Model model) {
        StoredRound round = assessments.round(me.organisationId(), id);
        model.addAttribute("round", round);
        model.addAttribute("partnership", assessments.partnership(me.organisationId(), round.partnershipId()));
        model.addAttribute("k", assessments.anonymityThreshold());
        checkIns.ofRound(me.organisationId(), id).ifPresent(checkIn -> {
            model.addAttribute("checkIn", checkIn);
            model.addAttribute("shareLink", request.getRequestURL().toString().replace(request.getRequestURI(), "")
                    + "/q/c/" + checkIn.shareToken());
            model.addAttribute("questions", checkIns.questions(checkIn));
            model.addAttribute("results", checkIns.results(me.organisationId(), id));
        });
        model.addAttribute("canSend", invitations.canSend());
        model.addAttribute("invitedAnswered", invitations.answeredWithAddress(me.organisationId(), id));
        return "web/check-in";
    }

    /** E-mails the check-in link to everyone who answered the round by personal invitation. */
    @PostMapping("/app/rounds/{id}/check-in/send")
    String send(@AuthenticationPrincipal Consultant me, @PathVariable long id, HttpServletRequest request,
                RedirectAttributes flash) {
        CheckInStore.CheckIn checkIn = checkIns.ofRound(me.organisationId(), id)
                .orElseThrow(() -> new org.partnershiphealth.advisor.service.NotFoundException("no check-in"));
        try {
            var sent = invitations.sendCheckIn(me.organisationId(), id, request.getRequestURL().toString()
                    .replace(request.getRequestURI(), "") + "/q/c/" + checkIn.shareToken(), me.getUsername());
            flash.addFlashAttribute(sent.failed().isEmpty() ? "message" : "error", "The check-in link went to "
                    + sent.sent() + " " + (sent.sent() == 1 ? "person" : "people") + (sent.failed().isEmpty() ? "."
                    : "; not sent to " + String.join("; ", sent.failed())));
        } catch (ConflictException e) {
            flash.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/app/rounds/" + id + "/check-in";
    }

    // --- the respondent's side -----------------------------------------------------------------------------------

    @GetMapping("/q/c/{token}")
    String form(@PathVariable String token, Model model) {
        CheckInStore.CheckIn checkIn = checkIns.byShareToken(token);
        StoredRound round = assessments.roundById(checkIn.roundId());
        Questionnaire questionnaire = advisor.knowledge().questionnaire(round.language());
        model.addAttribute("t", text.in(round.language()));
        model.addAttribute("checkIn", checkIn);
        model.addAttribute("token", token);
        model.addAttribute("period", round.period());
        model.addAttribute("partnershipName", assessments.partnership(round.organisationId(), round.partnershipId())
                .name());
        model.addAttribute("questionnaire", questionnaire);
        model.addAttribute("questions", checkIn.items().stream().map(id -> questionnaire.fullForm().stream()
                .filter(q -> q.id().equals(id)).findFirst().orElseThrow()).toList());
        model.addAttribute("k", assessments.anonymityThreshold());
        return checkIn.open() ? "web/check-in-form" : "web/check-in-closed";
    }

    @PostMapping("/q/c/{token}")
    String answer(@PathVariable String token, @RequestParam Map<String, String> form, RedirectAttributes flash) {
        try {
            checkIns.submit(token, form);
            return "redirect:/q/c/" + token + "/thanks";
        } catch (IllegalArgumentException e) {
            flash.addFlashAttribute("error", e.getMessage().startsWith("answers:") ? "checkIn.nothingAnswered"
                    : "checkIn.notOffered");
            flash.addFlashAttribute("values", form);
            return "redirect:/q/c/" + token;
        } catch (ConflictException e) {
            return "redirect:/q/c/" + token;
        }
    }

    @GetMapping("/q/c/{token}/thanks")
    String thanks(@PathVariable String token, Model model) {
        CheckInStore.CheckIn checkIn = checkIns.byShareToken(token);
        model.addAttribute("t", text.in(assessments.roundById(checkIn.roundId()).language()));
        return "web/check-in-thanks";
    }
}
