package org.partnershiphealth.advisor.security;

import org.partnershiphealth.advisor.store.AccountStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates the first organisation and consultant (pha.admin.*) when the database has no account yet. Its password is
 * known to anyone who read the README, so the account must choose a new one before it can do anything else, unless
 * pha.admin.require-password-change is false (for a deployment that sets the password from its own secret store).
 */
@Component
@Order(1)
public class AdminBootstrap implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(AdminBootstrap.class);

    private final AccountStore accounts;
    private final PasswordEncoder passwords;
    private final String organisation;
    private final String email;
    private final String password;
    private final boolean requirePasswordChange;

    public AdminBootstrap(AccountStore accounts, PasswordEncoder passwords,
                          @Value("${pha.admin.organisation}") String organisation,
                          @Value("${pha.admin.email}") String email, @Value("${pha.admin.password}") String password,
                          @Value("${pha.admin.require-password-change:true}") boolean requirePasswordChange) {
        this.accounts = accounts;
        this.passwords = passwords;
        this.organisation = organisation;
        this.email = email;
        this.password = password;
        this.requirePasswordChange = requirePasswordChange;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (accounts.consultantCount() > 0) {
            return;
        }
        long organisationId = accounts.organisationId(organisation).orElseGet(() -> accounts.createOrganisation(organisation));
        accounts.createConsultant(organisationId, email, passwords.encode(password), "ADMIN", requirePasswordChange);
        LOG.info("Created the first consultant account {} for {}{}", email, organisation, requirePasswordChange
                ? "; it must choose a new password at its first log-in" : "");
    }
}
