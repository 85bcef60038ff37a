package org.partnershiphealth.advisor.web.pages;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.http.HttpServletRequest;
import org.partnershiphealth.advisor.cli.DiagnosisJson;
import org.partnershiphealth.advisor.diagnosis.Advisor;
import org.partnershiphealth.advisor.intake.IntakeException;
import org.partnershiphealth.advisor.intake.IntakeProblem;
import org.partnershiphealth.advisor.security.Consultant;
import org.partnershiphealth.advisor.service.AssessmentService;
import org.partnershiphealth.advisor.web.ReportFormats;
import org.partnershiphealth.advisor.service.ConflictException;
import org.partnershiphealth.advisor.store.PartnershipStore;
import org.partnershiphealth.advisor.store.RoundStore;
import org.partnershiphealth.advisor.store.StoredPartnership;
import org.partnershiphealth.advisor.store.StoredRound;
import org.partnershiphealth.assessment.QuestionnaireForm;
import org.partnershiphealth.diagnosis.Diagnosis;
import org.partnershiphealth.diagnosis.GroupDimension;
import org.partnershiphealth.knowledge.FactDefinition;
import org.partnershiphealth.knowledge.FactType;
import org.partnershiphealth.knowledge.Questionnaire;
import org.partnershiphealth.reports.Reports;
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
import org.springframework.web.util.HtmlUtils;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The consultant's pages: partnerships, a partnership's rounds, a round (share link, response counts per group of
 * at least k, open/close, facts, CSV import with a preview, diagnosis and downloads) and the annual comparison.
 * Reports are rendered by the same Reports templates as the command line and the API.
 */
@Controller
class ConsolePages extends ConsoleErrors {

    private static final com.fasterxml.jackson.databind.ObjectMapper FACTS = new com.fasterxml.jackson.databind.ObjectMapper();

    private final AssessmentService assessments;
    private final PartnershipStore partnerships;
    private final RoundStore rounds;
    private final Reports reports;
    private final Advisor advisor;
    private final org.partnershiphealth.advisor.service.DataService data;

    private final org.partnershiphealth.advisor.service.RespondentText respondentText;
    private final org.partnershiphealth.advisor.service.InvitationService invitations;
    private final org.partnershiphealth.advisor.service.ReportLinkService reportLinks;
    private final org.partnershiphealth.advisor.service.PortfolioService portfolios;
    private final org.partnershiphealth.advisor.service.CheckInService checkIns;

    ConsolePages(AssessmentService assessments, PartnershipStore partnerships, RoundStore rounds, Reports reports,
                 Advisor advisor, org.partnershiphealth.advisor.service.DataService data,
                 org.partnershiphealth.advisor.service.RespondentText respondentText,
                 org.partnershiphealth.advisor.service.InvitationService invitations,
                 org.partnershiphealth.advisor.service.ReportLinkService reportLinks,
                 org.partnershiphealth.advisor.service.PortfolioService portfolios,
                 org.partnershiphealth.advisor.service.CheckInService checkIns) {
        this.portfolios = portfolios;
        this.checkIns = checkIns;
        this.respondentText = respondentText;
        this.invitations = invitations;
        this.reportLinks = reportLinks;
        this.data = data;
        this.assessments = assessments;
        this.partnerships = partnerships;
        this.rounds = rounds;
        this.reports = reports;
        this.advisor = advisor;
    }

    @GetMapping("/")
    String home() {
        return "redirect:/app";
    }

    @GetMapping("/app")
    String partnerships(@AuthenticationPrincipal Consultant me, Model model) {
        model.addAttribute("me", me.getUsername());
        model.addAttribute("partnerships", partnerships.all(me.organisationId()));
        model.addAttribute("audit", data.audit(me.organisationId(), 20));
        return "web/partnerships";
    }

    @PostMapping("/app/partnerships")
    String createPartnership(@AuthenticationPrincipal Consultant me, @RequestParam String slug,
                             @RequestParam String name, RedirectAttributes flash) {
        if (!slug.matches("[a-z0-9][a-z0-9-]{0,79}") || name.isBlank()) {
            flash.addFlashAttribute("error", "The id needs lower-case letters, digits and hyphens, and the name is required.");
            return "redirect:/app";
        }
        try {
            return "redirect:/app/partnerships/" + assessments.createPartnership(me.organisationId(), slug, name.strip()).id();
        } catch (ConflictException | IllegalArgumentException e) {
            flash.addFlashAttribute("error", e.getMessage());
            return "redirect:/app";
        }
    }

