package org.partnershiphealth.disclosure;

/**
 * Results that may not be published yet: too few responses, or too few new ones since the results were last
 * published. The message is meant for the consultant and reveals nothing but counts they already see.
 */
public final class WithheldException extends RuntimeException {

    private final int respondents;
    private final int stillNeeded;

    public WithheldException(String message, int respondents, int stillNeeded) {
        super(message);
        this.respondents = respondents;
        this.stillNeeded = stillNeeded;
    }

    public int respondents() {
        return respondents;
    }

    /** How many more responses would let the results appear. */
    public int stillNeeded() {
        return stillNeeded;
    }
}
