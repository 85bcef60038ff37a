package org.partnershiphealth.advisor.web;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.stereotype.Component;

/**
 * Tells the person who started the service where to go, apart from the log lines: the address, where to log in,
 * and with which account, on standard output once the server listens.
 */
@Component
class StartupNotice implements ApplicationListener<WebServerInitializedEvent> {

    private final String email;
    private final boolean passwordChange;

    StartupNotice(@Value("${pha.admin.email}") String email,
                  @Value("${pha.admin.require-password-change:true}") boolean passwordChange) {
        this.email = email;
        this.passwordChange = passwordChange;
    }

    @Override
    public void onApplicationEvent(WebServerInitializedEvent event) {
        if (event.getApplicationContext().getServerNamespace() != null) {
            return; // a management server on its own port
        }
        String base = "http://localhost:" + event.getWebServer().getPort();
        String line = "=".repeat(72);
        System.out.println(System.lineSeparator() + line + System.lineSeparator()
                + "  Partnership Health Advisor is running at " + base + System.lineSeparator()
                + "  Log in at " + base + "/login as " + email
                + (passwordChange ? " (the first log-in asks for a new password)" : "") + System.lineSeparator()
                + "  API documentation: " + base + "/swagger-ui.html" + System.lineSeparator()
                + line + System.lineSeparator());
    }
}
