package org.partnershiphealth.rules;

import org.partnershiphealth.assessment.PartnershipFacts;
import org.partnershiphealth.assessment.Sector;
import org.partnershiphealth.diagnosis.Scores;

import java.util.EnumMap;
import java.util.Map;

/**
 * What the rules look at: the scored survey, the partnership facts backbone staff recorded (null fields mean
 * "not recorded"), how many respondents came from each sector (used only to notice a sector with no respondents at
 * all; never shown), and, in rounds whose comments may be published, how many respondents wrote a comment and how
 * many of them used each anti-pattern's phrases (by anti-pattern id).
 */
public record RuleInput(Scores scores, PartnershipFacts partnership, Map<Sector, Integer> respondentsBySector,
                        int commenters, Map<String, Integer> commentMentions) {

    public RuleInput(Scores scores, PartnershipFacts partnership, Map<Sector, Integer> respondentsBySector) {
        this(scores, partnership, respondentsBySector, 0, Map.of());
    }

    public RuleInput {
        if (scores == null) {
            throw new IllegalArgumentException("Scores are required");
        }
        partnership = partnership == null ? PartnershipFacts.none() : partnership;
        respondentsBySector = respondentsBySector == null || respondentsBySector.isEmpty()
                ? Map.of() : Map.copyOf(new EnumMap<>(respondentsBySector));
        commentMentions = commentMentions == null ? Map.of() : Map.copyOf(commentMentions);
    }
}
