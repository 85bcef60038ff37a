package org.partnershiphealth.advisor.web.pages;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The consultants' login page, in the app's own style; Spring Security handles the POST. */
@Controller
class LoginPage {

    private final java.time.Duration lockWindow;

    LoginPage(@org.springframework.beans.factory.annotation.Value("${pha.login.window:PT15M}")
              java.time.Duration lockWindow) {
        this.lockWindow = lockWindow;
    }

    @GetMapping("/login")
    String login(@RequestParam(required = false) String error, @RequestParam(required = false) String logout,
                 @RequestParam(required = false) String changed, Model model) {
        model.addAttribute("changed", changed != null);
        model.addAttribute("failed", error != null && !error.equals("locked"));
        model.addAttribute("locked", "locked".equals(error));
        model.addAttribute("lockMinutes", lockWindow.toMinutes());
        model.addAttribute("loggedOut", logout != null);
        return "web/login";
    }
}
