package org.partnershiphealth.advisor.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Writes command output to a file atomically (never half-written), or to standard output. */
final class Outputs {

    private Outputs() {
    }

    static void write(Path file, String content, PrintWriter stdout) {
        if (file == null) {
            stdout.print(content);
            stdout.flush();
            return;
        }
        write(file, content.getBytes(StandardCharsets.UTF_8));
    }

    /** Binary output (a PDF) always goes to a file. */
    static void write(Path file, byte[] content) {
        try {
            Path folder = file.toAbsolutePath().getParent();
            Files.createDirectories(folder);
            // Not Files.createTempFile: that creates owner-only files, and reports are meant to be shared.
            Path temporary = folder.resolve("." + file.getFileName() + "." + System.nanoTime() + ".tmp");
            try {
                Files.write(temporary, content);
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(temporary);
            }
        } catch (IOException e) {
            throw new PhaCommand.BadInputException("Cannot write " + file + ": " + e.getMessage());
        }
    }
}
