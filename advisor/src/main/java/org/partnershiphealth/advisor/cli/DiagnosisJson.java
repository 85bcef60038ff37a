package org.partnershiphealth.advisor.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.partnershiphealth.diagnosis.Diagnosis;

import java.io.UncheckedIOException;

/**
 * The diagnosis as JSON. Output is byte-identical for the same input: records keep their declared field order,
 * maps are sorted by key, nothing time- or machine-dependent is written, and lines end in \n on every platform.
 */
public final class DiagnosisJson {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .build();
    private static final DefaultPrettyPrinter PRINTER = new DefaultPrettyPrinter()
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultIndenter("  ", "\n"));

    private DiagnosisJson() {
    }

    public static String write(Diagnosis diagnosis) {
        try {
            return MAPPER.writer(PRINTER).writeValueAsString(diagnosis) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
