package org.partnershiphealth.advisor.cli;

import org.partnershiphealth.advisor.AdvisorApplication;
import org.springframework.boot.SpringApplication;
import picocli.CommandLine.Command;

import java.util.ArrayList;
import java.util.List;

/** Starts the service: REST API on port 8080 with the embedded H2 database under ./data by default. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Start the web service (REST API; H2 under ./data unless --spring.profiles.active=postgres).")
final class ServeCommand implements Runnable {

    /** Spring settings such as --server.port=9090 or --spring.profiles.active=postgres, passed on as they are. */
    @picocli.CommandLine.Unmatched
    List<String> settings = new ArrayList<>();

    @Override
    public void run() {
        SpringApplication.run(AdvisorApplication.class, settings.toArray(String[]::new));
    }
}
