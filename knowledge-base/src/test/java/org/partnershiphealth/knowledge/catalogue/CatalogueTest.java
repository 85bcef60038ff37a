package org.partnershiphealth.knowledge.catalogue;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partnershiphealth.knowledge.AntiPattern;
import org.partnershiphealth.knowledge.KnowledgeBase;
import org.partnershiphealth.knowledge.KnowledgeBaseLoader;
import org.partnershiphealth.knowledge.Practice;
import org.partnershiphealth.knowledge.Question;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class CatalogueTest {

    /** Tests run in the module folder; the catalogue lives in the repository's docs/. */
    private static final Path COMMITTED = Path.of("..", "docs", "catalogue.md");

    private static KnowledgeBase kb;
    private static String catalogue;

    @BeforeAll
    static void render() {
        kb = KnowledgeBaseLoader.loadDefault();
        catalogue = CatalogueWriter.write(kb);
    }

    @Test
    void theCommittedCatalogueIsWhatTheContentGenerates() throws IOException {
        assertThat(Files.exists(COMMITTED)).as(COMMITTED + " exists").isTrue();
        assertThat(Files.readString(COMMITTED, StandardCharsets.UTF_8))
                .as("docs/catalogue.md is out of date: run ./mvnw -q -pl knowledge-base compile exec:java"
                        + " -Dexec.args=write and commit the result")
                .isEqualTo(catalogue);
    }

    @Test
    void everyPracticeAntiPatternAndQuestionAppears() {
        for (Practice practice : kb.practices()) {
            assertThat(catalogue).contains("### " + practice.id() + " " + practice.title());
        }
        for (AntiPattern antiPattern : kb.antiPatterns()) {
            assertThat(catalogue).contains("### " + antiPattern.id() + " " + antiPattern.name());
        }
        for (Question question : kb.questionnaire().fullForm()) {
            assertThat(catalogue).contains("`" + question.id() + "` " + question.text());
        }
        kb.facts().forEach(fact -> assertThat(catalogue).contains("| `" + fact.id() + "` | " + fact.label()));
    }

    @Test
    void linksPointAtHeadingsThatExist() {
        var links = java.util.regex.Pattern.compile("\\]\\(#([^)]+)\\)").matcher(catalogue);
        var anchors = catalogue.lines().filter(l -> l.startsWith("#")).map(l -> l.replaceFirst("^#+ ", ""))
                .map(CatalogueWriter::anchor).collect(java.util.stream.Collectors.toSet());
        int count = 0;
        while (links.find()) {
            assertThat(anchors).as("anchor of link #" + links.group(1)).contains(links.group(1));
            count++;
        }
        assertThat(count).isGreaterThan(50);
    }

    @Test
    void checkModeReportsAStaleFileAndWriteModeRefreshesIt(@TempDir Path folder) {
        Path file = folder.resolve("catalogue.md");

        assertThat(runQuietly("check", file.toString())).isEqualTo(1);
        assertThat(runQuietly("write", file.toString())).isZero();
        assertThat(runQuietly("check", file.toString())).isZero();
    }

    @Test
    void brokenContentGivesAClearMessageAndExitCodeTwoWithoutAStackTrace(@TempDir Path folder) throws IOException {
        Files.writeString(folder.resolve("manifest.yaml"), "version: x\nprinciples: principles.yaml\n");
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream original = System.err;
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            assertThat(CatalogueCommand.run(new String[] {"--kb", folder.toString()})).isEqualTo(2);
        } finally {
            System.setErr(original);
        }
        assertThat(err.toString(StandardCharsets.UTF_8))
                .contains("principles.yaml: the file does not exist")
                .doesNotContain("Exception", "\tat ");
    }

    private static int runQuietly(String... args) {
        PrintStream out = System.out;
        PrintStream err = System.err;
        System.setOut(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        try {
            return CatalogueCommand.run(args);
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
    }
}
