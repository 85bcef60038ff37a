package org.partnershiphealth.advisor.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.partnershiphealth.advisor.Limits;
import org.partnershiphealth.advisor.security.Consultant;
import org.partnershiphealth.advisor.service.ConflictException;
import org.partnershiphealth.advisor.store.AccountStore;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.util.Map;

/** The caller's own account, and (for administrators) new consultant accounts in their organisation. */
@RestController
@RequestMapping("/api/consultants")
@Tag(name = "Accounts")
class AccountController {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(AccountController.class);

    private final AccountStore accounts;
    private final PasswordEncoder passwords;
    private final org.partnershiphealth.advisor.security.PasswordChange passwordChange;

    AccountController(AccountStore accounts, PasswordEncoder passwords,
                      org.partnershiphealth.advisor.security.PasswordChange passwordChange) {
        this.accounts = accounts;
        this.passwords = passwords;
        this.passwordChange = passwordChange;
    }

    record NewConsultant(@NotBlank @Email @Size(max = Limits.EMAIL) String email,
                         @NotBlank @Size(min = Limits.PASSWORD_MIN, max = Limits.PASSWORD_MAX,
                                 message = "12 to 200 characters") String password,
                         @NotBlank @Pattern(regexp = "ADMIN|CONSULTANT", message = "ADMIN or CONSULTANT") String role) {
    }

    @GetMapping("/me")
    Map<String, Object> me(@AuthenticationPrincipal Consultant me) {
        return Map.of("email", me.getUsername(), "organisationId", me.organisationId(),
                "roles", me.getAuthorities().stream().map(a -> a.getAuthority().replace("ROLE_", "")).toList());
    }

    record NewPassword(String currentPassword, String newPassword) {
    }

    @PostMapping("/me/password")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Choose a new password (the bootstrap account must, before anything else works)")
    void changePassword(@AuthenticationPrincipal Consultant me, @RequestBody NewPassword body) {
        passwordChange.change(me.getUsername(), body.currentPassword(), body.newPassword());
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Transactional
    @Operation(summary = "Add a consultant to your organisation (administrators only); the password is stored hashed")
    Map<String, Object> create(@AuthenticationPrincipal Consultant me, @Valid @RequestBody NewConsultant body) {
        if (me.getAuthorities().stream().noneMatch(a -> a.getAuthority().equals("ROLE_ADMIN"))) {
            throw new AccessDeniedException("Only an administrator can add consultants");
        }
        String hash = passwords.encode(body.password());
        var existing = accounts.consultant(body.email());
        if (existing.isPresent() && existing.get().organisationId() == me.organisationId()) {
            throw new ConflictException("Your organisation already has an account for " + body.email());
        }
        if (existing.isPresent()) {
            // Another organisation's account: answering differently would tell this administrator that the address
            // is registered elsewhere. Nothing is created; the operator's log says why the new colleague cannot log in.
            LOG.info("An administrator of organisation {} tried to add an address that another organisation"
                    + " already uses; nothing was created", me.organisationId());
        } else {
            accounts.createConsultant(me.organisationId(), body.email(), hash, body.role());
        }
        return Map.of("email", body.email().toLowerCase(java.util.Locale.ROOT), "role", body.role());
    }

    @ExceptionHandler(AccessDeniedException.class)
    @ResponseStatus(HttpStatus.FORBIDDEN)
    org.springframework.http.ProblemDetail forbidden(AccessDeniedException e) {
        return ApiErrors.problem(HttpStatus.FORBIDDEN, "Forbidden", e.getMessage());
    }
}
