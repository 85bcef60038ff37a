package org.partnershiphealth.advisor.security;

import org.partnershiphealth.advisor.Limits;
import org.partnershiphealth.advisor.store.AccountStore;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A consultant choosing a new password, from the password page or the API. The same rules for both: the current
 * password must be right, and the new one 12 to 200 characters, different from the current one and from the
 * bootstrap password in the configuration (which anyone who read the README knows).
 */
@Service
public class PasswordChange {

    private final AccountStore accounts;
    private final PasswordEncoder passwords;
    private final String bootstrapPassword;

    public PasswordChange(AccountStore accounts, PasswordEncoder passwords,
                          @Value("${pha.admin.password}") String bootstrapPassword) {
        this.accounts = accounts;
        this.passwords = passwords;
        this.bootstrapPassword = bootstrapPassword;
    }

    /** @throws IllegalArgumentException naming the field that is wrong; nothing is changed then */
    @Transactional
    public void change(String email, String currentPassword, String newPassword) {
        AccountStore.Consultant account = accounts.consultant(email)
                .orElseThrow(() -> new IllegalArgumentException("No such account"));
        if (currentPassword == null || !passwords.matches(currentPassword, account.passwordHash())) {
            throw new IllegalArgumentException("currentPassword: this is not the account's current password");
        }
        int length = newPassword == null ? 0 : newPassword.codePointCount(0, newPassword.length());
        if (length < Limits.PASSWORD_MIN || length > Limits.PASSWORD_MAX) {
            throw new IllegalArgumentException("newPassword: " + Limits.PASSWORD_MIN + " to " + Limits.PASSWORD_MAX
                    + " characters (a few unrelated words are easy to remember and hard to guess)");
        }
        if (newPassword.equals(currentPassword) || newPassword.equals(bootstrapPassword)) {
            throw new IllegalArgumentException("newPassword: choose a password different from the current one and"
                    + " from the one in the configuration");
        }
        accounts.changePassword(email, passwords.encode(newPassword));
    }
}
