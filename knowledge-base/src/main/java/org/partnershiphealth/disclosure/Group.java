package org.partnershiphealth.disclosure;

/** One group that results can be broken down by: a value of one dimension, e.g. SECTOR = NONPROFIT. */
public record Group(String dimension, String value) {

    @Override
    public String toString() {
        return dimension + ":" + value;
    }
}
