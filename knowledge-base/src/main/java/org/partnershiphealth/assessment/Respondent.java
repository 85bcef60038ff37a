package org.partnershiphealth.assessment;

import java.util.Map;
import java.util.TreeMap;

/** One completed questionnaire: a pseudonymous id, the profile, Likert answers by question id, open answers. */
public record Respondent(String id, Profile profile, Map<String, Answer> answers, Map<String, String> openAnswers) {

    public Respondent {
        answers = answers == null ? Map.of() : java.util.Collections.unmodifiableMap(new TreeMap<>(answers));
        openAnswers = openAnswers == null ? Map.of()
                : java.util.Collections.unmodifiableMap(new TreeMap<>(openAnswers));
    }
}
