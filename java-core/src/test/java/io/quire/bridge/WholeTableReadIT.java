package io.quire.bridge;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code SELECT * FROM table} is read without the engine (WholeTableRead): for every table of
 * the connection, system tables included, it must describe the same columns and return the
 * same rows, in the same order, as the engine's plan of the same read, and fail the same way
 * where the table cannot be read whole.
 */
class WholeTableReadIT {
    private static FakeSite site;

    @BeforeAll
    static void start() throws Exception {
        site = new FakeSite();
    }

    @AfterAll
    static void stop() {
        site.close();
    }

    private static List<String> tableNames(long c) throws BridgeException {
        List<String> out = new ArrayList<>();
        for (Object[] r : FakeSite.catalog(c, CatalogFunctions.SQL_API_SQLTABLES, null, null, "%", null)) {
            out.add((String) r[2]);
        }
        return out;
    }

    /** The statement's description as the native side receives it, and its rows (or its error). */
    private record Outcome(byte[] describe, List<Object[]> rows, String sqlState, String message) {
    }

    private static Outcome run(long c, String sql) {
        try {
            long stmt = Bridge.prepare(c, sql.getBytes(StandardCharsets.UTF_8));
            try {
                byte[] d = Bridge.describe(stmt);
                Bridge.execute(stmt, null, 0);
                return new Outcome(d, FakeSite.drain(stmt), null, null);
            } finally {
                Bridge.free(stmt);
            }
        } catch (BridgeException e) {
            return new Outcome(null, null, e.sqlState(), e.getMessage());
        }
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void everyTableReadsAsTheEngineReadsIt(boolean cloud) throws Exception {
        long c = site.connectAs(cloud, "");
        List<String> tables = tableNames(c);
        assertTrue(tables.contains("Pages") && tables.contains("sys_tables"), tables.toString());
        List<Outcome> direct = new ArrayList<>();
        for (String t : tables) {
            direct.add(run(c, "SELECT * FROM \"" + t + "\""));
        }
        assertFalse(Bridge.connection(c).engineStarted(), "whole-table reads must not start the engine");
        int readRows = 0;
        for (int i = 0; i < tables.size(); i++) {
            String t = tables.get(i);
            Outcome viaEngine = run(c, "SELECT * FROM \"" + t + "\" WHERE TRUE");
            Outcome d = direct.get(i);
            assertEquals(viaEngine.sqlState(), d.sqlState(), t);
            assertEquals(viaEngine.message(), d.message(), t);
            if (d.sqlState() != null) {
                continue;
            }
            assertArrayEquals(viaEngine.describe(), d.describe(), t + ": column descriptions differ");
            assertEquals(viaEngine.rows().size(), d.rows().size(), t);
            for (int r = 0; r < d.rows().size(); r++) {
                assertArrayEquals(viaEngine.rows().get(r), d.rows().get(r), t + " row " + r);
            }
            readRows += d.rows().size();
        }
        assertTrue(Bridge.connection(c).engineStarted());
        assertTrue(readRows > 1000, "the comparison must cover real data: " + readRows);
        Bridge.disconnect(c);
    }

    @ParameterizedTest
    @ValueSource(strings = {"select * from pages", "SELECT * FROM Confluence.Pages", "SELECT * FROM \"CONFLUENCE\".\"PAGES\";"})
    void namesMatchAsTheEngineMatchesThem(String sql) throws Exception {
        long c = site.connectAs(false, "");
        Outcome d = run(c, sql);
        assertFalse(Bridge.connection(c).engineStarted());
        Outcome e = run(c, "SELECT * FROM Pages WHERE TRUE");
        assertNotNull(d.rows(), d.message());
        assertArrayEquals(e.describe(), d.describe());
        assertEquals(e.rows().size(), d.rows().size());
        Bridge.disconnect(c);
    }

    @ParameterizedTest
    @ValueSource(strings = {"SELECT * FROM NoSuchTable", "SELECT * FROM Other.Pages"})
    void unknownNamesGetTheEnginesError(String sql) throws Exception {
        long c = site.connectAs(false, "");
        BridgeException e = assertThrows(BridgeException.class, () -> Bridge.prepare(c, sql.getBytes(StandardCharsets.UTF_8)));
        assertEquals("42S02", e.sqlState(), e.getMessage());
        assertTrue(Bridge.connection(c).engineStarted());
        Bridge.disconnect(c);
    }

    @Test
    void aCancelledReadStopsWithHY008AndTheConnectionStaysUsable() throws Exception {
        try (FakeSite slow = new FakeSite(200)) {
            long c = FakeSite.connect("Url=" + slow.dcUrl() + ";User=demo;Password=demo-password;Pagesize=10");
            long stmt = Bridge.prepare(c, "SELECT * FROM Pages".getBytes(StandardCharsets.UTF_8));
            Bridge.execute(stmt, null, 0);
            ScheduledExecutorService canceller = Executors.newSingleThreadScheduledExecutor();
            try {
                canceller.schedule(() -> {
                    Bridge.cancel(stmt);
                    return null;
                }, 600, TimeUnit.MILLISECONDS);
                BridgeException e = assertThrows(BridgeException.class, () -> FakeSite.drain(stmt));
                assertEquals("HY008", e.sqlState(), e.getMessage());
            } finally {
                canceller.shutdownNow();
                Bridge.free(stmt);
            }
            assertFalse(Bridge.connection(c).engineStarted());
            assertEquals(1, FakeSite.query(c, "SELECT Key FROM Spaces WHERE Key = 'ENG'").size());
            Bridge.disconnect(c);
        }
    }
}
