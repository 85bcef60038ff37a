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

    /**
     * Text written as it is produced, for output too large to hold (a portfolio summary of 100,000 rows): to standard
     * output directly, or to a temporary file beside {@code file} that {@link Stream#commit()} moves into place, so
     * the file is never seen half-written and an aborted run leaves the old one.
     */
    static Stream open(Path file, PrintWriter stdout) {
        if (file == null) {
            return new Stream(stdout, null, null);
        }
        try {
            Path folder = file.toAbsolutePath().getParent();
            Files.createDirectories(folder);
            Path temporary = folder.resolve("." + file.getFileName() + "." + System.nanoTime() + ".tmp");
            return new Stream(new PrintWriter(Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)), temporary,
                    file);
        } catch (IOException e) {
            throw new PhaCommand.BadInputException("Cannot write " + file + ": " + e.getMessage());
        }
    }

    /** See {@link #open(Path, PrintWriter)}. */
    static final class Stream implements AutoCloseable {
        private final PrintWriter writer;
        private final Path temporary;
        private final Path file;
        private boolean committed;

        private Stream(PrintWriter writer, Path temporary, Path file) {
            this.writer = writer;
            this.temporary = temporary;
            this.file = file;
        }

        void print(String text) {
            writer.print(text);
        }

        /** Puts the file in place (or flushes standard output). */
        void commit() {
            writer.flush();
            if (temporary != null) {
                writer.close();
                if (writer.checkError()) {
                    throw new PhaCommand.BadInputException("Cannot write " + file + ": the disk refused the data");
                }
                try {
                    Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                } catch (IOException e) {
                    throw new PhaCommand.BadInputException("Cannot write " + file + ": " + e.getMessage());
                }
            }
            committed = true;
        }

        @Override
        public void close() {
            if (temporary != null && !committed) {
                writer.close();
                try {
                    Files.deleteIfExists(temporary);
                } catch (IOException ignored) {
                    // the temporary file is hidden; nothing else to do
                }
            }
        }
    }
}
