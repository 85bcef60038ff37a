package org.partnershiphealth.knowledge;

import java.util.List;

/** One of the six principles; each closes one vision/execution gap of the field guide. */
public record Principle(
        String id,
        String name,
        String gap,
        String whyItMatters,
        List<String> symptoms,
        List<String> practices) {

    public Principle {
        symptoms = Content.listOf(symptoms);
        practices = Content.listOf(practices);
    }
}
