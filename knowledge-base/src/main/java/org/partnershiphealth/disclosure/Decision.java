package org.partnershiphealth.disclosure;

import java.util.List;

/**
 * What may be published about one quantity: its total (over everyone who has a value for it) and the groups it
 * may be broken down by. A quantity whose total is withheld has no groups either.
 */
public record Decision(boolean totalShown, List<Group> groups) {

    public static final Decision WITHHELD = new Decision(false, List.of());

    public Decision {
        groups = List.copyOf(groups);
        if (!totalShown && !groups.isEmpty()) {
            throw new IllegalArgumentException("Groups cannot be shown without their total");
        }
    }
}
