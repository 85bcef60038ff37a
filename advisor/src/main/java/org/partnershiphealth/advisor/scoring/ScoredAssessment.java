package org.partnershiphealth.advisor.scoring;

import org.partnershiphealth.assessment.Sector;
import org.partnershiphealth.diagnosis.Diagnosis;
import org.partnershiphealth.diagnosis.Scores;

import java.util.List;
import java.util.Map;

/**
 * The scores as they may be published, and what the disclosure policy decided on the way: the respondents per
 * group that may be shown, whether groups of k or more were held back, and how many scores were withheld. The
 * sector head counts are used only by the rules, to notice a sector that did not answer at all; no output shows them.
 */
public record ScoredAssessment(Scores scores, Map<Sector, Integer> respondentsBySector,
                               List<Diagnosis.GroupCount> groupCounts, boolean groupsHeldBack, int scoresWithheld) {

    public ScoredAssessment {
        respondentsBySector = Map.copyOf(respondentsBySector);
        groupCounts = List.copyOf(groupCounts);
    }
}
