package io.quire.bridge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Catalog functions as BI tools call them: special cases, patterns, keys, type info. */
class CatalogIT {
    private static FakeSite site;
    private static long conn;

    @BeforeAll
    static void start() throws Exception {
        site = new FakeSite();
        conn = FakeSite.connect("Url=" + site.dcUrl() + ";User=demo;Password=demo-password");
    }

    @AfterAll
    static void stop() throws Exception {
        Bridge.disconnect(conn);
        site.close();
    }

    private static List<Object[]> cat(int function, String... args) throws BridgeException {
        return FakeSite.catalog(conn, function, args);
    }

    @Test
    void tablesWithNullOrPercentCatalogListEverything() throws Exception {
        for (String catalog : new String[] {null, "%", ""}) {
            List<Object[]> rows = cat(54, catalog, null, null, null);
            List<Object> names = rows.stream().map(r -> r[2]).toList();
            List<Object> sorted = rows.stream().sorted(java.util.Comparator.comparing((Object[] r) -> (String) r[3])
                    .thenComparing(r -> r[2].toString().toLowerCase())).map(r -> r[2]).toList();
            assertEquals(sorted, names, "catalog " + catalog + ": ordered by type, then name");
            assertTrue(names.containsAll(List.of("sys_tables", "sys_tablecolumns", "sys_connection_props")), names.toString());
            assertTrue(names.containsAll(List.of("Spaces", "Pages", "Blogposts", "Comments", "Attachments", "Labels")),
                    names.toString());
        }
        assertEquals(0, cat(54, "Other", null, null, null).size());
    }

    @Test
    void tablesSpecialCasesAndPatterns() throws Exception {
        assertEquals(0, cat(54, "%", "", "", null).size()); // SQL_ALL_CATALOGS: none
        List<Object[]> schemas = cat(54, "", "%", "", null);
        assertEquals("Confluence", schemas.get(0)[1]);
        assertEquals(List.of("SYSTEM TABLE", "TABLE"), cat(54, "", "", "", "%").stream().map(r -> r[3]).toList());
        assertEquals(List.of("Pages"), cat(54, null, "Conf%", "P_ges", "'TABLE','VIEW'").stream().map(r -> r[2]).toList());
        assertEquals(0, cat(54, null, null, "%", "VIEW").size());
    }

    @Test
    void columnsWithPatternAndOrdinal() throws Exception {
        List<Object[]> cols = cat(40, null, null, "Pages", "%Datetime");
        assertTrue(cols.size() >= 3);
        for (Object[] c : cols) {
            assertTrue(((String) c[3]).endsWith("Datetime"), (String) c[3]);
            assertEquals(93L, c[4]);
        }
    }

    @Test
    void keysIndexesAndRowIdentifiers() throws Exception {
        assertEquals("Id", cat(65, null, null, "Pages").get(0)[3]);
        List<Object[]> stats = cat(53, null, null, "Spaces", "0", "0");
        assertEquals(2, stats.size());
        assertEquals(0L, stats.get(0)[6]); // SQL_TABLE_STAT first
        assertEquals("Id", stats.get(1)[8]);
        assertEquals(0L, stats.get(1)[3]); // unique
        assertEquals("Id", cat(52, "1", null, null, "Pages", "0", "1").get(0)[1]);
        assertEquals(0, cat(52, "2", null, null, "Pages", "0", "1").size());
    }

    @Test
    void everyColumnTypeAppearsInTypeInfo() throws Exception {
        List<Object> typeCodes = cat(47, "0").stream().map(r -> r[1]).toList();
        for (Object[] c : cat(40, null, null, "%", "%")) {
            assertTrue(typeCodes.contains(c[4]), "type " + c[4] + " of " + c[3]);
        }
    }
}
