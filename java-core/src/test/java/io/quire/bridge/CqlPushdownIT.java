package io.quire.bridge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quire.fake.confluence.Page;
import io.quire.fake.confluence.RequestLog;
import io.quire.fake.confluence.Space;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Filters and sorts that become CQL (content/search) on both deployments: the CQL the site
 * received, the rows (computed from the fake's data, never from the driver) and the number of
 * requests (pages of matching rows). Also Spaces' Key IN and IncludeArchivedSpaces.
 */
class CqlPushdownIT {
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
    private static long connect(boolean cloud, String extra) throws BridgeException {
        return site.connectAs(cloud, ";Pagesize=" + PAGESIZE + ";MaxThreads=1" + extra);
    }

    private static Set<String> pageIds(Predicate<Page> p) {
        Set<String> out = new TreeSet<>();
        site.data.pages().stream().filter(Page::isCurrent).filter(p).forEach(x -> out.add(Long.toString(x.id())));
        return out;
    }

    private static Set<String> ids(List<Object[]> rows) {
        Set<String> out = new TreeSet<>();
        rows.forEach(r -> out.add((String) r[0]));
        return out;
    }

    /** The decoded CQL of every content/search request, in order. */
    private static List<String> cqlSent() {
        return searches().stream().map(r -> param(r.query(), "cql")).toList();
    }

    private static List<RequestLog.Entry> searches() {
        return site.requests().stream().filter(r -> r.path().endsWith("/content/search")).toList();
    }

    private static String param(String query, String name) {
        for (String kv : query.split("&")) {
            int eq = kv.indexOf('=');
            if (eq > 0 && kv.substring(0, eq).equals(name)) {
                return URLDecoder.decode(kv.substring(eq + 1), StandardCharsets.UTF_8);
            }
        }
        return null;
    }

    private static int pagesOf(int rows) {
        return Math.max(1, (rows + PAGESIZE - 1) / PAGESIZE);
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void spaceKeyInBecomesOneCqlSearch(boolean cloud) throws Exception {
        long c = connect(cloud, "");
        site.clearRequests();
        List<Object[]> rows = FakeSite.query(c, "SELECT Id FROM Pages WHERE SpaceKey IN ('ENG', 'HR')");
        Set<String> want = pageIds(p -> Set.of("ENG", "HR").contains(p.space().key()));
        assertEquals(want, ids(rows));
        List<String> cql = cqlSent();
        assertEquals("type = page AND space IN (\"ENG\", \"HR\")", cql.getFirst());
        assertEquals(pagesOf(want.size()), searches().size(), "requests = pages of matching rows");
        Bridge.disconnect(c);
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void dateRangeAndSpaceBecomeCqlAndTheEngineTrimsTheWidenedEdges(boolean cloud) throws Exception {
        long c = connect(cloud, "");
        List<Page> eng = site.data.pages().stream().filter(Page::isCurrent).filter(p -> p.space().key().equals("ENG"))
                .sorted(Comparator.comparing(Page::updated)).toList();
        Instant from = eng.get(eng.size() / 2).updated().truncatedTo(ChronoUnit.SECONDS);
        LocalDateTime wall = LocalDateTime.ofInstant(from, ZoneOffset.UTC);
        site.clearRequests();
        List<Object[]> rows = FakeSite.query(c, "SELECT Id, LastUpdatedDatetime FROM Pages WHERE SpaceKey = 'ENG' "
                + "AND LastUpdatedDatetime >= TIMESTAMP '" + wall.toString().replace('T', ' ') + "'");
        Set<String> want = pageIds(p -> p.space().key().equals("ENG") && !p.updated().isBefore(from));
        assertEquals(want, ids(rows));
        String cql = cqlSent().getFirst();
        assertTrue(cql.startsWith("type = page AND space = \"ENG\" AND lastmodified >= \""), cql);
        Set<String> widened = pageIds(p -> p.space().key().equals("ENG")
                && !p.updated().isBefore(from.minus(26, ChronoUnit.HOURS).truncatedTo(ChronoUnit.MINUTES)));
        assertEquals(pagesOf(widened.size()), searches().size(), "requests = pages of the (widened) matching rows");
        Bridge.disconnect(c);
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void orderByCreatedDescLimitIsSortedAndLimitedByTheSite(boolean cloud) throws Exception {
        long c = connect(cloud, "");
        site.clearRequests();
        List<Object[]> rows = FakeSite.query(c, "SELECT Id FROM Pages WHERE SpaceKey = 'MKT' ORDER BY CreatedDate DESC LIMIT 5");
        List<String> want = site.data.pages().stream().filter(Page::isCurrent).filter(p -> p.space().key().equals("MKT"))
                .sorted(Comparator.comparing(Page::created).reversed()).limit(5).map(p -> Long.toString(p.id())).toList();
        assertEquals(want, rows.stream().map(r -> (String) r[0]).toList());
        assertEquals(List.of("type = page AND space = \"MKT\" order by created desc"), cqlSent());
        assertEquals("5", param(searches().getFirst().query(), "limit"));
        Bridge.disconnect(c);
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void orAcrossColumnsIsOneCqlQuery(boolean cloud) throws Exception {
        long c = connect(cloud, "");
        Page some = site.data.pages().stream().filter(Page::isCurrent).filter(p -> p.space().key().equals("FIN")).findFirst().orElseThrow();
        site.clearRequests();
        List<Object[]> rows = FakeSite.query(c, "SELECT Id FROM Pages WHERE SpaceKey = 'HR' OR Id = '" + some.id() + "'");
        assertEquals(pageIds(p -> p.space().key().equals("HR") || p.id() == some.id()), ids(rows));
        assertEquals("type = page AND ((space = \"HR\") OR (id = " + some.id() + "))", cqlSent().getFirst());
        Bridge.disconnect(c);
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void rawCqlWinsAndTheOtherConditionsStillApply(boolean cloud) throws Exception {
        long c = connect(cloud, "");
        site.clearRequests();
        List<Object[]> rows = FakeSite.query(c, "SELECT Id, CQL FROM Pages WHERE CQL = 'space = \"OPS\"' AND Title <> ''");
        assertEquals(pageIds(p -> p.space().key().equals("OPS")), ids(rows));
        assertEquals("space = \"OPS\"", cqlSent().getFirst());
        assertTrue(rows.stream().allMatch(r -> "space = \"OPS\"".equals(r[1])), "each row carries its CQL");
        Bridge.disconnect(c);
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void whatCqlCannotSayStaysWithTheEngine(boolean cloud) throws Exception {
        long c = connect(cloud, "");
        site.clearRequests();
        List<Object[]> rows = FakeSite.query(c, "SELECT Id FROM Pages WHERE SpaceKey = 'DOCS' AND Title LIKE '%a%b%'");
        assertEquals(pageIds(p -> p.space().key().equals("DOCS") && p.title().matches("(?s).*a.*b.*")), ids(rows));
        List<String> cql = cqlSent();
        assertEquals("type = page AND space = \"DOCS\"", cql.getFirst());
        assertFalse(cql.getFirst().contains("title"), cql.toString());
        Bridge.disconnect(c);
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void spacesKeyInAndArchivedSpaces(boolean cloud) throws Exception {
        long c = connect(cloud, "");
        site.clearRequests();
        List<Object[]> rows = FakeSite.query(c, "SELECT Key FROM Spaces WHERE Key IN ('ENG', 'SALES', 'HR') ORDER BY Key");
        assertEquals(List.of("ENG", "HR"), rows.stream().map(r -> (String) r[0]).toList(), "SALES is archived");
        assertEquals(1, site.requests().size(), site.requests().toString());
        RequestLog.Entry sent = site.requests().getFirst();
        String q = sent.query();
        if (cloud) {
            // Key is a column v2 gives: v2's spaces, the keys comma-separated
            assertEquals("/wiki/api/v2/spaces", sent.path());
            assertEquals(Set.of("ENG", "SALES", "HR"), Set.of(param(q, "keys").split(",")), q);
            assertEquals("current", param(q, "status"), q);
        } else {
            assertEquals("/rest/api/space", sent.path());
            assertTrue(q.contains("spaceKey=ENG") && q.contains("spaceKey=SALES") && q.contains("status=current"), q);
        }
        Bridge.disconnect(c);
        long all = connect(cloud, ";IncludeArchivedSpaces=true");
        site.clearRequests();
        List<String> keys = FakeSite.query(all, "SELECT Key FROM Spaces").stream().map(r -> (String) r[0]).toList();
        assertEquals(site.data.spaces().stream().map(Space::key).sorted().toList(), keys.stream().sorted().toList());
        assertEquals(1, site.requests().size(), site.requests().toString());
        assertEquals(cloud ? "/wiki/api/v2/spaces" : "/rest/api/space", site.requests().getFirst().path());
        assertNull(param(site.requests().getFirst().query(), "status"), "every status");
        Bridge.disconnect(all);
    }
}
