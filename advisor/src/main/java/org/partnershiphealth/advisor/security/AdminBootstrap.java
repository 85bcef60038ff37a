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

/** Creates the first organisation and consultant (pha.admin.*) when the database has no account yet. */
@Component
@Order(1)
public class AdminBootstrap implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(AdminBootstrap.class);

    private final AccountStore accounts;
    private final PasswordEncoder passwords;
    private final String organisation;
    private final String email;
    private final String password;

    public AdminBootstrap(AccountStore accounts, PasswordEncoder passwords,
                          @Value("${pha.admin.organisation}") String organisation,
                          @Value("${pha.admin.email}") String email, @Value("${pha.admin.password}") String password) {
        this.accounts = accounts;
        this.passwords = passwords;
        this.organisation = organisation;
        this.email = email;
        this.password = password;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (accounts.consultantCount() > 0) {
            return;
        }
        long organisationId = accounts.organisationId(organisation).orElseGet(() -> accounts.createOrganisation(organisation));
        accounts.createConsultant(organisationId, email, passwords.encode(password), "ADMIN");
        LOG.info("Created the first consultant account {} for {}; change its password (pha.admin.password)", email,
                organisation);
    }
}
