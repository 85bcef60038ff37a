package org.partnershiphealth.diagnosis;

import java.time.LocalDate;

/**
 * What a partnership decided about one item of a round's plan: a focus item (a practice to work on) or one of its
 * actions. The plan proposes; the partnership accepts (possibly rewording it), names an owner (a role or a person)
 * and a date, and then tracks it; or it declines. {@code itemKey} is stable within the round: the practice id for a
 * focus item ({@code PR11}), the practice id and the action's place for an action ({@code PR11-A2}). The text is
 * the partnership's wording, kept even when a later refresh of the diagnosis words the plan differently.
 */
public record Commitment(
        String itemKey,
        String practiceId,
        Kind kind,
        String text,
        Decision decision,
        String owner,
        LocalDate due,
        Status status,
        String dropReason) {

    /** A practice to work on, or one action under it. */
    public enum Kind { FOCUS, ACTION }

    /** Whether the partnership took the item on. */
    public enum Decision { ACCEPTED, DECLINED }

    /** Where an accepted item stands; a dropped item says why. */
    public enum Status {
        NOT_STARTED("not started"), UNDER_WAY("under way"), DONE("done"), DROPPED("dropped");

        private final String label;

        Status(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public static final int MAX_TEXT = 1000;
    public static final int MAX_OWNER = 200;
    public static final int MAX_REASON = 500;

    public Commitment {
        require(itemKey != null && itemKey.matches("PR\\d\\d(-A\\d{1,2})?"), "itemKey",
                "a practice id such as PR11, or PR11-A2 for its second action, not " + itemKey);
        require(practiceId != null && itemKey.startsWith(practiceId), "practiceId",
                "the practice of item " + itemKey + ", not " + practiceId);
        require(kind == (itemKey.contains("-A") ? Kind.ACTION : Kind.FOCUS), "kind",
                itemKey + " is " + (itemKey.contains("-A") ? "an action" : "a focus item"));
        require(text != null && !text.isBlank() && text.length() <= MAX_TEXT, "text",
                "the item's wording is required, at most " + MAX_TEXT + " characters");
        require(decision != null, "decision", "ACCEPTED or DECLINED");
        require(owner == null || owner.length() <= MAX_OWNER, "owner", "at most " + MAX_OWNER + " characters");
        require(dropReason == null || dropReason.length() <= MAX_REASON, "dropReason",
                "at most " + MAX_REASON + " characters");
        if (decision == Decision.DECLINED) {
            status = null;
        } else {
            status = status == null ? Status.NOT_STARTED : status;
            require(status != Status.DROPPED || dropReason != null && !dropReason.isBlank(), "dropReason",
                    "a dropped item says why it was dropped");
        }
        owner = owner == null || owner.isBlank() ? null : owner.strip();
        dropReason = status == Status.DROPPED ? dropReason.strip() : null;
        text = text.strip();
    }

    public boolean accepted() {
        return decision == Decision.ACCEPTED;
    }

    /** Accepted and reported done. */
    public boolean done() {
        return accepted() && status == Status.DONE;
    }

    private static void require(boolean condition, String field, String message) {
        if (!condition) {
            throw new IllegalArgumentException(field + ": " + message);
        }
    }
}