    @GetMapping("/app/partnerships/{id}")
    String partnership(@AuthenticationPrincipal Consultant me, @PathVariable long id, Model model) {
        StoredPartnership partnership = assessments.partnership(me.organisationId(), id);
        model.addAttribute("partnership", partnership);
        model.addAttribute("rounds", rounds.ofPartnership(me.organisationId(), id).stream()
                .map(r -> new PageViews.RoundRow(r, assessments.responseCount(r.id()))).toList());
        var questionnaire = advisor.knowledge().questionnaire();
        model.addAttribute("shortItems", questionnaire.shortForm().size());
        model.addAttribute("shortMinutes", Questionnaire.answerMinutes(questionnaire.shortForm()));
        model.addAttribute("fullItems", questionnaire.fullForm().size());
        model.addAttribute("fullMinutes", Questionnaire.answerMinutes(questionnaire.fullForm()));
        model.addAttribute("languages", respondentText.languages());
        model.addAttribute("portfolioContext", portfolios.context(me.organisationId(), id));
        model.addAttribute("referenceContext", portfolios.referenceContext(me.organisationId(), id));
        return "web/partnership";
    }

    @PostMapping("/app/partnerships/{id}/rounds")
    String createRound(@AuthenticationPrincipal Consultant me, @PathVariable long id, @RequestParam String period,
                       @RequestParam QuestionnaireForm form, @RequestParam(defaultValue = "en") String language,
                       RedirectAttributes flash) {
        try {
            if (period.isBlank()) {
                throw new ConflictException("The period is required, e.g. 2026");
            }
            return "redirect:/app/rounds/" + assessments.createRound(me.organisationId(), id, period.strip(), form,
                    null, respondentText.require(language)).id();
        } catch (ConflictException | IllegalArgumentException e) {
            flash.addFlashAttribute("error", e.getMessage());
            return "redirect:/app/partnerships/" + id;
        }
    }

    @GetMapping("/app/rounds/{id}")
    String round(@AuthenticationPrincipal Consultant me, @PathVariable long id, HttpServletRequest request,
                 Model model) {
        StoredRound round = assessments.round(me.organisationId(), id);
        AssessmentService.Counts counts = assessments.counts(me.organisationId(), id);
        model.addAttribute("round", round);
        model.addAttribute("partnership", assessments.partnership(me.organisationId(), round.partnershipId()));
        model.addAttribute("shareLink", request.getRequestURL().toString().replace(request.getRequestURI(), "")
                + "/q/" + round.shareToken());
        model.addAttribute("responses", counts.total());
        model.addAttribute("k", counts.anonymityThreshold());
        model.addAttribute("commentThreshold", assessments.commentThreshold());
        model.addAttribute("published", counts.published() == null ? 0 : counts.published());
        model.addAttribute("countsNote", counts.note());
        model.addAttribute("bySector", shown(counts, GroupDimension.SECTOR));
        model.addAttribute("byRole", shown(counts, GroupDimension.ROLE));
        model.addAttribute("facts", advisor.knowledge().facts());
        model.addAttribute("languages", respondentText.languages());
        model.addAttribute("participation", assessments.participation(round, counts.total()).orElse(null));
        model.addAttribute("lowBelow", assessments.lowParticipationPercent());
        model.addAttribute("invitations", invitations.list(me.organisationId(), id).size());
        model.addAttribute("sectorRates", sectorRates(me.organisationId(), round, counts));
        model.addAttribute("reportLinks", reportLinks.list(me.organisationId(), id));
        // after a refused save the form shows what was typed, not what is stored
        model.addAttribute("factValues", model.containsAttribute("factTyped") ? model.getAttribute("factTyped")
                : factValues(round));
        return "web/round";
    }

    /**
     * Response rates by sector, where invitations carried sector hints: only for the sectors the latest published
     * results list (groups of at least k), with their published counts, so the rate reveals nothing the published
     * figures do not. Only when everyone was asked by personal invitation: people asked by other means have no
     * sector on record, so a rate by sector would count their answers against the invited alone.
     */
    private List<PageViews.GroupRate> sectorRates(long organisationId, StoredRound round, AssessmentService.Counts counts) {
        if (round.peopleAsked() != null) {
            return List.of();
        }
        Map<String, Integer> invited = invitations.bySectorHint(organisationId, round.id());
        return shown(counts, GroupDimension.SECTOR).stream()
                .filter(g -> invited.containsKey(g.group()))
                .map(g -> new PageViews.GroupRate(g.group(), g.respondents(), invited.get(g.group())))
                .toList();
    }

