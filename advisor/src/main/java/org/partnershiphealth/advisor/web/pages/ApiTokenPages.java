package org.partnershiphealth.advisor.web.pages;

import org.partnershiphealth.advisor.Limits;
import org.partnershiphealth.advisor.security.Consultant;
import org.partnershiphealth.advisor.security.Tokens;
import org.partnershiphealth.advisor.store.AccountStore;
import org.partnershiphealth.advisor.store.ApiTokenStore;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A consultant's personal API tokens: made here (shown once, only its SHA-256 kept), listed with when each was last
 * used, revoked here. An integration sends one as {@code Authorization: Bearer <token>}.
 */
@Controller
class ApiTokenPages extends ConsoleErrors {

    private final ApiTokenStore tokens;
    private final AccountStore accounts;

    ApiTokenPages(ApiTokenStore tokens, AccountStore accounts) {
        this.tokens = tokens;
        this.accounts = accounts;
    }

    @GetMapping("/app/tokens")
    String page(@AuthenticationPrincipal Consultant me, Model model) {
        model.addAttribute("tokens", tokens.ofConsultant(consultantId(me)));
        return "web/tokens";
    }

    @PostMapping("/app/tokens")
    String create(@AuthenticationPrincipal Consultant me, @RequestParam(defaultValue = "") String name,
                  RedirectAttributes flash) {
        try {
            String label = Limits.atMost("name", name.isBlank() ? "API token" : name.strip(), Limits.NAME);
            String token = "pha_" + Tokens.next();
            tokens.create(consultantId(me), label, Tokens.sha256(token));
            flash.addFlashAttribute("newToken", token);
        } catch (IllegalArgumentException e) {
            flash.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/app/tokens";
    }

    @PostMapping("/app/tokens/{id}/revoke")
    String revoke(@AuthenticationPrincipal Consultant me, @PathVariable long id, RedirectAttributes flash) {
        if (tokens.revoke(consultantId(me), id)) {
            flash.addFlashAttribute("message", "The token is revoked: requests that send it are refused from now on.");
        } else {
            flash.addFlashAttribute("error", "No such token of yours, or it was revoked already.");
        }
        return "redirect:/app/tokens";
    }

    private long consultantId(Consultant me) {
        return accounts.consultant(me.getUsername()).orElseThrow().id();
    }
}
