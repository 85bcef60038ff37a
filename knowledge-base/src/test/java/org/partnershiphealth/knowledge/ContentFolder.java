package org.partnershiphealth.knowledge;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** A copy of the shipped knowledge base in a folder, which a test edits to break it in one precise way. */
final class ContentFolder {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private final Path root;

    private ContentFolder(Path root) {
        this.root = root;
    }

    static ContentFolder copyOfShipped(Path root) {
        try {
            List<String> files = new ArrayList<>(List.of(KnowledgeBaseLoader.MANIFEST));
            JsonNode manifest = YAML.readTree(resource(KnowledgeBaseLoader.MANIFEST));
            manifest.fields().forEachRemaining(field -> {
                if (field.getValue().isArray()) {
                    field.getValue().forEach(file -> files.add(file.asText()));
                } else if (!field.getKey().equals("version")) {
                    files.add(field.getValue().asText());
                }
            });
            for (String file : files) {
                Path target = root.resolve(file);
                Files.createDirectories(target.getParent());
                try (InputStream in = resource(file)) {
                    Files.copy(in, target);
                }
            }
            return new ContentFolder(root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream resource(String file) {
        return ContentFolder.class.getClassLoader().getResourceAsStream(KnowledgeBaseLoader.CLASSPATH_ROOT + file);
    }

    /** Edits one file as a YAML tree; the consumer receives the document's root object. */
    ContentFolder edit(String file, Consumer<ObjectNode> change) {
        try {
            ObjectNode document = (ObjectNode) YAML.readTree(root.resolve(file).toFile());
            change.accept(document);
            YAML.writeValue(root.resolve(file).toFile(), document);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Replaces a file's text outright, e.g. with YAML that does not parse. */
    ContentFolder write(String file, String text) {
        try {
            Files.writeString(root.resolve(file), text);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    ContentFolder delete(String file) {
        try {
            Files.delete(root.resolve(file));
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Path path() {
        return root;
    }

    KnowledgeBase load() {
        return KnowledgeBaseLoader.loadFrom(root);
    }

    /** The entry of a list-valued top-level key whose id is {@code id}. */
    static ObjectNode entry(ObjectNode document, String listKey, String id) {
        for (JsonNode node : (ArrayNode) document.get(listKey)) {
            if (id.equals(node.path("id").asText())) {
                return (ObjectNode) node;
            }
        }
        throw new IllegalArgumentException("No entry " + id + " under " + listKey);
    }
}
