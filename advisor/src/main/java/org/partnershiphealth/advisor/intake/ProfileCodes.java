package org.partnershiphealth.advisor.intake;

import org.partnershiphealth.assessment.Role;
import org.partnershiphealth.assessment.Sector;
import org.partnershiphealth.assessment.Tenure;
import org.partnershiphealth.knowledge.Option;
import org.partnershiphealth.knowledge.Questionnaire;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Reads profile answers written as a code (NONPROFIT) or as the option's wording in the questionnaire. */
public final class ProfileCodes {

    private final Map<String, Sector> sectors = new HashMap<>();
    private final Map<String, Role> roles = new HashMap<>();
    private final Map<String, Tenure> tenures = new HashMap<>();
    private final Questionnaire.ProfileQuestions profile;

    /**
     * Wordings hand-built forms use for the same options, normalised as answers are: short names for sectors and
     * ranges of years for the time involved ("< 1 year", "1-3 years", "3+ years").
     */
    private static final Map<String, String> VARIANTS = Map.ofEntries(
            Map.entry("ngo", "NONPROFIT"), Map.entry("charity", "NONPROFIT"), Map.entry("non profit", "NONPROFIT"),
            Map.entry("civil society", "NONPROFIT"), Map.entry("company", "BUSINESS"),
            Map.entry("private sector", "BUSINESS"), Map.entry("public sector", "GOVERNMENT"),
            Map.entry("public agency", "GOVERNMENT"), Map.entry("local government", "GOVERNMENT"),
            Map.entry("foundation", "FUNDER"), Map.entry("donor", "FUNDER"), Map.entry("university", "ACADEMIC"),
            Map.entry("research", "ACADEMIC"), Map.entry("academia", "ACADEMIC"),
            Map.entry("community member", "COMMUNITY"),
            Map.entry("less than 1 year", "UNDER_1_YEAR"), Map.entry("under 1 year", "UNDER_1_YEAR"),
            Map.entry("under a year", "UNDER_1_YEAR"), Map.entry("0 1 years", "UNDER_1_YEAR"),
            Map.entry("0 1 year", "UNDER_1_YEAR"), Map.entry("less than one year", "UNDER_1_YEAR"),
            Map.entry("1 3 years", "ONE_TO_3_YEARS"), Map.entry("1 to 3 years", "ONE_TO_3_YEARS"),
            Map.entry("one to three years", "ONE_TO_3_YEARS"), Map.entry("1 3 year", "ONE_TO_3_YEARS"),
            Map.entry("3 or more years", "OVER_3_YEARS"), Map.entry("more than 3 years", "OVER_3_YEARS"),
            Map.entry("over 3 years", "OVER_3_YEARS"), Map.entry("3 years or more", "OVER_3_YEARS"),
            Map.entry("more than three years", "OVER_3_YEARS"));

    public ProfileCodes(Questionnaire questionnaire) {
        this.profile = questionnaire.profile();
        index(profile.sector(), sectors, Sector::valueOf);
        index(profile.role(), roles, Role::valueOf);
        index(profile.tenure(), tenures, Tenure::valueOf);
    }

    public Sector sector(String written) {
        return find(written, sectors, "sector", profile.sector());
    }

    public Role role(String written) {
        return find(written, roles, "role", profile.role());
    }

    public Tenure tenure(String written) {
        return find(written, tenures, "time involved", profile.tenure());
    }

    private static <E> void index(List<Option> options, Map<String, E> index, java.util.function.Function<String, E> parse) {
        for (Option option : options) {
            E value = parse.apply(option.code());
            index.put(option.code(), value);
            index.put(Likert.normalise(option.code()), value);
            index.put(Likert.normalise(option.label()), value);
        }
    }

    private static <E> E find(String written, Map<String, E> index, String what, List<Option> options) {
        if (written == null || written.isBlank()) {
            throw new IllegalArgumentException("the " + what + " is missing (every respondent needs sector, role and"
                    + " time involved, so that groups can be compared)");
        }
        E exact = index.get(written);
        if (exact != null) {
            return exact; // the code itself, as the web form, the API and native files send it
        }
        String text = Likert.normalise(written.replace("<", " less than ").replace(">", " more than ")
                .replaceAll("(\\d)\\s*\\+", "$1 or more"));
        E value = index.get(text);
        if (value == null && VARIANTS.containsKey(text)) {
            value = index.get(Likert.normalise(VARIANTS.get(text)));
        }
        if (value == null) {
            throw new IllegalArgumentException("\"" + written.strip() + "\" is not a " + what + " (use one of "
                    + options.stream().map(Option::code).collect(Collectors.joining(", ")) + ", or the option's wording)");
        }
        return value;
    }
}
