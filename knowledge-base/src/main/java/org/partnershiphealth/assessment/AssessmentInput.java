package org.partnershiphealth.assessment;

import java.util.List;

/** Everything one assessment round hands to scoring: who, when, which form, the facts and the answers. */
public record AssessmentInput(
        Partnership partnership,
        String period,
        QuestionnaireForm form,
        PartnershipFacts facts,
        List<Respondent> respondents) {

    public AssessmentInput {
        facts = facts == null ? PartnershipFacts.none() : facts;
        respondents = respondents == null ? List.of() : List.copyOf(respondents);
    }
}
