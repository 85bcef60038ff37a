package org.partnershiphealth.advisor.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
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

    private final AccountStore accounts;
    private final PasswordEncoder passwords;

    AccountController(AccountStore accounts, PasswordEncoder passwords) {
        this.accounts = accounts;
        this.passwords = passwords;
    }

    record NewConsultant(@NotBlank @Email String email,
                         @NotBlank @Size(min = 12, max = 200, message = "at least 12 characters") String password,
                         @NotBlank @Pattern(regexp = "ADMIN|CONSULTANT", message = "ADMIN or CONSULTANT") String role) {
    }

    @GetMapping("/me")
    Map<String, Object> me(@AuthenticationPrincipal Consultant me) {
        return Map.of("email", me.getUsername(), "organisationId", me.organisationId(),
                "roles", me.getAuthorities().stream().map(a -> a.getAuthority().replace("ROLE_", "")).toList());
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Transactional
    @Operation(summary = "Add a consultant to your organisation (administrators only); the password is stored hashed")
    Map<String, Object> create(@AuthenticationPrincipal Consultant me, @Valid @RequestBody NewConsultant body) {
        if (me.getAuthorities().stream().noneMatch(a -> a.getAuthority().equals("ROLE_ADMIN"))) {
            throw new AccessDeniedException("Only an administrator can add consultants");
        }
        if (accounts.consultant(body.email()).isPresent()) {
            throw new ConflictException("An account for " + body.email() + " already exists");
        }
        accounts.createConsultant(me.organisationId(), body.email(), passwords.encode(body.password()), body.role());
        return Map.of("email", body.email().toLowerCase(java.util.Locale.ROOT), "role", body.role());
    }

    @ExceptionHandler(AccessDeniedException.class)
    @ResponseStatus(HttpStatus.FORBIDDEN)
    org.springframework.http.ProblemDetail forbidden(AccessDeniedException e) {
        return ApiErrors.problem(HttpStatus.FORBIDDEN, "Forbidden", e.getMessage());
    }
}
