package org.partnershiphealth.advisor.web;

import org.partnershiphealth.advisor.service.AssessmentService;
import org.partnershiphealth.advisor.store.StoredPartnership;
import org.partnershiphealth.advisor.store.StoredRound;
import org.partnershiphealth.assessment.PartnershipFacts;
import org.partnershiphealth.assessment.QuestionnaireForm;
import org.partnershiphealth.diagnosis.GroupDimension;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** The JSON shapes the API returns and accepts. */
final class Views {

    private Views() {
    }

    record PartnershipView(long id, String slug, String name, Instant createdAt) {
        static PartnershipView of(StoredPartnership p) {
            return new PartnershipView(p.id(), p.slug(), p.name(), p.createdAt());
        }
    }

    record RoundView(long id, long partnershipId, String period, QuestionnaireForm form, String status,
                     String shareToken, String sharePath, PartnershipFacts facts, int responses, Instant createdAt,
                     Instant closedAt, String language) {
        static RoundView of(StoredRound r, int responses) {
            return new RoundView(r.id(), r.partnershipId(), r.period(), r.form(), r.status().name(), r.shareToken(),
                    "/api/respond/" + r.shareToken(), r.facts(), responses, r.createdAt(), r.closedAt(),
                    r.language());
        }
    }

    record NewPartnership(
            @jakarta.validation.constraints.NotBlank
            @jakarta.validation.constraints.Pattern(regexp = "[a-z0-9][a-z0-9-]{0,79}",
                    message = "lower-case letters, digits and hyphens, at most 80") String slug,
            @jakarta.validation.constraints.NotBlank
            @jakarta.validation.constraints.Size(max = org.partnershiphealth.advisor.Limits.NAME) String name) {
    }

    record NewRound(
            @jakarta.validation.constraints.NotBlank
            @jakarta.validation.constraints.Size(max = org.partnershiphealth.advisor.Limits.PERIOD) String period,
            @jakarta.validation.constraints.NotNull QuestionnaireForm form,
            com.fasterxml.jackson.databind.JsonNode facts,
            /* the language respondents read (en unless given); GET /api/knowledge lists those offered */
            String language) {
    }

    /**
     * Response counts: the live total, and per sector and role only the counts of the latest published results
     * ({@code published} respondents; absent until results are published), with a note on when they refresh.
     */
    record ResponseCounts(int total, int anonymityThreshold, Integer published, Map<String, Integer> bySector,
                          Map<String, Integer> byRole, String note) {

        static ResponseCounts of(AssessmentService.Counts counts) {
            return new ResponseCounts(counts.total(), counts.anonymityThreshold(), counts.published(),
                    of(counts, GroupDimension.SECTOR),
                    of(counts, GroupDimension.ROLE), counts.note());
        }

        private static Map<String, Integer> of(AssessmentService.Counts counts,
                                               GroupDimension dimension) {
            Map<String, Integer> shown = new LinkedHashMap<>();
            counts.groups().stream().filter(g -> g.dimension() == dimension)
                    .forEach(g -> shown.put(g.group(), g.respondents()));
            return shown;
        }
    }

    /** {@code receiptCode}: what the respondent keeps to have the response erased (POST /api/respond/erasure). */
    record Receipt(long responseId, boolean created, String message, String receiptCode) {
    }
}
