package org.partnershiphealth.assessment;

/**
 * One answer to a Likert item: agreement 1..5, or "don't know / not applicable", which is never scored
 * (in particular never treated as a neutral 3).
 */
public record Answer(Integer value) {

    public static final int MIN = 1;
    public static final int MAX = 5;
    private static final Answer DONT_KNOW = new Answer(null);

    public Answer {
        if (value != null && (value < MIN || value > MAX)) {
            throw new IllegalArgumentException("A Likert answer must be between 1 and 5, not " + value);
        }
    }

    public static Answer of(int value) {
        return new Answer(value);
    }

    public static Answer dontKnow() {
        return DONT_KNOW;
    }

    public boolean isDontKnow() {
        return value == null;
    }

    /** The value as scored: reverse items are flipped so that a higher number always means a healthier practice. */
    public int scored(boolean reverse) {
        if (value == null) {
            throw new IllegalStateException("A don't-know answer has no score");
        }
        return reverse ? MIN + MAX - value : value;
    }
}
