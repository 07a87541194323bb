package io.quire.bridge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** BrowsableSchemas, Tables and Views restrict what SQLTables, sys_tables and queries see. */
class TableSelectionIT {
    private static final String LOGIN = ";User=demo;Password=demo-password";
    private static FakeSite site;

    @BeforeAll
    static void start() throws Exception {
        site = new FakeSite();
    }

    @AfterAll
    static void stop() {
        site.close();
    }

    private static List<Object> tables(long conn) throws BridgeException {
        return FakeSite.catalog(conn, 54, null, null, null, "TABLE").stream().map(r -> r[2]).toList();
    }

    @Test
    void tablesListsAndQueriesOnlyTheNamedTables() throws Exception {
        long c = FakeSite.connect("Url=" + site.dcUrl() + LOGIN + ";Tables=spaces, Confluence.[Pages]");
        try {
            assertEquals(List.of("Pages", "Spaces"), tables(c));
            assertEquals(List.of("Pages", "Spaces"), FakeSite.query(c, "SELECT TableName FROM sys_tables WHERE "
                    + "TableType = 'TABLE' ORDER BY TableName").stream().map(r -> r[0]).toList());
            assertEquals(1, FakeSite.query(c, "SELECT Key FROM Spaces WHERE Key = 'ENG'").size());
            BridgeException e = assertThrows(BridgeException.class, () -> FakeSite.query(c, "SELECT Id FROM Comments"));
            assertTrue(e.getMessage().contains("Comments"), e.getMessage());
            assertTrue(!FakeSite.catalog(c, 54, null, null, null, "SYSTEM TABLE").isEmpty(), "system tables stay");
        } finally {
            Bridge.disconnect(c);
        }
        long all = FakeSite.connect("Url=" + site.dcUrl() + LOGIN);
        assertTrue(tables(all).size() > 10);
        Bridge.disconnect(all);
    }

    @Test
    void browsableSchemasWithoutConfluenceHidesItsTables() throws Exception {
        long c = FakeSite.connect("Url=" + site.dcUrl() + LOGIN + ";BrowsableSchemas=Other");
        assertEquals(List.of(), tables(c));
        Bridge.disconnect(c);
        long kept = FakeSite.connect("Url=" + site.dcUrl() + LOGIN + ";BrowsableSchemas=Other,CONFLUENCE");
        assertTrue(tables(kept).contains("Pages"));
        Bridge.disconnect(kept);
    }

    @Test
    void namesThatAreNotTablesOrViewsAreErrors() {
        BridgeException typo = assertThrows(BridgeException.class,
                () -> FakeSite.connect("Url=" + site.dcUrl() + LOGIN + ";Tables=Spaces,Pagez"));
        assertEquals("08001", typo.sqlState());
        assertTrue(typo.getMessage().contains("Tables names 'Pagez'") && typo.getMessage().contains("Pages"),
                typo.getMessage());
        BridgeException view = assertThrows(BridgeException.class,
                () -> FakeSite.connect("Url=" + site.dcUrl() + LOGIN + ";Views=Users"));
        assertTrue(view.getMessage().contains("not a view"), view.getMessage());
        BridgeException schema = assertThrows(BridgeException.class,
                () -> FakeSite.connect("Url=" + site.dcUrl() + LOGIN + ";Tables=Jira.Issues"));
        assertTrue(schema.getMessage().contains("schema is Confluence"), schema.getMessage());
    }
}
