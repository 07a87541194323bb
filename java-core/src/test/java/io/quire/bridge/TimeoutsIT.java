package io.quire.bridge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A site that answers slowly: query and login timeouts give HYT00 promptly, a request that runs
 * past the connection timeout (SQL_ATTR_CONNECTION_TIMEOUT or the Timeout property) gives HYT01,
 * and the connection survives.
 */
class TimeoutsIT {
    private static FakeSite site;

    @BeforeAll
    static void start() throws Exception {
        site = new FakeSite(1500);
    }

    @AfterAll
    static void stop() {
        site.close();
    }

    /** Through the engine, and read whole without it (WholeTableRead). */
    @ParameterizedTest
    @ValueSource(strings = {"SELECT Title FROM Pages", "SELECT * FROM Pages"})
    void queryTimeoutGivesHYT00AndTheConnectionStaysUsable(String sql) throws Exception {
        long c = FakeSite.connect("Url=" + site.dcUrl() + ";User=demo;Password=demo-password;Pagesize=10");
        long start = System.nanoTime();
        BridgeException e = assertThrows(BridgeException.class,
                () -> FakeSite.query(c, sql, null, 1));
        double secs = (System.nanoTime() - start) / 1e9;
        assertEquals("HYT00", e.sqlState(), e.getMessage());
        assertTrue(secs < 3, "took " + secs + " s");
        assertEquals(1, FakeSite.query(c, "SELECT Key FROM Spaces WHERE Key = 'ENG'").size());
        Bridge.disconnect(c);
    }

    @Test
    void loginTimeoutGivesHYT00() {
        BridgeException e = assertThrows(BridgeException.class, () -> Bridge.connect(
                ("Url=" + site.dcUrl() + ";User=demo;Password=demo-password").getBytes(StandardCharsets.UTF_8), null, 1));
        assertEquals("HYT00", e.sqlState());
    }

    @Test
    void connectionTimeoutGivesHYT01AndCanBeLifted() throws Exception {
        long c = FakeSite.connect("Url=" + site.dcUrl() + ";User=demo;Password=demo-password");
        Bridge.setConnectionTimeout(c, 1);
        BridgeException e = assertThrows(BridgeException.class,
                () -> FakeSite.query(c, "SELECT Key FROM Spaces WHERE Key = 'ENG'"));
        assertEquals("HYT01", e.sqlState(), e.getMessage());
        assertTrue(e.getMessage().contains("SQL_ATTR_CONNECTION_TIMEOUT"), e.getMessage());
        Bridge.setConnectionTimeout(c, 0);
        assertEquals(1, FakeSite.query(c, "SELECT Key FROM Spaces WHERE Key = 'ENG'").size());
        Bridge.disconnect(c);
    }

    @Test
    void theTimeoutPropertyBoundsEachRequestWithHYT01() {
        BridgeException e = assertThrows(BridgeException.class, () -> FakeSite.connect(
                "Url=" + site.dcUrl() + ";User=demo;Password=demo-password;Timeout=1"));
        assertEquals("HYT01", e.sqlState(), e.getMessage());
    }
}
