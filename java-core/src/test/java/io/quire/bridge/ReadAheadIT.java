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
 * MaxThreads read-ahead: the rows and their order are those of a one-page-at-a-time read; every
 * page of the serial read is asked for once; start/limit listings (Data Center) ask for at most
 * MaxThreads - 1 pages past the end, cursor listings (Cloud v2, Cloud search) none; a timeout
 * stops the pages in flight (speed itself is measured in bench/, not asserted here).
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

    private static int start(String request) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("[?&]start=(\\d+)").matcher(request);
        return m.find() ? Integer.parseInt(m.group(1)) : 0;
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void readAheadKeepsRowsOrderAndRequestCount(boolean cloud) throws Exception {
        String[] queries = {
            "SELECT Id FROM Pages WHERE SpaceKey IN ('ENG', 'HR', 'OPS')",   // CQL search (content/search)
            "SELECT Id FROM Pages",                                         // listing: start/limit (v2 cursor on Cloud)
            "SELECT Id FROM Pages WHERE SpaceKey = 'MKT' ORDER BY CreatedDate DESC LIMIT 7",
        };
        for (String sql : queries) {
            long one = site.connectAs(cloud, ";Pagesize=10;MaxThreads=1");
            site.clearRequests();
            List<String> serial = ids(one, sql);
            int serialRequests = apiRequests().size();
            List<String> serialLog = apiRequests().stream().map(e -> e.path() + "?" + e.query()).toList();
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
            List<String> parallelRequests = apiRequests().stream().map(e -> e.path() + "?" + e.query()).toList();
            assertEquals(parallelRequests.size(), new java.util.HashSet<>(parallelRequests).size(),
                    "no page asked for twice: " + parallelRequests);
            assertTrue(parallelRequests.containsAll(serialLog), "every page of the serial read: " + sql);
            List<String> extra = parallelRequests.stream().filter(r -> !serialLog.contains(r)).toList();
            boolean cursor = cloud;   // Cloud pages by cursor (v2 listings, v1 search): one page ahead, no more
            assertTrue(extra.size() <= (cursor || sql.contains("LIMIT") ? 0 : 3),
                    "pages asked for past the end: " + extra + " (" + sql + ")");
            for (String r : extra) {
                assertTrue(start(r) >= serial.size(), "a page asked for ahead lies past the last row: " + r);
            }
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
