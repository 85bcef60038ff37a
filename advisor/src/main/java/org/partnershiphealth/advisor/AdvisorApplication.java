package org.partnershiphealth.advisor;

import org.partnershiphealth.advisor.diagnosis.Advisor;
import org.partnershiphealth.reports.Reports;
import org.partnershiphealth.rules.RuleBook;
import org.partnershiphealth.rules.Thresholds;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/** The advisor as a service: REST API, persistence, accounts (and, later, the web pages). */
@SpringBootApplication
public class AdvisorApplication {

    public static void main(String[] args) {
        SpringApplication.run(AdvisorApplication.class, args);
    }

    @Bean
    Advisor advisor(@Value("${pha.anonymity-k:3}") int k) {
        RuleBook rules = RuleBook.load();
        if (k < Thresholds.LOWEST_GROUP_SIZE) {
            throw new IllegalStateException("pha.anonymity-k is " + k + "; it is never below "
                    + Thresholds.LOWEST_GROUP_SIZE);
        }
        return new Advisor(rules.withThresholds(rules.thresholds().withMinGroupSize(k)));
    }

    @Bean
    Reports reports(Advisor advisor) {
        return new Reports(advisor.knowledge());
    }
}
