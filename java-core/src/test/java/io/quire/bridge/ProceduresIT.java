package io.quire.bridge;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Stored procedures through the bridge: {call}, CALL and EXEC, parameters, catalog functions and sys_* tables. */
class ProceduresIT {
    private static FakeSite site;
    private static long conn;

    @BeforeAll
    static void start() throws Exception {
        site = new FakeSite();
        conn = site.connectAs(false, "");
    }

    @AfterAll
    static void stop() throws Exception {
        Bridge.disconnect(conn);
        site.close();
    }

    @Test
    void everyCallFormAnswersWithTheProceduresRows() throws Exception {
        for (String sql : new String[] {"{call Echo('hi', 2)}", "CALL Echo('hi', 2)", "EXEC Echo @Times = 2, @Text = 'hi'",
                "execute echo Text='hi', Times='2'"}) {
            List<Object[]> rows = FakeSite.query(conn, sql);
            assertEquals(2, rows.size(), sql);
            assertArrayEquals(new Object[] {2L, "hi", "demo"}, rows.get(1), sql);
        }
    }

    @Test
    void markersAreBoundAsParameters() throws Exception {
        List<Object[]> rows = FakeSite.query(conn, "{call Echo(?, ?)}", new Params().text(12, "x'y").int64(4, 3).bytes(), 0);
        assertEquals(3, rows.size());
        assertEquals("x'y", rows.get(0)[1]);
        assertEquals("07002", assertThrows(BridgeException.class,
                () -> FakeSite.query(conn, "{call Echo(?)}", null, 0)).sqlState());
    }

    @Test
    void wrongCallsNameTheProblem() {
        BridgeException e = assertThrows(BridgeException.class, () -> FakeSite.query(conn, "{call Nope()}"));
        assertEquals("42000", e.sqlState());
        assertTrue(e.getMessage().contains("Nope"), e.getMessage());
        e = assertThrows(BridgeException.class, () -> FakeSite.query(conn, "EXEC Echo @Times = 1"));
        assertTrue(e.getMessage().contains("needs Text"), e.getMessage());
        e = assertThrows(BridgeException.class, () -> FakeSite.query(conn, "EXEC Echo @Txt = 'a'"));
        assertTrue(e.getMessage().contains("no parameter 'Txt'") && e.getMessage().contains("Text, Times"), e.getMessage());
        e = assertThrows(BridgeException.class, () -> FakeSite.query(conn, "SELECT * FROM Spaces WHERE Key = {call Echo('a')}"));
        assertEquals("42000", e.sqlState());
    }

    @Test
    void catalogFunctionsAndSystemTablesListProcedures() throws Exception {
        List<Object[]> procs = FakeSite.catalog(conn, CatalogFunctions.SQL_API_SQLPROCEDURES, null, null, "Ech%");
        assertEquals(1, procs.size());
        assertEquals("Echo", procs.get(0)[2]);
        assertEquals(2L, procs.get(0)[3], "NUM_INPUT_PARAMS");
        List<Object[]> cols = FakeSite.catalog(conn, CatalogFunctions.SQL_API_SQLPROCEDURECOLUMNS, null, null, "Echo", "%");
        assertEquals(List.of("Text", "Times", "N", "Text", "User"), cols.stream().map(r -> r[3]).toList());
        assertEquals(List.of(1L, 1L, 3L, 3L, 3L), cols.stream().map(r -> r[4]).toList(), "inputs, then result columns");
        assertEquals(1, FakeSite.query(conn, "SELECT ProcedureName FROM sys_procedures WHERE ProcedureName = 'Echo'").size());
        assertEquals(5, FakeSite.query(conn,
                "SELECT ColumnName FROM sys_procedureparameters WHERE ProcedureName = 'Echo'").size());
    }
}