    @PostMapping("/app/rounds/{id}/language")
    String language(@AuthenticationPrincipal Consultant me, @PathVariable long id, @RequestParam String language,
                    RedirectAttributes flash) {
        assessments.setLanguage(me.organisationId(), id, respondentText.require(language));
        flash.addFlashAttribute("message", "Respondents now read the questionnaire in "
                + respondentText.languages().get(language) + ". Drafts already started switch too; answers already"
                + " given are kept.");
        return "redirect:/app/rounds/" + id;
    }

    @PostMapping("/app/rounds/{id}/people-asked")
    String peopleAsked(@AuthenticationPrincipal Consultant me, @PathVariable long id,
                       @RequestParam(defaultValue = "") String count, RedirectAttributes flash) {
        try {
            assessments.setPeopleAsked(me.organisationId(), id, count.isBlank() ? null : Integer.valueOf(count.strip()));
            flash.addFlashAttribute("message", count.isBlank() ? "The number of people asked is cleared."
                    : "Recorded: " + count.strip() + " people asked besides the personal invitations.");
        } catch (NumberFormatException e) {
            flash.addFlashAttribute("error", "People asked: a whole number, not \"" + HtmlUtils.htmlEscape(
                    count.length() > 20 ? count.substring(0, 20) : count) + "\"");
        } catch (IllegalArgumentException e) {
            flash.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/app/rounds/" + id;
    }

    @PostMapping("/app/rounds/{id}/status")
    String status(@AuthenticationPrincipal Consultant me, @PathVariable long id, @RequestParam boolean open) {
        assessments.setOpen(me.organisationId(), id, open);
        return "redirect:/app/rounds/" + id;
    }

    /** A new share link for the round; the old one stops working (e.g. after it was forwarded too widely). */
    @PostMapping("/app/rounds/{id}/share-link")
    String newShareLink(@AuthenticationPrincipal Consultant me, @PathVariable long id, RedirectAttributes flash) {
        assessments.newShareLink(me.organisationId(), id);
        flash.addFlashAttribute("message", "The round has a new share link; the old one no longer opens the"
                + " questionnaire. Answers already given are kept.");
        return "redirect:/app/rounds/" + id;
    }

    @PostMapping("/app/rounds/{id}/facts")
    String facts(@AuthenticationPrincipal Consultant me, @PathVariable long id,
                 @RequestParam Map<String, String> form, RedirectAttributes flash) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        for (FactDefinition fact : advisor.knowledge().facts()) {
            String value = form.getOrDefault(fact.id(), "").strip();
            if (value.isEmpty()) {
                continue;
            }
            if (fact.type() == FactType.BOOLEAN) {
                node.put(fact.id(), value.equals("true"));
            } else if (fact.type().isNumeric()) {
                try {
                    node.put(fact.id(), new java.math.BigDecimal(value));
                } catch (NumberFormatException e) {
                    node.put(fact.id(), value);
                }
            } else {
                node.put(fact.id(), value);
            }
        }
        try {
            assessments.updateFacts(me.organisationId(), id, assessments.reader().facts("facts form", node));
            flash.addFlashAttribute("message", "Facts saved.");
        } catch (IntakeException e) {
            // nothing is saved; every value typed comes back, each message beside its field
            Map<String, String> typed = new LinkedHashMap<>();
            advisor.knowledge().facts().forEach(fact -> typed.put(fact.id(), form.getOrDefault(fact.id(), "").strip()));
            Map<String, String> errors = new LinkedHashMap<>();
            e.problems().forEach(problem -> errors.putIfAbsent(problem.field() == null ? "" : problem.field()
                    .replaceFirst("^facts\\.", ""), problem.message()));
            flash.addFlashAttribute("factTyped", typed);
            flash.addFlashAttribute("factErrors", errors);
        }
        return "redirect:/app/rounds/" + id + "#facts";
    }

    @GetMapping("/app/rounds/{id}/diagnosis")
    ResponseEntity<byte[]> diagnosis(@AuthenticationPrincipal Consultant me, @PathVariable long id) {
        AssessmentService.Results results = assessments.results(me.organisationId(), id);
        Rendered last = rendered.get(id);
        if (last != null && last.results() == results) {
            return html(last.page());
        }
        String report = new String(reports.render(Reports.Kind.DIAGNOSIS, Reports.Format.HTML, results.diagnosis()),
                StandardCharsets.UTF_8);
        String page = withBackLink(report, "/app/rounds/" + id, "Back to the round", results.notice());
        rendered.put(id, new Rendered(results, page));
        return html(page);
    }

    /** The diagnosis page last rendered for a round, for the very results object it shows (results are cached). */
    private record Rendered(AssessmentService.Results results, String page) {
    }

