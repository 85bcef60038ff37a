package org.partnershiphealth.diagnosis;

/** How a score reads: strength (default >= 4.0), watch (3.0 to 3.99) or concern (< 3.0); limits are tunable. */
public enum Band {
    STRENGTH, WATCH, CONCERN
}
