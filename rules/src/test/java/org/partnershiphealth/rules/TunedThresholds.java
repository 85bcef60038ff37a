package org.partnershiphealth.rules;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** A consultant's tuned copy of thresholds.yaml: the shipped file with some lines changed, written to disk. */
final class TunedThresholds {

    private String yaml;

    private TunedThresholds(String yaml) {
        this.yaml = yaml;
    }

    static TunedThresholds shipped() {
        try (InputStream in = TunedThresholds.class.getClassLoader().getResourceAsStream(ThresholdsFile.DEFAULTS)) {
            return new TunedThresholds(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String text() {
        return yaml;
    }

    /** Replaces the value of one key, keeping its comment. */
    TunedThresholds set(String key, String value) {
        String changed = yaml.replaceFirst("(?m)^" + key + ":\\s*[^#\\s]+", key + ": " + value);
        if (changed.equals(yaml)) {
            throw new IllegalArgumentException("No key " + key + " in thresholds.yaml");
        }
        yaml = changed;
        return this;
    }

    TunedThresholds remove(String key) {
        yaml = yaml.replaceFirst("(?m)^" + key + ":.*\\n", "");
        return this;
    }

    TunedThresholds append(String line) {
        yaml = yaml + line + "\n";
        return this;
    }

    Path writeTo(Path folder) {
        try {
            return Files.writeString(folder.resolve("thresholds.yaml"), yaml);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
