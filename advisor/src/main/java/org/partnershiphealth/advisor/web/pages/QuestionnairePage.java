package org.partnershiphealth.advisor.web.pages;

import org.partnershiphealth.advisor.diagnosis.Advisor;
import org.partnershiphealth.advisor.intake.IntakeException;
import org.partnershiphealth.advisor.intake.IntakeProblem;
import org.partnershiphealth.advisor.service.AssessmentService;
import org.partnershiphealth.advisor.service.ConflictException;
import org.partnershiphealth.advisor.service.NotFoundException;
import org.partnershiphealth.advisor.service.RespondentService;
import org.partnershiphealth.advisor.store.StoredRound;
import org.partnershiphealth.advisor.service.RespondentText;
import org.partnershiphealth.assessment.QuestionnaireForm;
import org.partnershiphealth.knowledge.KnowledgeBase;
import org.partnershiphealth.knowledge.Question;
import org.partnershiphealth.knowledge.Questionnaire;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The questionnaire respondents open from a share link or a personal invitation: a start page naming the
 * partnership and who runs the round, then one part per page (no JavaScript), the answers kept server-side in a
 * draft under its own private token, so the form can be left and resumed from that link. Every post answers with
 * a redirect (Post/Redirect/Get): Back or reload never sends anything twice. Problems come back as a summary that
 * takes the focus and links to each field, with the message beside the field. Everything is in the round's
 * language.
 */
@Controller
class QuestionnairePage {

    private static final List<String> PROFILE = List.of("sector", "role", "tenure");

    private final RespondentService respondents;
    private final AssessmentService assessments;
    private final KnowledgeBase knowledge;
    private final RespondentText text;

    QuestionnairePage(RespondentService respondents, AssessmentService assessments, Advisor advisor,
                      RespondentText text) {
        this.respondents = respondents;
        this.assessments = assessments;
        this.knowledge = advisor.knowledge();
        this.text = text;
    }

    // --- the start page ------------------------------------------------------------------------------------------

    @GetMapping("/q/{token}")
    String start(@PathVariable String token, Model model, HttpServletResponse response) {
        RespondentService.Link link = respondents.link(token);
        if (!link.round().isOpen() || link.inviteUsed()) {
            return unavailable(model, response, link, link.inviteUsed() ? "used" : "closed");
        }
        frame(model, link);
        model.addAttribute("token", token);
        return "web/questionnaire-start";
    }

    @PostMapping("/q/{token}/start")
    String begin(@PathVariable String token, Model model, HttpServletResponse response) {
        try {
            return "redirect:/q/d/" + respondents.start(token) + "/1";
        } catch (ConflictException e) {
            RespondentService.Link link = respondents.link(token);
            return unavailable(model, response, link, link.inviteUsed() ? "used" : "closed");
        }
    }

    // --- the pages of a draft ------------------------------------------------------------------------------------

