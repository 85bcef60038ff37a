package org.partnershiphealth.advisor;

/**
 * Every size limit on what a client can send, in one place (docs/security.md lists them). Each one is at or below
 * its database column, so an oversized value is refused with its field named instead of failing in the database.
 * Request bodies have their own limits in application.yml: {@code pha.max-json-bytes} (1 MB, chunked bodies
 * included) and 20 MB for uploads.
 */
public final class Limits {

    /** A partnership's id in URLs and file names. */
    public static final int SLUG = 80;
    /** A partnership's display name. */
    public static final int NAME = 200;
    /** A round's period label, e.g. "2026" or "2026-spring". */
    public static final int PERIOD = 40;
    /** A respondent's id from an imported file. */
    public static final int RESPONDENT_ID = 100;
    /** An Idempotency-Key header (or the questionnaire page's hidden submission id). */
    public static final int IDEMPOTENCY_KEY = 100;
    /** One free-text answer: about 800 words, well above what people write in a survey box. */
    public static final int COMMENT = 5000;
    /** An e-mail address (account name). */
    public static final int EMAIL = 200;
    /** Passwords: at least 12 characters, at most 200. */
    public static final int PASSWORD_MIN = 12;
    public static final int PASSWORD_MAX = 200;

    private Limits() {
    }

    /**
     * The value, or an IllegalArgumentException naming the field when it is longer than the limit. Lengths count
     * characters as people see them (code points), so a name in any script gets the same room.
     */
    public static String atMost(String field, String value, int limit) {
        if (value != null && value.codePointCount(0, value.length()) > limit) {
            throw new IllegalArgumentException(field + ": at most " + limit + " characters, not "
                    + value.codePointCount(0, value.length()));
        }
        return value;
    }

    /**
     * An idempotency key: 1 to {@value #IDEMPOTENCY_KEY} visible ASCII characters (a UUID fits, and nothing that
     * could split a log line or a header).
     */
    public static String idempotencyKey(String key) {
        if (key == null) {
            return null;
        }
        if (key.isEmpty() || key.length() > IDEMPOTENCY_KEY || !key.chars().allMatch(c -> c >= 0x21 && c <= 0x7e)) {
            throw new IllegalArgumentException("Idempotency-Key: 1 to " + IDEMPOTENCY_KEY
                    + " visible ASCII characters (a UUID is ideal), not " + describe(key));
        }
        return key;
    }

    private static String describe(String key) {
        return key.isEmpty() ? "an empty value" : key.length() > IDEMPOTENCY_KEY ? key.length() + " characters"
                : "a value with spaces or other characters";
    }
}
