package org.partnershiphealth.advisor.web.pages;

import jakarta.servlet.http.HttpServletRequest;
import org.partnershiphealth.advisor.security.Consultant;
import org.partnershiphealth.advisor.service.AssessmentService;
import org.partnershiphealth.advisor.service.ConflictException;
import org.partnershiphealth.advisor.service.InvitationService;
import org.partnershiphealth.advisor.store.StoredRound;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * A round's personal invitations: add addresses (pasted or from a file), send the invitations and reminders by
 * e-mail when an SMTP server is configured, set the reminder schedule, and copy the links or download them as a
 * CSV for a mail merge when it is not.
 */
@Controller
class InvitationPages extends ConsoleErrors {

    private final InvitationService invitations;
    private final AssessmentService assessments;

    InvitationPages(InvitationService invitations, AssessmentService assessments) {
        this.invitations = invitations;
        this.assessments = assessments;
    }

    @GetMapping("/app/rounds/{id}/invitations")
    String page(@AuthenticationPrincipal Consultant me, @PathVariable long id, HttpServletRequest request,
                Model model) {
        StoredRound round = assessments.round(me.organisationId(), id);
        var list = invitations.list(me.organisationId(), id);
        model.addAttribute("round", round);
        model.addAttribute("partnership", assessments.partnership(me.organisationId(), round.partnershipId()));
        model.addAttribute("invitations", list);
        model.addAttribute("base", base(request));
        model.addAttribute("canSend", invitations.canSend());
        model.addAttribute("unsent", list.stream().filter(i -> i.email() != null && i.sentCount() == 0 && !i.answered()).count());
        model.addAttribute("waiting", list.stream().filter(i -> i.email() != null && i.sentCount() > 0 && !i.answered()).count());
        model.addAttribute("answered", list.stream().filter(i -> i.answered()).count());
        model.addAttribute("participation", assessments.participation(round, assessments.responseCount(id)).orElse(null));
        return "web/invitations";
    }

    @PostMapping("/app/rounds/{id}/invitations")
    String add(@AuthenticationPrincipal Consultant me, @PathVariable long id,
               @RequestParam(defaultValue = "") String list, @RequestParam(required = false) MultipartFile file,
               RedirectAttributes flash) throws IOException {
        String all = list;
        if (file != null && !file.isEmpty()) {
            all = all + "\n" + new String(file.getBytes(), StandardCharsets.UTF_8);
        }
        try {
            InvitationService.Added added = invitations.add(me.organisationId(), id, all);
            flash.addFlashAttribute("message", added.added() + " invitation" + (added.added() == 1 ? "" : "s")
                    + " added" + (added.alreadyInvited() == 0 ? "." : "; " + added.alreadyInvited()
                    + " address" + (added.alreadyInvited() == 1 ? " was" : "es were") + " already invited and left as"
                    + (added.alreadyInvited() == 1 ? " it was." : " they were.")) + (invitations.canSend()
                    ? " Nothing is sent until you press \u201cSend\u201d." : ""));
        } catch (IllegalArgumentException e) {
            flash.addFlashAttribute("error", e.getMessage());
            flash.addFlashAttribute("typedList", list);
        }
        return "redirect:/app/rounds/" + id + "/invitations";
    }

    @PostMapping("/app/rounds/{id}/invitations/send")
    String send(@AuthenticationPrincipal Consultant me, @PathVariable long id, HttpServletRequest request,
                RedirectAttributes flash) {
        return report(flash, id, "invitation", () -> invitations.sendNew(me.organisationId(), id, base(request),
                me.getUsername()));
    }

    @PostMapping("/app/rounds/{id}/invitations/remind")
    String remind(@AuthenticationPrincipal Consultant me, @PathVariable long id, HttpServletRequest request,
                  RedirectAttributes flash) {
        return report(flash, id, "reminder", () -> invitations.remindNow(me.organisationId(), id, base(request),
                me.getUsername()));
    }

    private String report(RedirectAttributes flash, long id, String what,
                          java.util.function.Supplier<InvitationService.Sent> sending) {
        try {
            InvitationService.Sent sent = sending.get();
            flash.addFlashAttribute("message", sent.sent() + " " + what + (sent.sent() == 1 ? "" : "s") + " sent."
                    + (sent.failed().isEmpty() ? "" : " Not sent: " + String.join("; ", sent.failed())));
        } catch (ConflictException e) {
            flash.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/app/rounds/" + id + "/invitations";
    }

    @PostMapping("/app/rounds/{id}/invitations/schedule")
    String schedule(@AuthenticationPrincipal Consultant me, @PathVariable long id,
                    @RequestParam(defaultValue = "") String days, @RequestParam(defaultValue = "2") int limit,
                    RedirectAttributes flash) {
        try {
            Integer every = days.isBlank() ? null : Integer.valueOf(days.strip());
            invitations.schedule(me.organisationId(), id, every, limit);
            flash.addFlashAttribute("message", every == null || every == 0 ? "No automatic reminders."
                    : "Reminders go every " + every + " days to those who have not answered, at most " + limit
                    + " each, and stop when the round closes.");
        } catch (NumberFormatException e) {
            flash.addFlashAttribute("error", "Every how many days: a whole number between 1 and 60");
        } catch (IllegalArgumentException e) {
            flash.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/app/rounds/" + id + "/invitations";
    }

    @PostMapping("/app/rounds/{id}/invitations/delete")
    String delete(@AuthenticationPrincipal Consultant me, @PathVariable long id, @RequestParam String token,
                  RedirectAttributes flash) {
        if (invitations.delete(me.organisationId(), id, token)) {
            flash.addFlashAttribute("message", "The invitation is deleted; its link no longer opens the questionnaire.");
        } else {
            flash.addFlashAttribute("error", "That invitation was already used or deleted: a used invitation stays,"
                    + " so that the response rate remains true.");
        }
        return "redirect:/app/rounds/" + id + "/invitations";
    }

    @GetMapping("/app/rounds/{id}/invitations.csv")
    ResponseEntity<byte[]> csv(@AuthenticationPrincipal Consultant me, @PathVariable long id,
                               HttpServletRequest request) {
        StoredRound round = assessments.round(me.organisationId(), id);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"invitations-" + round.id() + ".csv\"")
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .body(invitations.linksCsv(me.organisationId(), id, base(request)).getBytes(StandardCharsets.UTF_8));
    }

    private static String base(HttpServletRequest request) {
        return ServletUriComponentsBuilder.fromContextPath(request).toUriString();
    }
}
