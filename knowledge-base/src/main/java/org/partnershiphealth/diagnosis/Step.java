package org.partnershiphealth.diagnosis;

import com.fasterxml.jackson.annotation.JsonCreator;
import org.partnershiphealth.knowledge.Owner;

import java.util.List;

/**
 * One step of a 90-day plan: what to do, who drives it (by role), in which four weeks it starts, and which of the
 * findings' items or anti-patterns it answers. A diagnosis stored before steps had owners reads each step from its
 * text alone.
 */
public record Step(String text, Owner owner, Weeks weeks, List<String> answers) {

    @JsonCreator
    public Step {
        answers = answers == null ? List.of() : List.copyOf(answers);
    }

    /** A step from a diagnosis stored before steps had owners and weeks. */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static Step ofText(String text) {
        return new Step(text, null, null, List.of());
    }

    /** The three four-week blocks of a 90-day plan. */
    public enum Weeks {
        WEEKS_1_TO_4("Weeks 1–4"), WEEKS_5_TO_8("Weeks 5–8"), WEEKS_9_TO_12("Weeks 9–12");

        private final String label;

        Weeks(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        /** The block {@code later} blocks after this one, no later than weeks 9–12. */
        public Weeks plus(int later) {
            return values()[Math.min(values().length - 1, ordinal() + later)];
        }
    }
}
