package org.partnershiphealth.advisor.web.pages;

import org.partnershiphealth.advisor.service.ConflictException;
import org.partnershiphealth.advisor.service.NotFoundException;
import org.partnershiphealth.disclosure.WithheldException;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;

/** How the consultant's pages answer what the service refuses: a page that says why, with the right status. */
abstract class ConsoleErrors {

    @ExceptionHandler(NotFoundException.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound(Model model) {
        model.addAttribute("title", "Not found");
        model.addAttribute("message", "There is no such page in your organisation's data.");
        return "web/unavailable";
    }

    @ExceptionHandler(WithheldException.class)
    @ResponseStatus(HttpStatus.CONFLICT)
    String withheld(WithheldException e, Model model) {
        model.addAttribute("title", "No results yet");
        model.addAttribute("message", e.getMessage());
        return "web/unavailable";
    }

    @ExceptionHandler(ConflictException.class)
    @ResponseStatus(HttpStatus.CONFLICT)
    String conflict(Exception e, Model model) {
        model.addAttribute("title", "Not possible right now");
        model.addAttribute("message", e.getMessage());
        return "web/unavailable";
    }

}
