package org.partnershiphealth.advisor.web.pages;

import org.partnershiphealth.advisor.service.DataService;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import jakarta.servlet.http.HttpServletResponse;

/**
 * Where a respondent has their response erased, with the receipt code the thank-you page gave them. No account:
 * the code is the proof, and it is long enough that nobody guesses one.
 */
@Controller
class ErasurePage {

    private final DataService data;
    private final org.partnershiphealth.advisor.service.RespondentText text;

    ErasurePage(DataService data, org.partnershiphealth.advisor.service.RespondentText text) {
        this.data = data;
        this.text = text;
    }

    /** The page in the language of the questionnaire it was reached from ({@code lang}; English otherwise). */
    @GetMapping("/q/erase")
    String form(@RequestParam(defaultValue = "en") String lang, Model model) {
        model.addAttribute("t", text.in(lang));
        return "web/erase";
    }

    @PostMapping("/q/erase")
    String erase(@RequestParam(defaultValue = "") String receipt, @RequestParam(defaultValue = "en") String lang,
                 Model model, HttpServletResponse response) {
        model.addAttribute("t", text.in(lang));
        boolean erased = data.erase(receipt);
        model.addAttribute("erased", erased);
        model.addAttribute("receipt", receipt.length() > 40 ? receipt.substring(0, 40) : receipt);
        if (!erased) {
            response.setStatus(HttpStatus.NOT_FOUND.value());
        }
        return "web/erase";
    }
}
