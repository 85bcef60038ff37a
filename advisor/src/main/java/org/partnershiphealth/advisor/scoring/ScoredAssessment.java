package org.partnershiphealth.advisor.scoring;

import org.partnershiphealth.assessment.Sector;
import org.partnershiphealth.diagnosis.Scores;

import java.util.Map;

/** The scores, plus how many respondents each sector had: used only to notice a sector that did not answer. */
public record ScoredAssessment(Scores scores, Map<Sector, Integer> respondentsBySector) {

    public ScoredAssessment {
        respondentsBySector = Map.copyOf(respondentsBySector);
    }
}
