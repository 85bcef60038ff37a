package org.partnershiphealth.knowledge;

/** The kind of value a partnership fact holds; decides how intake parses and forms render it. */
public enum FactType {
    ENUM, INTEGER, DECIMAL, PERCENT, BOOLEAN;

    public boolean isNumeric() {
        return this == INTEGER || this == DECIMAL || this == PERCENT;
    }
}
