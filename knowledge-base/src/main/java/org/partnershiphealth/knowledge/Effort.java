package org.partnershiphealth.knowledge;

/** Rough effort a team needs to put a practice in place; used to break ties in prioritisation. */
public enum Effort {
    LOW, MEDIUM, HIGH
}
