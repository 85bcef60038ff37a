package org.partnershiphealth.knowledge.catalogue;

import org.partnershiphealth.knowledge.KnowledgeBase;
import org.partnershiphealth.knowledge.KnowledgeBaseException;
import org.partnershiphealth.knowledge.KnowledgeBaseLoader;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Prints the knowledge-base catalogue, or writes it to {@code docs/catalogue.md}.
 * <pre>
 *   (no arguments)        print the catalogue as Markdown
 *   write [FILE]          write it (default docs/catalogue.md)
 *   check [FILE]          exit 1 if FILE is not what the current content generates
 *   --kb FOLDER           load content from FOLDER instead of the shipped knowledge base (review an edit)
 * </pre>
 * Exit codes: 0 ok, 1 catalogue out of date, 2 broken content or bad arguments.
 */
public final class CatalogueCommand {

    static final Path DEFAULT_FILE = Path.of("docs", "catalogue.md");

    private CatalogueCommand() {
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    static int run(String[] args) {
        String mode = "print";
        Path file = DEFAULT_FILE;
        Path kbFolder = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "print", "write", "check" -> mode = args[i];
                case "--kb" -> {
                    if (i + 1 >= args.length) {
                        return usage("--kb needs a folder");
                    }
                    kbFolder = Path.of(args[++i]);
                }
                default -> {
                    if (args[i].startsWith("-")) {
                        return usage("unknown option " + args[i]);
                    }
                    file = Path.of(args[i]);
                }
            }
        }
        try {
            KnowledgeBase kb = kbFolder == null ? KnowledgeBaseLoader.loadDefault() : KnowledgeBaseLoader.loadFrom(kbFolder);
            String catalogue = CatalogueWriter.write(kb);
            return switch (mode) {
                case "write" -> write(file, catalogue);
                case "check" -> check(file, catalogue);
                default -> {
                    System.out.print(catalogue);
                    yield 0;
                }
            };
        } catch (KnowledgeBaseException e) {
            System.err.println(e.getMessage());
            return 2;
        } catch (IOException e) {
            System.err.println("Cannot access " + file + ": " + e.getMessage());
            return 2;
        }
    }

    private static int write(Path file, String catalogue) throws IOException {
        if (file.getParent() != null) {
            Files.createDirectories(file.getParent());
        }
        Path temporary = Files.createTempFile(file.toAbsolutePath().getParent(), "catalogue", ".md");
        Files.writeString(temporary, catalogue, StandardCharsets.UTF_8);
        Files.move(temporary, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        System.out.println("Wrote " + file + " (" + catalogue.lines().count() + " lines)");
        return 0;
    }

    private static int check(Path file, String catalogue) throws IOException {
        if (Files.exists(file) && Files.readString(file, StandardCharsets.UTF_8).equals(catalogue)) {
            System.out.println(file + " is current");
            return 0;
        }
        System.err.println(file + " is out of date; regenerate it with"
                + " ./mvnw -q -pl knowledge-base compile exec:java -Dexec.args=write");
        return 1;
    }

    private static int usage(String problem) {
        System.err.println(problem + "\nUsage: catalogue [print | write [FILE] | check [FILE]] [--kb FOLDER]");
        return 2;
    }
}
