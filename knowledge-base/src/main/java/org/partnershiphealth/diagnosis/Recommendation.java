package org.partnershiphealth.diagnosis;

import java.util.List;

/**
 * An action plan for one practice, explained: the findings (by rule id) and evidence that drove it, its
 * priority and horizon, the reason for that horizon, and one strength the team can build on.
 */
public record Recommendation(
        String practiceId,
        String title,
        RecommendationKind kind,
        Horizon horizon,
        double priority,
        List<Step> actions,
        List<String> basedOn,
        List<Evidence> evidence,
        String reason,
        String strengthToBuildOn) {

    public Recommendation {
        actions = List.copyOf(actions);
        basedOn = List.copyOf(basedOn);
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
    }
}
