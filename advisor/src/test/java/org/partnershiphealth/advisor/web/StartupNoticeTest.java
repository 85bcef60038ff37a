package org.partnershiphealth.advisor.web;

import org.junit.jupiter.api.Test;
import org.springframework.boot.web.server.WebServer;
import org.springframework.boot.web.servlet.context.ServletWebServerApplicationContext;
import org.springframework.boot.web.servlet.context.ServletWebServerInitializedEvent;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** The operator sees where to log in, on its own lines, whatever format the logs are in. */
class StartupNoticeTest {

    @Test
    void theNoticeNamesTheAddressTheLoginPageAndTheAccount() {
        WebServer server = new WebServer() {
            @Override
            public void start() {
            }

            @Override
            public void stop() {
            }

            @Override
            public int getPort() {
                return 8080;
            }
        };
        PrintStream console = System.out;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
        try {
            new StartupNotice("admin@example.org", true).onApplicationEvent(
                    new ServletWebServerInitializedEvent(server, new ServletWebServerApplicationContext()));
        } finally {
            System.setOut(console);
        }

        assertThat(printed.toString(StandardCharsets.UTF_8)).contains(
                "Partnership Health Advisor is running at http://localhost:8080",
                "Log in at http://localhost:8080/login as admin@example.org (the first log-in asks for a new password)");
    }
}
