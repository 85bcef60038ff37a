package org.partnershiphealth.knowledge;

/** Who drives a step of the plan, by role; others may take part. */
public enum Owner {
    /** The person or team that runs the partnership day to day. */
    BACKBONE_LEAD("Backbone lead"),
    /** The leaders who govern the partnership: steering group, board or leadership. */
    STEERING_GROUP("Steering group"),
    /** Every partner organisation, each inside or for its own organisation. */
    EACH_PARTNER("Each partner");

    private final String label;

    Owner(String label) {
        this.label = label;
    }

    /** The role in plain words, for reports. */
    public String label() {
        return label;
    }
}
