package org.partnershiphealth.advisor.service;

import org.junit.jupiter.api.Test;
import org.partnershiphealth.advisor.AdvisorApplication;
import org.partnershiphealth.advisor.store.AccountStore;
import org.partnershiphealth.assessment.QuestionnaireForm;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The consultant's results page is answered from a cache while the round is unchanged: every change to its
 * responses (one more, or one erased and another added so the count is the same) must be judged again at once, and
 * a view of an unchanged round must not diagnose again. The cache's key reads one aggregate row of the responses,
 * not every respondent's key.
 */
@SpringBootTest(classes = AdvisorApplication.class, properties = {
        "spring.datasource.url=jdbc:h2:mem:pha-results-cache;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
        "logging.structured.format.console=", "pha.demo.enabled=false"})
class ResultsCacheTest {

    @Autowired
    AssessmentService assessments;

    @Autowired
    DataService data;

    @Autowired
    AccountStore accounts;

    @Test
    void theResultsFollowEveryChangeToTheResponsesAndAreNotRecomputedOtherwise() {
        long organisation = accounts.organisationId("Demo Consultancy").orElseThrow();
        long partnership = assessments.createPartnership(organisation, "cache", "Cache Partnership").id();
        var round = assessments.createRound(organisation, partnership, "2026", QuestionnaireForm.SHORT, null);
        String erasable = null;
        for (int i = 0; i < 5; i++) {
            String receipt = assessments.submit(round.shareToken(), response(i == 0 ? 1 : 4), null).receiptCode();
            erasable = i == 0 ? receipt : erasable;
        }

        AssessmentService.Results first = assessments.results(organisation, round.id());
        assertThat(assessments.results(organisation, round.id())).as("an unchanged round").isSameAs(first);

        assessments.submit(round.shareToken(), response(4), null);
        AssessmentService.Results more = assessments.results(organisation, round.id());
        assertThat(more).as("one more response").isNotSameAs(first);
        assertThat(assessments.results(organisation, round.id())).isSameAs(more);

        // the same count, other responses: the one who disagreed is erased, someone who agrees arrives (whether the
        // new state may be published beside the earlier one is the disclosure policy's call; it must be asked)
        assertThat(data.erase(erasable)).isTrue();
        assessments.submit(round.shareToken(), response(4), null);
        assertThat(assessments.results(organisation, round.id())).as("one erased, one added").isNotSameAs(more);
    }

    private static Submission response(int agreement) {
        Map<String, Object> answers = new LinkedHashMap<>();
        for (int i = 1; i <= 27; i++) {
            answers.put(String.format("Q%02dA", i), agreement);
        }
        return new Submission("NONPROFIT", "PARTNER_REPRESENTATIVE", "ONE_TO_3_YEARS", answers, Map.of());
    }
}