    private final Map<Long, Rendered> rendered = java.util.Collections.synchronizedMap(
            new LinkedHashMap<>(64, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<Long, Rendered> eldest) {
                    return size() > 64;
                }
            });

    /**
     * The report is the same document as the download; in the app it only gains a way back and, when the results
     * were not refreshed, why — both hidden in print.
     */
    static String withBackLink(String report, String href, String label, String notice) {
        return withBackLink(report, href, label, notice, "");
    }

    /** As above, with more links after the way back ({@code moreLinks} is markup, written by the caller). */
    static String withBackLink(String report, String href, String label, String notice, String moreLinks) {
        String note = notice == null ? "" : "<p id=\"refresh-notice\" class=\"notice\">"
                + HtmlUtils.htmlEscape(notice) + "</p>";
        return report.replaceFirst("<body>", "<body><nav style=\"margin:12px 0\" class=\"no-print\"><a href=\""
                + href + "\">&larr; " + label + "</a>" + moreLinks + note
                + "</nav><style>@media print { .no-print { display: none; } }</style>");
    }

    private static ResponseEntity<byte[]> html(String page) {
        return ResponseEntity.ok().contentType(new MediaType("text", "html", StandardCharsets.UTF_8))
                .body(page.getBytes(StandardCharsets.UTF_8));
    }

    @GetMapping("/app/rounds/{id}/download")
    ResponseEntity<byte[]> download(@AuthenticationPrincipal Consultant me, @PathVariable long id,
                                    @RequestParam String format, @RequestParam(defaultValue = "diagnosis") String kind) {
        Diagnosis diagnosis = assessments.latestDiagnosis(me.organisationId(), id);
        String base = kind + "-" + diagnosis.partnership().id() + "-" + diagnosis.period();
        Reports.Kind reportKind = kind.equals("briefing") ? Reports.Kind.BRIEFING : Reports.Kind.DIAGNOSIS;
        return switch (format) {
            case "json" -> file(DiagnosisJson.write(diagnosis).getBytes(StandardCharsets.UTF_8), MediaType.APPLICATION_JSON,
                    base + ".json");
            case "pdf" -> file(reports.render(reportKind, Reports.Format.PDF, diagnosis), MediaType.APPLICATION_PDF,
                    base + ".pdf");
            case "md" -> file(reports.render(reportKind, Reports.Format.MD, diagnosis),
                    new MediaType("text", "markdown", StandardCharsets.UTF_8), base + ".md");
            default -> file(reports.render(reportKind, Reports.Format.HTML, diagnosis),
                    new MediaType("text", "html", StandardCharsets.UTF_8), base + ".html");
        };
    }

    /** The annual report over the rounds ticked on the partnership page (all when none), shown or downloaded. */
    @GetMapping("/app/partnerships/{id}/annual")
    ResponseEntity<byte[]> annual(@AuthenticationPrincipal Consultant me, @PathVariable long id,
                                  @RequestParam(required = false) List<Long> rounds,
                                  @RequestParam(defaultValue = "html") String format) {
        AssessmentService.AnnualRounds chosen = assessments.roundsForAnnualReport(me.organisationId(), id,
                rounds == null ? java.util.Set.of() : java.util.Set.copyOf(rounds));
        String base = "annual-" + id;
        var seen = checkIns.seen(me.organisationId(), id);
        return switch (format) {
            case "pdf" -> file(reports.annual(Reports.Format.PDF, chosen.rounds(), chosen.leftOut(), chosen.commitments(), seen),
                    MediaType.APPLICATION_PDF, base + ".pdf");
            case "md" -> file(reports.annual(Reports.Format.MD, chosen.rounds(), chosen.leftOut(), chosen.commitments(), seen),
                    new MediaType("text", "markdown", StandardCharsets.UTF_8), base + ".md");
            default -> html(withBackLink(new String(reports.annual(Reports.Format.HTML, chosen.rounds(),
                    chosen.leftOut(), chosen.commitments(), seen), StandardCharsets.UTF_8), "/app/partnerships/" + id, "Back to the partnership",
                    null));
        };
    }

    private static ResponseEntity<byte[]> file(byte[] body, MediaType type, String name) {
        return ReportFormats.file(body, type, name);
    }

    private static List<PageViews.GroupCount> shown(AssessmentService.Counts counts, GroupDimension dimension) {
        return counts.groups().stream().filter(g -> g.dimension() == dimension)
                .map(g -> new PageViews.GroupCount(g.group(), g.respondents())).toList();
    }

    private static Map<String, String> factValues(StoredRound round) {
        Map<String, String> values = new LinkedHashMap<>();
        FACTS.valueToTree(round.facts()).fields().forEachRemaining(field -> {
            if (!field.getValue().isNull()) {
                values.put(field.getKey(), field.getValue().asText());
            }
        });
        return values;
    }
}
