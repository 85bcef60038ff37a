package org.partnershiphealth.advisor.web.pages;

import jakarta.servlet.http.HttpServletRequest;
import org.partnershiphealth.advisor.security.Consultant;
import org.partnershiphealth.advisor.service.DataService;
import org.partnershiphealth.advisor.service.NotFoundException;
import org.partnershiphealth.advisor.service.ReportLinkService;
import org.partnershiphealth.advisor.web.ReportFormats;
import org.partnershiphealth.disclosure.WithheldException;
import org.partnershiphealth.reports.Reports;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import java.nio.charset.StandardCharsets;

/**
 * Read-only report links: the consultant makes and revokes them on the round page; anyone holding one opens the
 * round's latest published briefing or full report at /r/&lt;token&gt; (HTML, or PDF), without an account.
 */
@Controller
class ReportLinkPages {

    private final ReportLinkService links;
    private final Reports reports;

    ReportLinkPages(ReportLinkService links, Reports reports) {
        this.links = links;
        this.reports = reports;
    }

    @PostMapping("/app/rounds/{id}/report-links")
    String create(@AuthenticationPrincipal Consultant me, @PathVariable long id,
                  @RequestParam(defaultValue = "BRIEFING") ReportLinkService.Kind kind,
                  @RequestParam(defaultValue = "") String label, @RequestParam(defaultValue = "") String days,
                  HttpServletRequest request, RedirectAttributes flash) {
        try {
            ReportLinkService.Created created = links.create(DataService.Actor.of(me), id, kind, label,
                    days.isBlank() ? null : Integer.valueOf(days.strip()));
            flash.addFlashAttribute("newReportLink", ServletUriComponentsBuilder.fromContextPath(request)
                    .path("/r/" + created.token()).toUriString());
        } catch (NumberFormatException e) {
            flash.addFlashAttribute("error", "Valid for how many days: a whole number from 1 to 366, or empty");
        } catch (IllegalArgumentException | WithheldException e) {
            flash.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/app/rounds/" + id + "#report-links";
    }

    @PostMapping("/app/rounds/{id}/report-links/{link}/revoke")
    String revoke(@AuthenticationPrincipal Consultant me, @PathVariable long id, @PathVariable long link,
                  RedirectAttributes flash) {
        links.revoke(DataService.Actor.of(me), id, link);
        flash.addFlashAttribute("message", "The report link is revoked: it no longer opens the report.");
        return "redirect:/app/rounds/" + id + "#report-links";
    }

    @GetMapping("/r/{token}")
    ResponseEntity<byte[]> open(@PathVariable String token, @RequestParam(defaultValue = "html") String format) {
        boolean pdf = format.equals("pdf");
        ReportLinkService.Opened opened = links.open(token, pdf ? "pdf" : "html");
        Reports.Kind kind = opened.kind() == ReportLinkService.Kind.BRIEFING ? Reports.Kind.BRIEFING
                : Reports.Kind.DIAGNOSIS;
        ResponseEntity.BodyBuilder response = ResponseEntity.ok()
                .cacheControl(CacheControl.noStore())
                .header("X-Robots-Tag", "noindex, nofollow");
        if (pdf) {
            return response.contentType(MediaType.APPLICATION_PDF)
                    .header(HttpHeaders.CONTENT_DISPOSITION, ReportFormats.attachment(kind.name().toLowerCase()
                            + "-" + opened.diagnosis().partnership().id() + "-" + opened.diagnosis().period() + ".pdf"))
                    .body(reports.render(kind, Reports.Format.PDF, opened.diagnosis()));
        }
        String html = new String(reports.render(kind, Reports.Format.HTML, opened.diagnosis()), StandardCharsets.UTF_8)
                .replaceFirst("<body>", "<body><nav style=\"margin:12px 0\" class=\"no-print\" id=\"shared-note\">"
                        + "Read-only report shared with you · <a href=\"/r/" + token + "?format=pdf\">Download as PDF</a>"
                        + "</nav><style>@media print { .no-print { display: none; } }</style>");
        return response.contentType(new MediaType("text", "html", StandardCharsets.UTF_8))
                .body(html.getBytes(StandardCharsets.UTF_8));
    }

    @ExceptionHandler({NotFoundException.class, WithheldException.class})
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String unavailable(Model model) {
        model.addAttribute("title", "This report link does not open a report");
        model.addAttribute("message", "The link may be incomplete, or it was revoked or has expired. Please ask the"
                + " person who shared it for a new one.");
        return "web/unavailable";
    }
}
