package org.partnershiphealth.advisor.scoring;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Which stakeholder groups may be shown for one subject. A group needs at least k respondents; and because the
 * overall score is shown too, the respondents of the withheld groups together must be none or at least k,
 * otherwise subtracting the shown groups from the total would expose them. While that remainder is between 1 and
 * k-1, the smallest shown group is withheld as well (complementary suppression).
 */
final class Disclosure {

    private Disclosure() {
    }

    static List<String> shownGroups(Map<String, List<Double>> valuesByGroup, int total, int k) {
        List<String> shown = new ArrayList<>(valuesByGroup.keySet().stream()
                .filter(group -> valuesByGroup.get(group).size() >= k)
                .sorted()
                .toList());
        Comparator<String> smallestFirst = Comparator.comparingInt((String group) -> valuesByGroup.get(group).size())
                .thenComparing(Comparator.naturalOrder());
        while (!shown.isEmpty()) {
            int remainder = total - shown.stream().mapToInt(group -> valuesByGroup.get(group).size()).sum();
            if (remainder == 0 || remainder >= k) {
                break;
            }
            shown.remove(shown.stream().min(smallestFirst).orElseThrow());
        }
        return shown;
    }
}
