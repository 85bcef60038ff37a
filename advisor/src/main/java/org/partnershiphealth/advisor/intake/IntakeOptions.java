package org.partnershiphealth.advisor.intake;

import java.nio.file.Path;

/**
 * How to read a survey file: whether rows with problems may be skipped (reported, never silent), an optional
 * partnership file holding the partnership, period, form and facts for a CSV export, the size limit, the answer
 * scale of a numeric export when the user chose one (null: decided from the codes), and the user's column mapping.
 */
public record IntakeOptions(boolean skipInvalid, Path partnershipFile, long maxBytes, AnswerScale scale,
                            ColumnMapping mapping) {

    /** 20 MB holds a full-form survey of well over 20,000 respondents; anything bigger is almost surely a mistake. */
    public static final long DEFAULT_MAX_BYTES = 20L * 1024 * 1024;

    public IntakeOptions {
        mapping = mapping == null ? ColumnMapping.none() : mapping;
    }

    public static IntakeOptions strict() {
        return new IntakeOptions(false, null, DEFAULT_MAX_BYTES, null, ColumnMapping.none());
    }

    public IntakeOptions skippingInvalid(boolean skip) {
        return new IntakeOptions(skip, partnershipFile, maxBytes, scale, mapping);
    }

    public IntakeOptions withPartnershipFile(Path file) {
        return new IntakeOptions(skipInvalid, file, maxBytes, scale, mapping);
    }

    public IntakeOptions withMaxBytes(long limit) {
        return new IntakeOptions(skipInvalid, partnershipFile, limit, scale, mapping);
    }

    public IntakeOptions withScale(AnswerScale chosen) {
        return new IntakeOptions(skipInvalid, partnershipFile, maxBytes, chosen, mapping);
    }

    public IntakeOptions withMapping(ColumnMapping columns) {
        return new IntakeOptions(skipInvalid, partnershipFile, maxBytes, scale, columns);
    }
}