    @GetMapping("/q/d/{draft}/{page}")
    String page(@PathVariable String draft, @PathVariable int page, Model model, HttpServletResponse response) {
        var found = respondents.draft(draft);
        if (found.isEmpty() || found.get().sent()) {
            return gone(model, response, found);
        }
        RespondentService.Link link = found.get().link();
        if (!link.round().isOpen()) {
            return unavailable(model, response, link, "closed");
        }
        Form form = form(link.round());
        if (page < 1 || page > form.pages()) {
            return "redirect:/q/d/" + draft + "/resume";
        }
        frame(model, link);
        model.addAttribute("draft", draft);
        model.addAttribute("page", page);
        model.addAttribute("pages", form.pages());
        model.addAttribute("part", page == 1 || page == form.pages() ? null : form.parts().get(page - 2));
        model.addAttribute("values", found.get().values());
        model.addAttribute("answered", form.items().stream().filter(q -> found.get().values().containsKey(q.id())).count());
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", Map.of());
            model.addAttribute("elsewhere", List.of());
        }
        return "web/questionnaire";
    }

    @PostMapping("/q/d/{draft}/{page}")
    String save(@PathVariable String draft, @PathVariable int page, @RequestParam MultiValueMap<String, String> posted,
                Model model, HttpServletResponse response, RedirectAttributes flash) {
        var found = respondents.draft(draft);
        if (found.isEmpty() || found.get().sent()) {
            return gone(model, response, found);
        }
        RespondentService.Link link = found.get().link();
        Form form = form(link.round());
        if (page < 1 || page > form.pages()) {
            return "redirect:/q/d/" + draft + "/1";
        }
        Map<String, String> sent = posted.toSingleValueMap();
        respondents.save(draft, form.fields(page), sent);
        String go = sent.getOrDefault("go", "next");
        RespondentText.Texts t = text.in(link.round().language());
        switch (go) {
            case "back":
                return "redirect:/q/d/" + draft + "/" + Math.max(1, page - 1);
            case "save":
                return "redirect:/q/d/" + draft + "/saved";
            case "send":
                return send(draft, form, t, flash, link);
            default:
                Map<String, String> errors = page == 1 ? missingProfile(sent, t) : Map.of();
                if (!errors.isEmpty()) {
                    flash.addFlashAttribute("errors", errors);
                    flash.addFlashAttribute("elsewhere", List.of());
                    return "redirect:/q/d/" + draft + "/" + page;
                }
                return "redirect:/q/d/" + draft + "/" + Math.min(form.pages(), page + 1);
        }
    }

    private String send(String draft, Form form, RespondentText.Texts t, RedirectAttributes flash,
                        RespondentService.Link link) {
        try {
            AssessmentService.Receipt receipt = respondents.send(draft);
            flash.addFlashAttribute("receipt", receipt.receiptCode());
            flash.addFlashAttribute("partnershipName", link.partnershipName());
            flash.addFlashAttribute("period", link.round().period());
            return "redirect:/q/thanks?lang=" + t.getLanguage();
        } catch (IntakeException e) {
            Map<String, String> errors = new LinkedHashMap<>();
            for (IntakeProblem problem : e.problems()) {
                String field = problem.field() == null ? "answers" : problem.field().replace("answers.", "");
                errors.putIfAbsent(field, PROFILE.contains(field) ? t.t("q.error.choose")
                        : field.equals("answers") ? t.t("q.error.nothing") : t.t("q.error.offScale"));
            }
            flash.addFlashAttribute("errors", Map.of());
            flash.addFlashAttribute("elsewhere", elsewhere(errors, form, t, draft));
            return "redirect:/q/d/" + draft + "/" + form.pages();
        } catch (ConflictException e) {
            // the round closed meanwhile (the page says so), or the invitation was used from another draft
            return link.invited() ? "redirect:/q/" + link.inviteToken() : "redirect:/q/d/" + draft + "/" + form.pages();
        }
    }

    private List<PageViews.Elsewhere> elsewhere(Map<String, String> errors, Form form, RespondentText.Texts t, String draft) {
        Questionnaire questionnaire = knowledge.questionnaire(t.getLanguage());
        List<PageViews.Elsewhere> links = new ArrayList<>();
        errors.forEach((field, message) -> {
            int page = form.pageOf(field);
            String label = switch (field) {
                case "sector" -> questionnaire.profile().sectorQuestion();
                case "role" -> questionnaire.profile().roleQuestion();
                case "tenure" -> questionnaire.profile().tenureQuestion();
                case "answers" -> t.t("q.part", 2, form.pages());
                default -> questionnaire.items().stream().filter(q -> q.id().equals(field)).map(Question::text)
                        .findFirst().orElse(field);
            };
            String anchor = field.equals("answers") ? "" : "#" + field + "-first";
            links.add(new PageViews.Elsewhere("/q/d/" + draft + "/" + page + anchor, label,
                    message + " (" + t.t("q.fixOnPage", page) + ")"));
        });
        return links;
    }

    private static Map<String, String> missingProfile(Map<String, String> sent, RespondentText.Texts t) {
        Map<String, String> errors = new LinkedHashMap<>();
        PROFILE.stream().filter(f -> sent.getOrDefault(f, "").isBlank())
                .forEach(f -> errors.put(f, t.t("q.error.choose")));
        return errors;
    }

    @GetMapping("/q/d/{draft}/saved")
    String saved(@PathVariable String draft, Model model, HttpServletResponse response,
                 jakarta.servlet.http.HttpServletRequest request) {
        var found = respondents.draft(draft);
        if (found.isEmpty() || found.get().sent()) {
            return gone(model, response, found);
        }
        frame(model, found.get().link());
        model.addAttribute("draft", draft);
        model.addAttribute("resumeLink", org.springframework.web.servlet.support.ServletUriComponentsBuilder
                .fromContextPath(request).path("/q/d/" + draft + "/resume").toUriString());
        model.addAttribute("draftDays", respondents.draftDays());
        return "web/questionnaire-saved";
    }

    /** The private resume link: the first page with something left to answer (the last page when all is done). */
    @GetMapping("/q/d/{draft}/resume")
    String resume(@PathVariable String draft, Model model, HttpServletResponse response) {
        var found = respondents.draft(draft);
        if (found.isEmpty() || found.get().sent()) {
            return gone(model, response, found);
        }
        Form form = form(found.get().link().round());
        Map<String, String> values = found.get().values();
        for (int page = 1; page < form.pages(); page++) {
            if (form.fields(page).stream().anyMatch(field -> !values.containsKey(field))) {
                return "redirect:/q/d/" + draft + "/" + page;
            }
        }
        return "redirect:/q/d/" + draft + "/" + form.pages();
    }

    @GetMapping("/q/thanks")
    String thanks(@RequestParam(defaultValue = "en") String lang, Model model) {
        model.addAttribute("t", text.in(lang));
        return "web/thanks";
    }

    // --- what every page shows -----------------------------------------------------------------------------------

    private void frame(Model model, RespondentService.Link link) {
        StoredRound round = link.round();
        Form form = form(round);
        model.addAttribute("t", text.in(round.language()));
        model.addAttribute("partnershipName", link.partnershipName());
        model.addAttribute("organisationName", link.organisationName());
        model.addAttribute("period", round.period());
        model.addAttribute("invited", link.invited());
        model.addAttribute("k", assessments.anonymityThreshold());
        model.addAttribute("commentThreshold", assessments.commentThreshold());
        model.addAttribute("questionnaire", knowledge.questionnaire(round.language()));
        model.addAttribute("itemCount", form.items().size());
        model.addAttribute("partCount", form.parts().size());
        model.addAttribute("minutes", Questionnaire.answerMinutes(form.items()));
    }

    /** The round's form as pages: 1 is about the respondent, then one per section with items, then comments. */
    private record Form(List<Question> items, List<PageViews.Part> parts, List<String> open) {

        int pages() {
            return parts.size() + 2;
        }

        Set<String> fields(int page) {
            if (page == 1) {
                return new LinkedHashSet<>(PROFILE);
            }
            if (page == pages()) {
                return new LinkedHashSet<>(open);
            }
            Set<String> fields = new LinkedHashSet<>();
            parts.get(page - 2).items().forEach(q -> fields.add(q.id()));
            return fields;
        }

        int pageOf(String field) {
            for (int page = 1; page <= pages(); page++) {
                if (fields(page).contains(field)) {
                    return page;
                }
            }
            return 2;
        }
    }

    private Form form(StoredRound round) {
        Questionnaire questionnaire = knowledge.questionnaire(round.language());
        List<Question> items = round.form() == QuestionnaireForm.FULL ? questionnaire.fullForm()
                : questionnaire.shortForm();
        List<PageViews.Part> parts = questionnaire.sections().stream()
                .map(section -> new PageViews.Part(section.id(), section.title(), section.intro(), items.stream()
                        .filter(item -> knowledge.practice(item.practices().get(0)).principle().equals(section.principle()))
                        .toList()))
                .filter(part -> !part.items().isEmpty())
                .toList();
        return new Form(items, parts, questionnaire.open().stream().map(Questionnaire.OpenQuestion::id).toList());
    }

    // --- pages instead of the form -------------------------------------------------------------------------------

    private String unavailable(Model model, HttpServletResponse response, RespondentService.Link link, String why) {
        RespondentText.Texts t = text.in(link.round().language());
        response.setStatus(why.equals("closed") ? HttpStatus.GONE.value() : HttpStatus.CONFLICT.value());
        model.addAttribute("t", t);
        model.addAttribute("title", t.t(why + ".title"));
        model.addAttribute("message", t.t(why + ".body", link.round().period()));
        return "web/unavailable";
    }

    /**
     * A draft that was sent (Back after sending lands here: it says so, in the round's language, and sends nothing)
     * or that is not there at all.
     */
    private String gone(Model model, HttpServletResponse response, java.util.Optional<RespondentService.Draft> draft) {
        boolean sent = draft.isPresent();
        RespondentText.Texts t = text.in(draft.map(d -> d.link().round().language()).orElse("en"));
        response.setStatus(sent ? HttpStatus.OK.value() : HttpStatus.NOT_FOUND.value());
        model.addAttribute("t", t);
        model.addAttribute("title", t.t(sent ? "sent.title" : "gone.title"));
        model.addAttribute("message", t.t(sent ? "sent.body" : "gone.body", respondents.draftDays()));
        return "web/unavailable";
    }

    @ExceptionHandler(NotFoundException.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String unknown(Model model) {
        RespondentText.Texts t = text.in("en");
        model.addAttribute("t", t);
        model.addAttribute("title", t.t("unknown.title"));
        model.addAttribute("message", t.t("unknown.body"));
        return "web/unavailable";
    }
}
