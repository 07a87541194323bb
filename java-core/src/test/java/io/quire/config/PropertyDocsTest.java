package io.quire.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class PropertyDocsTest {
    @Test
    void committedReferenceMatchesThePropertyList() throws Exception {
        Path doc = Path.of("..", "docs", "connection-properties.md");
        assertEquals(PropertyDocs.markdown(), Files.readString(doc, StandardCharsets.UTF_8),
                "docs/connection-properties.md is stale: run `make docs`");
    }
}
