package org.partnershiphealth.advisor.intake;

import org.partnershiphealth.assessment.Partnership;
import org.partnershiphealth.assessment.PartnershipFacts;
import org.partnershiphealth.assessment.QuestionnaireForm;

/**
 * What a survey file says about the round rather than the respondents: the partnership, the period, the form
 * (null: inferred from the items answered) and the facts backbone staff recorded.
 */
public record SurveyHeader(Partnership partnership, String period, QuestionnaireForm form, PartnershipFacts facts) {

    public SurveyHeader {
        facts = facts == null ? PartnershipFacts.none() : facts;
    }
}
