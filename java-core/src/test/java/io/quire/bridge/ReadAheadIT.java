package io.quire.bridge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quire.fake.confluence.RequestLog;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * MaxThreads read-ahead: the rows and their order are those of a one-page-at-a-time read, no
 * request is wasted on a result read to the end or limited by the site, and a timeout stops
 * the pages in flight (speed itself is measured in bench/, not asserted here).
 */
class ReadAheadIT {
    private static FakeSite site;

    @BeforeAll
    static void start() throws Exception {
        site = new FakeSite(5);
    }

    @AfterAll
    static void stop() {
        site.close();
    }

    private static List<String> ids(long c, String sql) throws BridgeException {
        return FakeSite.query(c, sql).stream().map(r -> (String) r[0]).toList();
    }

    private static List<RequestLog.Entry> apiRequests() {
        return site.requests().stream().filter(r -> r.path().contains("/rest/api/") || r.path().contains("/api/v2/"))
                .toList();
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void readAheadKeepsRowsOrderAndRequestCount(boolean cloud) throws Exception {
        String[] queries = {
            "SELECT Id FROM Pages WHERE SpaceKey IN ('ENG', 'HR', 'OPS')",   // CQL search: total known
            "SELECT Id FROM Pages",                                         // listing: next link (v2 cursor on Cloud)
            "SELECT Id FROM Pages WHERE SpaceKey = 'MKT' ORDER BY CreatedDate DESC LIMIT 7",
        };
        for (String sql : queries) {
            long one = site.connectAs(cloud, ";Pagesize=10;MaxThreads=1");
            site.clearRequests();
            List<String> serial = ids(one, sql);
            int serialRequests = apiRequests().size();
            assertEquals(site.requests().size(), serialRequests, "every request counted: " + sql);
            if (sql.equals(queries[1])) {
                String listing = cloud ? "/wiki/api/v2/pages" : "/rest/api/content";
                assertEquals((serial.size() + 9) / 10, serialRequests, sql);
                assertTrue(site.requests().stream().allMatch(e -> e.path().equals(listing)), site.requests().toString());
            }
            Bridge.disconnect(one);
            long four = site.connectAs(cloud, ";Pagesize=10;MaxThreads=4");
            site.clearRequests();
            List<String> parallel = ids(four, sql);
            assertEquals(serial, parallel, sql);
            assertEquals(serialRequests, apiRequests().size(), "no request wasted: " + sql);
            Bridge.disconnect(four);
        }
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void aTimeoutStopsThePagesInFlight(boolean cloud) throws Exception {
        try (FakeSite slow = new FakeSite(400)) {
            long c = slow.connectAs(cloud, ";Pagesize=5;MaxThreads=8");
            BridgeException e = assertThrows(BridgeException.class,
                    () -> FakeSite.query(c, "SELECT Id FROM Pages WHERE SpaceKey IN ('ENG', 'HR')", null, 1));
            assertEquals("HYT00", e.sqlState());
            assertTrue(FakeSite.query(c, "SELECT Key FROM Spaces WHERE Key = 'HR'").size() == 1, "the connection still works");
            Bridge.disconnect(c);
        }
    }
}
