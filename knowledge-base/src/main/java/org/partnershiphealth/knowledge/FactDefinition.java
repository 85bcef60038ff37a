package org.partnershiphealth.knowledge;

import java.util.List;

/** A partnership fact backbone staff enter once per round: its meaning, unit, range or options. */
public record FactDefinition(
        String id,
        String label,
        FactType type,
        String unit,
        Double min,
        Double max,
        List<Option> values,
        String meaning) {

    public FactDefinition {
        values = Content.listOf(values);
    }
}
