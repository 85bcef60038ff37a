package org.partnershiphealth.advisor.web.pages;

import org.partnershiphealth.advisor.security.Consultant;
import org.partnershiphealth.advisor.service.AssessmentService;
import org.partnershiphealth.advisor.service.CommitmentService;
import org.partnershiphealth.advisor.service.DataService;
import org.partnershiphealth.advisor.web.ReportFormats;
import org.partnershiphealth.diagnosis.Commitment;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;

/**
 * The commitments page: the round's plan as a tracked list. The partnership accepts (in its own words if it
 * likes), assigns and dates each focus item and action, or declines it, and later records progress.
 */
@Controller
class CommitmentPages extends ConsoleErrors {

    private final CommitmentService commitments;
    private final AssessmentService assessments;

    CommitmentPages(CommitmentService commitments, AssessmentService assessments) {
        this.commitments = commitments;
        this.assessments = assessments;
    }

    @GetMapping("/app/rounds/{id}/commitments")
    String page(@AuthenticationPrincipal Consultant me, @PathVariable long id, Model model) {
        CommitmentService.Plan plan = commitments.plan(me.organisationId(), id);
        model.addAttribute("round", plan.round());
        model.addAttribute("partnership", assessments.partnership(me.organisationId(), plan.round().partnershipId()));
        model.addAttribute("plan", plan);
        model.addAttribute("statuses", Commitment.Status.values());
        return "web/commitments";
    }

    @PostMapping("/app/rounds/{id}/commitments/{itemKey}")
    String save(@AuthenticationPrincipal Consultant me, @PathVariable long id, @PathVariable String itemKey,
                @RequestParam Map<String, String> form, RedirectAttributes flash) {
        try {
            CommitmentService.Item item = commitments.save(DataService.Actor.of(me), id, itemKey,
                    new CommitmentService.Change(form.get("decision"), form.get("text"), form.get("owner"),
                            form.get("due"), form.get("status"), form.get("dropReason")));
            flash.addFlashAttribute("message", "Saved: " + shorten(item.text()) + " — " + (item.commitment().accepted()
                    ? item.commitment().status().label() : "declined") + ".");
        } catch (IllegalArgumentException e) {
            flash.addFlashAttribute("error", "Not saved: " + inWords(e.getMessage()));
            flash.addFlashAttribute("failedItem", itemKey);
        }
        return "redirect:/app/rounds/" + id + "/commitments#item-" + itemKey;
    }

    @PostMapping("/app/rounds/{id}/commitments/accept-rest")
    String acceptRest(@AuthenticationPrincipal Consultant me, @PathVariable long id, RedirectAttributes flash) {
        int accepted = commitments.acceptRest(DataService.Actor.of(me), id, LocalDate.now());
        flash.addFlashAttribute("message", accepted == 0 ? "Every item already has a decision."
                : accepted + " item" + (accepted == 1 ? "" : "s") + " accepted as proposed, with the owners the plan"
                + " suggests and dates at the end of each item's weeks. Change any of them below.");
        return "redirect:/app/rounds/" + id + "/commitments";
    }

    @GetMapping("/app/rounds/{id}/commitments.csv")
    ResponseEntity<byte[]> csv(@AuthenticationPrincipal Consultant me, @PathVariable long id) {
        return ReportFormats.file(commitments.csv(me.organisationId(), id), new MediaType("text", "csv", StandardCharsets.UTF_8),
                "commitments-" + id + ".csv");
    }

    /** The service names fields as the API does; the page names them as its labels do. */
    private static String inWords(String message) {
        for (Map.Entry<String, String> label : LABELS.entrySet()) {
            if (message.startsWith(label.getKey() + ": ")) {
                return label.getValue() + ": " + message.substring(label.getKey().length() + 2);
            }
        }
        return message;
    }

    private static final Map<String, String> LABELS = Map.of("dropReason", "If dropped, why", "due", "Due",
            "owner", "Owner", "text", "Wording", "status", "Progress", "decision", "Accept or decline");

    private static String shorten(String text) {
        return text.length() > 80 ? text.substring(0, 80) + "…" : text;
    }
}
