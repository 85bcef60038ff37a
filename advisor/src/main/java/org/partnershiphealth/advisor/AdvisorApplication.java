package org.partnershiphealth.advisor;

import org.partnershiphealth.advisor.diagnosis.Advisor;
import org.partnershiphealth.disclosure.DisclosurePolicy;
import org.partnershiphealth.reports.Reports;
import org.partnershiphealth.rules.RuleBook;
import org.partnershiphealth.rules.Thresholds;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/**
 * The advisor as a service: REST API, web pages, persistence, accounts, and the scheduled work (reminders due,
 * stale questionnaire drafts deleted).
 */
@SpringBootApplication
@org.springframework.scheduling.annotation.EnableScheduling
public class AdvisorApplication {

    public static void main(String[] args) {
        SpringApplication.run(AdvisorApplication.class, args);
    }

    @Bean
    Advisor advisor(@Value("${pha.anonymity-k:3}") int k, @Value("${pha.comment-threshold:5}") int comments) {
        RuleBook rules = RuleBook.load();
        if (k < Thresholds.LOWEST_GROUP_SIZE) {
            throw new IllegalStateException("pha.anonymity-k is " + k + "; it is never below "
                    + Thresholds.LOWEST_GROUP_SIZE);
        }
        if (comments < k) {
            throw new IllegalStateException("pha.comment-threshold is " + comments
                    + "; comments need at least as many respondents as pha.anonymity-k (" + k + ")");
        }
        return new Advisor(rules.withThresholds(rules.thresholds().withMinGroupSize(k)),
                new DisclosurePolicy(k, comments));
    }

    @Bean
    Reports reports(Advisor advisor) {
        return new Reports(advisor.knowledge());
    }
}
