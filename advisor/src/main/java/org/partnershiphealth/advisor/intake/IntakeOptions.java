package org.partnershiphealth.advisor.intake;

import java.nio.file.Path;

/**
 * How to read a survey file: whether rows with problems may be skipped (reported, never silent), an optional
 * partnership file holding the partnership, period, form and facts for a CSV export, and the size limit.
 */
public record IntakeOptions(boolean skipInvalid, Path partnershipFile, long maxBytes) {

    /** 20 MB holds a full-form survey of well over 20,000 respondents; anything bigger is almost surely a mistake. */
    public static final long DEFAULT_MAX_BYTES = 20L * 1024 * 1024;

    public static IntakeOptions strict() {
        return new IntakeOptions(false, null, DEFAULT_MAX_BYTES);
    }

    public IntakeOptions skippingInvalid(boolean skip) {
        return new IntakeOptions(skip, partnershipFile, maxBytes);
    }

    public IntakeOptions withPartnershipFile(Path file) {
        return new IntakeOptions(skipInvalid, file, maxBytes);
    }

    public IntakeOptions withMaxBytes(long limit) {
        return new IntakeOptions(skipInvalid, partnershipFile, limit);
    }
}
