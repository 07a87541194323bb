package io.quire.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class WholeTableQueryTest {

    @ParameterizedTest
    @ValueSource(strings = {"SELECT * FROM Spaces", "select * from spaces", "  SELECT\t*\nFROM  Spaces ;  ",
        "SELECT*FROM Spaces", "SELECT * FROM \"Spaces\"", "SELECT * FROM\"Spaces\";"})
    void unqualified(String sql) {
        WholeTableQuery.Target t = WholeTableQuery.parse(sql);
        assertNull(t.schema());
        assertEquals("spaces", t.table().toLowerCase(java.util.Locale.ROOT));
    }

    @ParameterizedTest
    @ValueSource(strings = {"SELECT * FROM Confluence.Pages", "SELECT * FROM \"Confluence\".\"Pages\"",
        "select * from \"Confluence\" . Pages;", "SELECT * FROM Confluence.\"Pages\""})
    void qualified(String sql) {
        assertEquals(new WholeTableQuery.Target("Confluence", "Pages"), WholeTableQuery.parse(sql));
    }

    @Test
    void quotedNamesKeepTheirText() {
        assertEquals(new WholeTableQuery.Target(null, "My \"odd\" table"),
                WholeTableQuery.parse("SELECT * FROM \"My \"\"odd\"\" table\""));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "SELECT", "SELECT * FROM", "SELECT * FROM Spaces WHERE Key = 'A'",
        "SELECT Id FROM Spaces", "SELECT * FROM Spaces s", "SELECT * FROM Spaces, Pages",
        "SELECT * FROM Spaces -- all", "SELECT * FROM Spaces /* all */", "SELECT * FROM a.b.c",
        "SELECT * FROMSpaces", "SELECTX * FROM Spaces", "SELECT * FROM \"\"", "SELECT * FROM \"Spaces",
        "SELECT * FROM Spaces;;", "SELECT * FROM Spaces LIMIT 5", "SELECT * FROM {oj Spaces}",
        "SELECT * FROM 1Spaces", "SELECT DISTINCT * FROM Spaces", "SELECT * FROM Confluence.", "WITH x AS (SELECT 1) SELECT * FROM x"})
    void anythingElseGoesToTheEngine(String sql) {
        assertNull(WholeTableQuery.parse(sql));
    }
}
