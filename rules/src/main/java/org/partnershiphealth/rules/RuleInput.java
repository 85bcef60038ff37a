package org.partnershiphealth.rules;

import org.partnershiphealth.assessment.PartnershipFacts;
import org.partnershiphealth.assessment.Sector;
import org.partnershiphealth.diagnosis.Scores;

import java.util.EnumMap;
import java.util.Map;

/**
 * What the rules look at: the scored survey, the partnership facts backbone staff recorded (null fields mean
 * "not recorded"), and how many respondents came from each sector. Head counts are used only to notice a sector
 * with no respondents at all; they are never shown.
 */
public record RuleInput(Scores scores, PartnershipFacts partnership, Map<Sector, Integer> respondentsBySector) {

    public RuleInput {
        if (scores == null) {
            throw new IllegalArgumentException("Scores are required");
        }
        partnership = partnership == null ? PartnershipFacts.none() : partnership;
        respondentsBySector = respondentsBySector == null || respondentsBySector.isEmpty()
                ? Map.of() : Map.copyOf(new EnumMap<>(respondentsBySector));
    }
}
