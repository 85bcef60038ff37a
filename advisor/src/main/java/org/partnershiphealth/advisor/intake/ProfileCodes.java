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
            index.put(Likert.normalise(option.code()), value);
            index.put(Likert.normalise(option.label()), value);
        }
    }

    private static <E> E find(String written, Map<String, E> index, String what, List<Option> options) {
        if (written == null || written.isBlank()) {
            throw new IllegalArgumentException("the " + what + " is missing (every respondent needs sector, role and"
                    + " time involved, so that groups can be compared)");
        }
        E value = index.get(Likert.normalise(written));
        if (value == null) {
            throw new IllegalArgumentException("\"" + written.strip() + "\" is not a " + what + " (use one of "
                    + options.stream().map(Option::code).collect(Collectors.joining(", ")) + ", or the option's wording)");
        }
        return value;
    }
}
