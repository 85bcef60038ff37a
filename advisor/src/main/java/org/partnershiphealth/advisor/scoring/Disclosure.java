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

    /** @param sizes respondents per group who have a value for the subject; @return shown groups, sorted by name */
    static List<String> shownGroups(Map<String, Integer> sizes, int k) {
        int total = sizes.values().stream().mapToInt(Integer::intValue).sum();
        List<String> shown = new ArrayList<>(sizes.keySet().stream()
                .filter(group -> sizes.get(group) >= k)
                .sorted()
                .toList());
        Comparator<String> smallestFirst = Comparator.comparingInt((String group) -> sizes.get(group))
                .thenComparing(Comparator.naturalOrder());
        while (!shown.isEmpty()) {
            int remainder = total - shown.stream().mapToInt(sizes::get).sum();
            if (remainder == 0 || remainder >= k) {
                break;
            }
            shown.remove(shown.stream().min(smallestFirst).orElseThrow());
        }
        return shown;
    }
}
