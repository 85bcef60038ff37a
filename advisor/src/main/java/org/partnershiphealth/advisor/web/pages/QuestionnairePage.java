package org.partnershiphealth.advisor.web.pages;

import org.partnershiphealth.advisor.diagnosis.Advisor;
import org.partnershiphealth.advisor.intake.IntakeException;
import org.partnershiphealth.advisor.intake.IntakeProblem;
import org.partnershiphealth.advisor.service.AssessmentService;
import org.partnershiphealth.advisor.service.ConflictException;
import org.partnershiphealth.advisor.service.NotFoundException;
import org.partnershiphealth.advisor.service.Submission;
import org.partnershiphealth.advisor.store.StoredRound;
import org.partnershiphealth.assessment.QuestionnaireForm;
import org.partnershiphealth.knowledge.KnowledgeBase;
import org.partnershiphealth.knowledge.Question;
import org.partnershiphealth.knowledge.Questionnaire;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The questionnaire respondents open from a share link: server-rendered, plain HTML, usable on a phone and by
 * keyboard. Errors come back beside the fields they concern, with the answers given so far kept; a hidden
 * submission id makes a double click or a resubmitted page count once.
 */
@Controller
class QuestionnairePage {

    private final AssessmentService assessments;
    private final KnowledgeBase knowledge;

    QuestionnairePage(AssessmentService assessments, Advisor advisor) {
        this.assessments = assessments;
        this.knowledge = advisor.knowledge();
    }


    @GetMapping("/q/{token}")
    String questionnaire(@PathVariable String token, Model model) {
        StoredRound round = assessments.openRoundByShareToken(token);
        if (!round.isOpen()) {
            return closed(model, round);
        }
        return form(model, round, token, UUID.randomUUID().toString(), Map.of(), Map.of());
    }

    @PostMapping("/q/{token}")
    String submit(@PathVariable String token, @RequestParam MultiValueMap<String, String> form, Model model,
                  org.springframework.web.servlet.mvc.support.RedirectAttributes flash) {
        StoredRound round = assessments.openRoundByShareToken(token);
        if (!round.isOpen()) {
            return closed(model, round);
        }
        Map<String, String> values = form.toSingleValueMap();
        try {
            org.partnershiphealth.advisor.Limits.idempotencyKey(values.get("submissionId"));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("The form arrived altered (its hidden submission id is not one this"
                    + " site makes). Open the questionnaire link again to get a fresh form.");
        }
        Map<String, Object> answers = new LinkedHashMap<>();
        Map<String, String> comments = new LinkedHashMap<>();
        values.forEach((name, value) -> {
            if (name.matches("Q\\d\\d[A-Z]") && !value.isBlank()) {
                answers.put(name, value);
            } else if (name.matches("OPEN\\d+") && !value.isBlank()) {
                comments.put(name, value);
            }
        });
        try {
            AssessmentService.Receipt receipt = assessments.submit(token, new Submission(values.get("sector"),
                    values.get("role"), values.get("tenure"), answers, comments), values.get("submissionId"));
            flash.addFlashAttribute("receipt", receipt.receiptCode());
            return "redirect:/q/" + token + "/thanks";
        } catch (IntakeException e) {
            Map<String, String> errors = new LinkedHashMap<>();
            for (IntakeProblem problem : e.problems()) {
                String field = problem.field() == null ? "answers" : problem.field().replace("answers.", "");
                errors.putIfAbsent(field, field.equals("answers")
                        ? "Please answer at least one statement before sending." : problem.message());
            }
            model.addAttribute("status", 400);
            return form(model, round, token, values.getOrDefault("submissionId", UUID.randomUUID().toString()),
                    values, errors);
        } catch (org.partnershiphealth.advisor.service.IdempotencyConflictException e) {
            model.addAttribute("title", "These answers were already sent");
            model.addAttribute("message", "Answers from this page were saved earlier, and saved answers cannot be"
                    + " changed afterwards (nothing links them to you). Thank you for taking part.");
            return "web/unavailable";
        } catch (ConflictException e) {
            return closed(model, round);
        }
    }

    @GetMapping("/q/{token}/thanks")
    String thanks(@PathVariable String token, Model model) {
        model.addAttribute("period", assessments.openRoundByShareToken(token).period());
        return "web/thanks";
    }

    @org.springframework.web.bind.annotation.ExceptionHandler(NotFoundException.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String unknown(Model model) {
        model.addAttribute("title", "This link does not lead to a questionnaire");
        model.addAttribute("message", "Please check that you copied the whole link, or ask the person who sent it"
                + " for a new one.");
        return "web/unavailable";
    }

    private String closed(Model model, StoredRound round) {
        model.addAttribute("title", "This questionnaire is closed");
        model.addAttribute("message", "The " + round.period() + " round no longer takes answers. Thank you for your"
                + " interest; the people running the partnership will share what it found.");
        return "web/unavailable";
    }

    private String form(Model model, StoredRound round, String token, String submissionId, Map<String, String> values,
                        Map<String, String> errors) {
        Questionnaire questionnaire = knowledge.questionnaire();
        List<Question> items = round.form() == QuestionnaireForm.FULL ? questionnaire.fullForm()
                : questionnaire.shortForm();
        List<PageViews.Part> parts = questionnaire.sections().stream()
                .map(section -> new PageViews.Part(section.id(), section.title(), section.intro(), items.stream()
                        .filter(item -> knowledge.practice(item.practices().get(0)).principle().equals(section.principle()))
                        .toList()))
                .toList();
        model.addAttribute("token", token);
        model.addAttribute("period", round.period());
        model.addAttribute("k", assessments.anonymityThreshold());
        model.addAttribute("commentThreshold", assessments.commentThreshold());
        model.addAttribute("questionnaire", questionnaire);
        model.addAttribute("parts", parts);
        model.addAttribute("itemCount", items.size());
        model.addAttribute("submissionId", submissionId);
        model.addAttribute("values", values);
        model.addAttribute("errors", errors);
        return "web/questionnaire";
    }
}
