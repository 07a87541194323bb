package io.quire.source.confluence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class TableDocsTest {
    @Test
    void committedReferenceMatchesTheSchema() throws Exception {
        Path doc = Path.of("..", "docs", "tables.md");
        assertEquals(TableDocs.markdown(), Files.exists(doc) ? Files.readString(doc, StandardCharsets.UTF_8) : "",
                "docs/tables.md is stale: run `make docs`");
    }
}
