package org.partnershiphealth.knowledge;

/** A coded choice with the label people see: an enum fact value or a profile answer. */
public record Option(String code, String label) {
}
