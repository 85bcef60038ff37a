package org.partnershiphealth.advisor.web.pages;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import org.partnershiphealth.advisor.security.Consultant;
import org.partnershiphealth.advisor.security.PasswordChange;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Where a consultant chooses a new password; the bootstrap account is sent here until it has. After a change the
 * session ends and the consultant logs in again with the new password.
 */
@Controller
class PasswordPage {

    private final PasswordChange change;

    PasswordPage(PasswordChange change) {
        this.change = change;
    }

    @GetMapping("/app/password")
    String form(@AuthenticationPrincipal Consultant me, Model model) {
        model.addAttribute("forced", me.mustChangePassword());
        return "web/password";
    }

    @PostMapping("/app/password")
    String submit(@AuthenticationPrincipal Consultant me, @RequestParam(defaultValue = "") String currentPassword,
                  @RequestParam(defaultValue = "") String newPassword,
                  @RequestParam(defaultValue = "") String repeatPassword, HttpServletRequest request, Model model)
            throws ServletException {
        model.addAttribute("forced", me.mustChangePassword());
        if (!newPassword.equals(repeatPassword)) {
            model.addAttribute("error", "The new password and its repetition differ; type them again.");
            return "web/password";
        }
        try {
            change.change(me.getUsername(), currentPassword, newPassword);
        } catch (IllegalArgumentException e) {
            model.addAttribute("error", plain(e.getMessage()));
            return "web/password";
        }
        request.logout();
        return "redirect:/login?changed";
    }

    /** The service names fields as the API does; the page speaks of them as the form labels them. */
    private static String plain(String message) {
        return message.replace("currentPassword: ", "Current password: ").replace("newPassword: ", "New password: ");
    }
}
