package org.partnershiphealth.assessment;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One completed questionnaire: a pseudonymous id, the profile, Likert answers by question id, open answers. Both
 * maps iterate in question-id order, whatever order they were given in, and look an id up by hash: scoring asks
 * every respondent for every item, and a sorted tree made those lookups a visible share of a diagnosis.
 */
public record Respondent(String id, Profile profile, Map<String, Answer> answers, Map<String, String> openAnswers) {

    public Respondent {
        answers = inIdOrder(answers);
        openAnswers = inIdOrder(openAnswers);
    }

    private static <V> Map<String, V> inIdOrder(Map<String, V> map) {
        if (map == null || map.isEmpty()) {
            return Map.of();
        }
        String[] ids = map.keySet().toArray(String[]::new);
        Arrays.sort(ids);
        Map<String, V> copy = new LinkedHashMap<>(ids.length * 4 / 3 + 1);
        for (String id : ids) {
            copy.put(id, map.get(id));
        }
        return Collections.unmodifiableMap(copy);
    }
}
