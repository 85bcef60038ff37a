package org.partnershiphealth.rules;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.stream.Collectors;

/** Reads {@link Thresholds} from YAML: the shipped defaults, or a consultant's tuned copy. */
public final class ThresholdsFile {

    static final String DEFAULTS = "org/partnershiphealth/rules/thresholds.yaml";

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES);

    private ThresholdsFile() {
    }

    /** The thresholds shipped with the rule base. */
    public static Thresholds defaults() {
        try (InputStream in = ThresholdsFile.class.getClassLoader().getResourceAsStream(DEFAULTS)) {
            if (in == null) {
                throw new IllegalStateException("The rule base jar is missing " + DEFAULTS);
            }
            return read(in, "thresholds.yaml (shipped)");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A tuned copy; every problem is reported with the file name, the field and, where known, the line. */
    public static Thresholds load(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.toString());
        } catch (NoSuchFileException e) {
            throw new ThresholdsException(file + ": the file does not exist");
        } catch (IOException e) {
            throw new ThresholdsException(file + ": cannot be read (" + e.getMessage() + ")");
        }
    }

    private static Thresholds read(InputStream in, String name) throws IOException {
        try {
            Thresholds thresholds = YAML.readValue(in, Thresholds.class);
            if (thresholds == null) {
                throw new ThresholdsException(name + ": the file is empty");
            }
            return thresholds;
        } catch (ValueInstantiationException e) {
            throw new ThresholdsException(name + ": " + e.getCause().getMessage());
        } catch (JsonProcessingException e) {
            throw new ThresholdsException(name + describe(e));
        }
    }

    private static String describe(JsonProcessingException e) {
        String field = e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()
                ? " [" + mapping.getPath().stream().map(ref -> ref.getFieldName() == null ? "?" : ref.getFieldName())
                        .collect(Collectors.joining(".")) + "]"
                : "";
        JsonLocation at = e.getLocation();
        String where = at == null || at.getLineNr() < 0 ? "" : " line " + at.getLineNr() + ",";
        String message = e.getOriginalMessage();
        if (message.startsWith("Missing creator property") || message.startsWith("Missing required creator property")) {
            where = "";
            message = "a value is required";
        } else if (message.startsWith("Cannot map `null`")) {
            message = "a value is required";
        } else {
            int detail = message.indexOf(" (class ");
            message = (detail > 0 ? message.substring(0, detail) : message).lines().findFirst().orElse(message);
        }
        return field + ":" + where + " " + message;
    }

    /** A thresholds file that cannot be used; the message names the file and the field. */
    public static final class ThresholdsException extends RuntimeException {
        public ThresholdsException(String message) {
            super(message);
        }
    }
}
