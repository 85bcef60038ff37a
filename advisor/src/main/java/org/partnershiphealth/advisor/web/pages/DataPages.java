package org.partnershiphealth.advisor.web.pages;

import org.partnershiphealth.advisor.security.Consultant;
import org.partnershiphealth.advisor.service.AssessmentService;
import org.partnershiphealth.advisor.service.DataService;
import org.partnershiphealth.advisor.web.ReportFormats;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The consultant's data management pages: rename a partnership, correct a round's period, delete a response, a
 * round or a partnership (a whole round or partnership only after typing its period or id), and download a round's
 * raw answers. Each action comes back to the page it was made on with what happened, or why it was refused.
 */
@Controller
class DataPages extends ConsoleErrors {

    private final DataService data;
    private final AssessmentService assessments;

    DataPages(DataService data, AssessmentService assessments) {
        this.data = data;
        this.assessments = assessments;
    }

    @PostMapping("/app/partnerships/{id}/rename")
    String rename(@AuthenticationPrincipal Consultant me, @PathVariable long id, @RequestParam String name,
                  RedirectAttributes flash) {
        attempt(flash, () -> "Renamed to \"" + data.renamePartnership(DataService.Actor.of(me), id, name).name() + "\".");
        return "redirect:/app/partnerships/" + id;
    }

    @PostMapping("/app/partnerships/{id}/delete")
    String deletePartnership(@AuthenticationPrincipal Consultant me, @PathVariable long id,
                             @RequestParam(defaultValue = "") String confirm, RedirectAttributes flash) {
        String name = assessments.partnership(me.organisationId(), id).name();
        boolean done = attempt(flash, () -> {
            data.deletePartnership(DataService.Actor.of(me), id, confirm);
            return "\"" + name + "\" was deleted with all its rounds, responses and results.";
        });
        return done ? "redirect:/app" : "redirect:/app/partnerships/" + id;
    }

    @PostMapping("/app/rounds/{id}/period")
    String period(@AuthenticationPrincipal Consultant me, @PathVariable long id, @RequestParam String period,
                  RedirectAttributes flash) {
        attempt(flash, () -> "The period is now \"" + data.changePeriod(DataService.Actor.of(me), id, period).period() + "\".");
        return "redirect:/app/rounds/" + id;
    }

    @PostMapping("/app/rounds/{id}/delete")
    String deleteRound(@AuthenticationPrincipal Consultant me, @PathVariable long id,
                       @RequestParam(defaultValue = "") String confirm, RedirectAttributes flash) {
        long partnership = assessments.round(me.organisationId(), id).partnershipId();
        boolean done = attempt(flash, () -> {
            data.deleteRound(DataService.Actor.of(me), id, confirm);
            return "The round was deleted with its responses and results.";
        });
        return done ? "redirect:/app/partnerships/" + partnership : "redirect:/app/rounds/" + id;
    }

    @PostMapping("/app/rounds/{id}/responses/delete")
    String deleteResponse(@AuthenticationPrincipal Consultant me, @PathVariable long id,
                          @RequestParam(defaultValue = "") String ref, RedirectAttributes flash) {
        attempt(flash, () -> {
            int withdrawn = data.deleteResponse(DataService.Actor.of(me), id, ref);
            return "Response " + ref.strip().toUpperCase(java.util.Locale.ROOT) + " was deleted." + (withdrawn == 0 ? ""
                    : " The published results counted it, so they are withdrawn until the anonymity policy allows"
                    + " publishing again.");
        });
        return "redirect:/app/rounds/" + id;
    }

    @GetMapping("/app/rounds/{id}/raw")
    ResponseEntity<byte[]> raw(@AuthenticationPrincipal Consultant me, @PathVariable long id,
                               @RequestParam(defaultValue = "csv") String format) {
        DataService.Export export = data.exportRaw(DataService.Actor.of(me), id, format.equals("xlsx"));
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(export.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ReportFormats.attachment(export.fileName()))
                .body(export.content());
    }


    /** Runs an action; its message, or the reason it was refused, goes to the next page. */
    private static boolean attempt(RedirectAttributes flash, java.util.function.Supplier<String> action) {
        try {
            flash.addFlashAttribute("message", action.get());
            return true;
        } catch (IllegalArgumentException | org.partnershiphealth.advisor.service.ConflictException e) {
            flash.addFlashAttribute("error", e.getMessage());
            return false;
        } catch (org.partnershiphealth.advisor.service.NotFoundException e) {
            flash.addFlashAttribute("error", "Nothing was changed: " + e.getMessage() + ".");
            return false;
        }
    }
}
