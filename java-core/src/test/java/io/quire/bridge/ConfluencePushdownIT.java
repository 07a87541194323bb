package io.quire.bridge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quire.fake.confluence.Page;
import io.quire.fake.confluence.RequestLog;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * SQL through the bridge against the fake site, on both deployments: rows match the site's
 * data, and what could be pushed reached the site as query parameters (asserted on the
 * requests the site received), with no more requests than pages of matching rows.
 */
class ConfluencePushdownIT {
    private static final int PAGESIZE = 25;
    private static FakeSite site;

    @BeforeAll
    static void start() throws Exception {
        site = new FakeSite();
    }

    @AfterAll
    static void stop() {
        site.close();
    }

    // MaxThreads=1: the request counts below are those of the pushdown alone; pages read ahead past
    // the end of a listing (at most MaxThreads - 1) are ReadAheadIT's subject
    private static long connect(boolean cloud) throws BridgeException {
        return site.connectAs(cloud, ";Pagesize=" + PAGESIZE + ";MaxThreads=1");
    }

    private static List<Page> currentPages(String spaceKey) {
        return site.data.pages().stream().filter(Page::isCurrent)
                .filter(p -> spaceKey == null || p.space().key().equals(spaceKey)).toList();
    }

    /** Requests that read pages: v1 content on Data Center, v2 pages on Cloud (these columns are v2's). */
    private static List<RequestLog.Entry> contentRequests(boolean cloud) {
        String path = cloud ? "/wiki/api/v2/pages" : "/rest/api/content";
        return site.requests().stream().filter(r -> r.path().startsWith(path)).toList();
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void spaceKeyFilterIsSentToTheSite(boolean cloud) throws Exception {
        long c = connect(cloud);
        site.clearRequests();
        List<Object[]> rows = FakeSite.query(c, "SELECT Id, Title, SpaceKey FROM Pages WHERE SpaceKey = 'ENG'");
        List<Page> want = currentPages("ENG");
        assertEquals(want.size(), rows.size());
        assertTrue(rows.stream().allMatch(r -> "ENG".equals(r[2])));
        List<RequestLog.Entry> reqs = contentRequests(cloud);
        String filter = cloud ? "space-id=" + site.data.spaceByKey("ENG").id() : "spaceKey=ENG";
        assertTrue(reqs.stream().allMatch(r -> r.query().contains(filter)), reqs.toString());
        assertEquals((want.size() + PAGESIZE - 1) / PAGESIZE, reqs.size(), "requests = pages of matching rows");
        assertEquals(reqs.size() + (cloud ? 1 : 0), site.requests().size(),
                "plus, on Cloud, the one lookup of the key's space id: " + site.requests());
        if (cloud) {
            RequestLog.Entry lookup = site.requests().getFirst();
            assertEquals("/wiki/api/v2/spaces", lookup.path());
            assertTrue(lookup.query().startsWith("keys=ENG&"), lookup.query());
        }
        assertTrue(reqs.get(0).path().startsWith(cloud ? "/wiki/api/v2/" : "/rest/api/"), reqs.get(0).path());
        Bridge.disconnect(c);
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void idEqualityFetchesOnePage(boolean cloud) throws Exception {
        long c = connect(cloud);
        Page p = currentPages("MKT").get(3);
        site.clearRequests();
        List<Object[]> rows = FakeSite.query(c, "SELECT Id, Title FROM Pages WHERE Id = '" + p.id() + "'");
        assertEquals(1, rows.size());
        assertEquals(p.title(), rows.get(0)[1]);
        List<RequestLog.Entry> reqs = contentRequests(cloud);
        assertEquals(1, reqs.size());
        assertEquals(1, site.requests().size(), site.requests().toString());
        assertTrue(reqs.get(0).path().endsWith((cloud ? "/pages/" : "/content/") + p.id()), reqs.get(0).path());
        assertTrue(FakeSite.query(c, "SELECT Id FROM Pages WHERE Id = '999999999'").isEmpty());
        Bridge.disconnect(c);
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void limitIsSentAndStopsPaging(boolean cloud) throws Exception {
        long c = connect(cloud);
        site.clearRequests();
        assertEquals(7, FakeSite.query(c, "SELECT Title FROM Pages LIMIT 7").size());
        List<RequestLog.Entry> reqs = contentRequests(cloud);
        assertEquals(1, reqs.size());
        assertEquals(1, site.requests().size(), site.requests().toString());
        assertTrue(reqs.get(0).query().contains("limit=7"), reqs.get(0).query());
        Bridge.disconnect(c);
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void engineDoesOrderGroupAndCount(boolean cloud) throws Exception {
        long c = connect(cloud);
        List<Object[]> counts = FakeSite.query(c,
                "SELECT SpaceKey, COUNT(*) AS N FROM Pages GROUP BY SpaceKey ORDER BY SpaceKey");
        Map<String, Long> want = new TreeMap<>(currentPages(null).stream()
                .collect(Collectors.groupingBy(p -> p.space().key(), Collectors.counting())));
        assertEquals(want.size(), counts.size());
        for (Object[] r : counts) {
            assertEquals(want.get((String) r[0]), r[1], "count of " + r[0]);
        }
        List<Object[]> ordered = FakeSite.query(c, "SELECT Title FROM Pages WHERE SpaceKey = 'HR' ORDER BY Title DESC");
        List<String> titles = ordered.stream().map(r -> (String) r[0]).toList();
        List<String> sorted = titles.stream().sorted(Comparator.reverseOrder()).toList();
        assertEquals(sorted, titles);
        Bridge.disconnect(c);
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void unicodeTitlesComeBackExactly(boolean cloud) throws Exception {
        long c = connect(cloud);
        Page p = site.data.pages().stream().filter(Page::isCurrent)
                .filter(x -> x.title().codePoints().anyMatch(cp -> cp > 0xFFFF)).findFirst().orElseThrow();
        List<Object[]> rows = FakeSite.query(c, "SELECT Title FROM Pages WHERE Id = '" + p.id() + "'");
        assertEquals(p.title(), rows.get(0)[0]);
        Bridge.disconnect(c);
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void wrongCredentialsGive28000WithoutTheSecret(boolean cloud) {
        String url = cloud ? site.cloudUrl() : site.dcUrl();
        BridgeException e = assertThrows(BridgeException.class,
                () -> FakeSite.connect("Url=" + url + ";User=demo;Password=Wr0ngSecret!;APIToken=Wr0ngSecret!"));
        assertEquals("28000", e.sqlState());
        assertEquals(401, e.nativeCode());
        assertFalse(e.getMessage().contains("Wr0ngSecret"), e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void dataErrorsAreClass22(boolean cloud) throws Exception {
        long c = connect(cloud);
        assertEquals("22018", assertThrows(BridgeException.class,
                () -> FakeSite.query(c, "SELECT CAST(Key AS INTEGER) FROM Spaces")).sqlState());
        assertEquals("22012", assertThrows(BridgeException.class,
                () -> FakeSite.query(c, "SELECT IconWidth / (IconHeight - 48) FROM Spaces")).sqlState());
        assertEquals("22007", assertThrows(BridgeException.class,
                () -> FakeSite.query(c, "SELECT CAST(Name AS TIMESTAMP) FROM Spaces")).sqlState());
        Bridge.disconnect(c);
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void badSqlGivesTheRightStates(boolean cloud) throws Exception {
        long c = connect(cloud);
        assertEquals("42000", assertThrows(BridgeException.class, () -> FakeSite.query(c, "SELEKT 1")).sqlState());
        assertEquals("42S02", assertThrows(BridgeException.class, () -> FakeSite.query(c, "SELECT * FROM Nope")).sqlState());
        BridgeException col = assertThrows(BridgeException.class, () -> FakeSite.query(c, "SELECT Nope FROM Pages"));
        assertEquals("42S22", col.sqlState());
        assertTrue(col.getMessage().contains("Nope"), col.getMessage());
        Bridge.disconnect(c);
    }
}
