package io.quire.bridge;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quire.fake.confluence.BlogPost;
import io.quire.fake.confluence.Links;
import io.quire.fake.confluence.Page;
import io.quire.fake.confluence.RequestLog;
import io.quire.fake.confluence.Space;
import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Cloud reads Pages, Blogposts, PageContents and Spaces through the v2 API when every column
 * the query uses is one v2 fills, and through v1 otherwise; Data Center always uses v1. Shown
 * on the requests the fake site received, and on the rows: v2 rows equal the v1 rows of the
 * same query (forced onto v1 by one v1-only column), Data Center's, and the fake's SiteData.
 */
class CloudV2IT {
    private static final String V2_PAGES = "/wiki/api/v2/pages";
    private static final String V2_SPACES = "/wiki/api/v2/spaces";
    /** Columns v2 fills that read alike on Cloud and Data Center (no person ids, no absolute URL). */
    private static final String SHARED = "Id, Title, Type, Status, SpaceKey, SpaceId, SpaceType, ParentId, LinksWebui, "
            + "LinksTinyui, CreatedDate, LastUpdatedDatetime, LastUpdatedMessage, LastUpdatedNumber, IsLatest, "
            + "VersionNumber, VersionDatetime, VersionMessage";
    /** Every column of Pages v2 fills, but the bodies. */
    private static final String V2_PAGE = SHARED + ", OwnerId, URL, CreatedByAccountId, VersionUserAccountId, CQL";
    private static final int SHARED_COLUMNS = SHARED.split(",").length;
    private static FakeSite site;

    @BeforeAll
    static void start() throws Exception {
        site = new FakeSite();
    }

    @AfterAll
    static void stop() {
        site.close();
    }

    private static List<RequestLog.Entry> requests(String path) {
        return site.requests().stream().filter(e -> e.path().equals(path)).toList();
    }

    private static List<RequestLog.Entry> requests(Predicate<RequestLog.Entry> p) {
        return site.requests().stream().filter(p).toList();
    }

    /** The (decoded) value of a query parameter, or null. */
    private static String param(RequestLog.Entry e, String name) {
        for (String kv : (e.query() == null ? "" : e.query()).split("&")) {
            int eq = kv.indexOf('=');
            if (eq > 0 && kv.substring(0, eq).equals(name)) {
                return kv.substring(eq + 1);
            }
        }
        return null;
    }

    private static long micros(Instant t) {
        return t.getEpochSecond() * 1_000_000L + t.getNano() / 1000;
    }

    private static List<Object[]> prefix(List<Object[]> rows, int n) {
        return rows.stream().map(r -> Arrays.copyOf(r, n)).toList();
    }

    private static void assertRows(List<Object[]> want, List<Object[]> got, String what) {
        assertEquals(want.size(), got.size(), what + ": row count");
        for (int i = 0; i < want.size(); i++) {
            assertArrayEquals(want.get(i), got.get(i), what + ": row " + i);
        }
    }

    private static List<Page> currentPages(String spaceKey) {
        return site.data.pages().stream().filter(Page::isCurrent)
                .filter(p -> spaceKey == null || p.space().key().equals(spaceKey))
                .sorted(Comparator.comparing(p -> Long.toString(p.id()))).toList();
    }

    @Test
    void pagesOfASpaceComeFromV2ByCursorAndEqualV1DataCenterAndTheSite() throws Exception {
        int pagesize = 7;
        Space eng = site.data.spaceByKey("ENG");
        List<Page> want = currentPages("ENG");
        long cloud = site.connectAs(true, ";Pagesize=" + pagesize);
        site.clearRequests();
        List<Object[]> v2 = FakeSite.query(cloud, "SELECT " + V2_PAGE + " FROM Pages WHERE SpaceKey = 'ENG' ORDER BY Id");

        List<RequestLog.Entry> pages = requests(V2_PAGES);
        List<RequestLog.Entry> spaces = requests(V2_SPACES);
        assertEquals((want.size() + pagesize - 1) / pagesize, pages.size(), "requests = pages of matching rows");
        assertTrue(pages.size() > 2, "the cursor was followed");
        assertEquals(1, spaces.size(), "one space lookup: " + spaces);
        assertEquals("ENG", param(spaces.getFirst(), "keys"));
        assertEquals(pages.size() + 1, site.requests().size(), "nothing else: " + site.requests());
        for (int i = 0; i < pages.size(); i++) {
            RequestLog.Entry e = pages.get(i);
            assertEquals(Long.toString(eng.id()), param(e, "space-id"), e.query());
            assertEquals("current", param(e, "status"), e.query());
            assertEquals(Integer.toString(pagesize), param(e, "limit"), e.query());
            assertNull(param(e, "body-format"), "no body column, no body: " + e.query());
            assertEquals(i > 0, param(e, "cursor") != null, e.query());
        }

        assertEquals(want.size(), v2.size());
        for (int i = 0; i < want.size(); i++) {
            Page p = want.get(i);
            Object[] r = v2.get(i);
            assertEquals(Long.toString(p.id()), r[0]);
            assertEquals(p.title(), r[1]);
            assertEquals("page", r[2]);
            assertEquals("current", r[3]);
            assertEquals("ENG", r[4]);
            assertEquals(eng.id(), r[5]);
            assertEquals(eng.type(), r[6]);
            assertEquals(p.parentId() == 0 ? null : Long.toString(p.parentId()), r[7]);
            assertTrue(((String) r[8]).startsWith("/spaces/ENG/pages/" + p.id() + "/"), (String) r[8]);
            assertEquals(Links.tinyui(p.id()), r[9]);
            assertEquals(micros(p.created()), r[10]);
            assertEquals(micros(p.updated()), r[11]);
            assertEquals(p.versionMessage(), r[12]);
            assertEquals((long) p.version(), r[13]);
            assertEquals(1L, r[14]);
            assertEquals((long) p.version(), r[15]);
            assertEquals(micros(p.updated()), r[16]);
            assertEquals(p.versionMessage(), r[17]);
            assertEquals(p.creator().accountId(), r[18], "OwnerId");
            assertEquals(site.cloudUrl() + r[8], r[19]);
            assertEquals(p.creator().accountId(), r[20]);
            assertEquals(p.updater().accountId(), r[21]);
            assertNull(r[22], "CQL");
        }

        site.clearRequests();
        List<Object[]> v1 = FakeSite.query(cloud, "SELECT " + V2_PAGE + ", CreatedByUserPublicName FROM Pages "
                + "WHERE SpaceKey = 'ENG' ORDER BY Id");
        assertTrue(requests(e -> e.path().contains("/api/v2/")).isEmpty(), "a v1-only column: v1 " + site.requests());
        assertFalse(requests("/wiki/rest/api/content").isEmpty(), site.requests().toString());
        assertRows(v2, prefix(v1, v2.getFirst().length), "Cloud v2 = Cloud v1");
        Bridge.disconnect(cloud);

        long dc = site.connectAs(false, ";Pagesize=" + pagesize);
        site.clearRequests();
        List<Object[]> dcRows = FakeSite.query(dc, "SELECT " + SHARED + " FROM Pages WHERE SpaceKey = 'ENG' ORDER BY Id");
        assertTrue(requests(e -> e.path().contains("/api/v2/")).isEmpty(), "Data Center: v1 only");
        assertRows(prefix(v2, SHARED_COLUMNS), dcRows, "Cloud v2 = Data Center");
        site.clearRequests();
        assertTrue(FakeSite.query(dc, "SELECT OwnerId FROM Pages WHERE SpaceKey = 'ENG'").stream()
                .allMatch(r -> r[0] == null), "Data Center pages have no owner");
        assertTrue(site.requests().stream().noneMatch(e -> e.query().contains("ownedBy")), site.requests().toString());
        Bridge.disconnect(dc);
    }

    @Test
    void aListingOfEverySpaceReadsTheSpacesOncePerConnection() throws Exception {
        int pagesize = 100;
        List<Page> want = currentPages(null);
        long c = site.connectAs(true, ";Pagesize=" + pagesize);
        site.clearRequests();
        List<Object[]> rows = FakeSite.query(c, "SELECT Id, SpaceKey, SpaceType FROM Pages");
        Set<String> got = new TreeSet<>();
        for (Object[] r : rows) {
            Page p = site.data.page(Long.parseLong((String) r[0]));
            assertEquals(p.space().key(), r[1]);
            assertEquals(p.space().type(), r[2]);
            got.add((String) r[0]);
        }
        assertEquals(new TreeSet<>(want.stream().map(p -> Long.toString(p.id())).toList()), got);
        assertEquals((want.size() + pagesize - 1) / pagesize, requests(V2_PAGES).size());
        List<RequestLog.Entry> spaces = requests(V2_SPACES);
        assertEquals(1, spaces.size(), "every space in one request of 250: " + spaces);
        assertEquals("250", param(spaces.getFirst(), "limit"));
        assertNull(param(spaces.getFirst(), "status"), "archived spaces' pages are listed too");
        assertEquals(requests(V2_PAGES).size() + 1, site.requests().size(), site.requests().toString());

        site.clearRequests();
        assertEquals(want.size(), FakeSite.query(c, "SELECT SpaceKey FROM Pages").size());
        assertTrue(requests(V2_SPACES).isEmpty(), "spaces are known for the rest of the connection");
        site.clearRequests();
        assertEquals(want.size(), FakeSite.query(c, "SELECT Id, SpaceId FROM Pages").size());
        assertTrue(requests(V2_SPACES).isEmpty());
        Bridge.disconnect(c);

        long fresh = site.connectAs(true, ";Pagesize=" + pagesize);
        site.clearRequests();
        FakeSite.query(fresh, "SELECT Id, Title, SpaceId FROM Pages");
        assertTrue(requests(V2_SPACES).isEmpty(), "no space key or type used: no space lookup");
        assertEquals(site.requests().size(), requests(V2_PAGES).size());
        site.clearRequests();
        assertTrue(FakeSite.query(fresh, "SELECT Id FROM Pages WHERE SpaceKey = 'NOPE'").isEmpty());
        assertEquals(1, site.requests().size(), "an unknown key: the lookup only");
        assertEquals(V2_SPACES, site.requests().getFirst().path());
        Bridge.disconnect(fresh);
    }

    @Test
    void columnsV2CannotFillUseV1() throws Exception {
        long c = site.connectAs(true, ";Pagesize=50");
        for (String col : List.of("CreatedByUserPublicName", "LastUpdatedUserPublicName", "VersionUserPublicName",
                "PreviousVersionNumber", "PreviousVersionDatetime", "PreviousVersionUserAccountId", "Excerpt", "ItemURL")) {
            site.clearRequests();
            List<Object[]> rows = FakeSite.query(c, "SELECT Id, " + col + " FROM Pages WHERE SpaceKey = 'HR'");
            assertEquals(currentPages("HR").size(), rows.size(), col);
            assertTrue(requests(e -> e.path().contains("/api/v2/")).isEmpty(), col + ": " + site.requests());
            List<RequestLog.Entry> v1 = requests("/wiki/rest/api/content");
            assertFalse(v1.isEmpty(), col);
            assertTrue(v1.stream().allMatch(e -> "HR".equals(param(e, "spaceKey"))), v1.toString());
        }
        site.clearRequests();
        FakeSite.query(c, "SELECT Id, OwnerId FROM Blogposts");
        assertTrue(requests(e -> e.path().contains("/api/v2/")).isEmpty(), "a v2 blog post has no owner");
        Bridge.disconnect(c);
    }

    @Test
    void oneBodyFormatIsAskedOfV2AndBothStayOnV1() throws Exception {
        long c = site.connectAs(true, ";Pagesize=50");
        for (String body : List.of("Storage", "AtlasDocFormat")) {
            site.clearRequests();
            List<Object[]> v2 = FakeSite.query(c, "SELECT Id, " + body + " FROM Pages WHERE SpaceKey = 'OPS' ORDER BY Id");
            List<RequestLog.Entry> sent = requests(V2_PAGES);
            assertFalse(sent.isEmpty());
            String format = body.equals("Storage") ? "storage" : "atlas_doc_format";
            assertTrue(sent.stream().allMatch(e -> format.equals(param(e, "body-format"))), sent.toString());
            assertTrue(v2.stream().allMatch(r -> r[1] != null && !((String) r[1]).isEmpty()), body);
            List<Object[]> v1 = FakeSite.query(c, "SELECT Id, " + body + ", Excerpt FROM Pages WHERE SpaceKey = 'OPS' "
                    + "ORDER BY Id");
            assertRows(v2, prefix(v1, 2), body + ": v2 = v1");

            site.clearRequests();
            List<Object[]> contents = FakeSite.query(c, "SELECT Id, Title, SpaceKey, " + body
                    + ", VersionNumber, LastUpdatedDatetime, CQL FROM PageContents WHERE SpaceKey = 'OPS' ORDER BY Id");
            assertTrue(requests(V2_PAGES).stream().allMatch(e -> format.equals(param(e, "body-format"))));
            assertFalse(requests(V2_PAGES).isEmpty(), "PageContents on v2 too");
            assertEquals(v2.size(), contents.size());
            for (int i = 0; i < v2.size(); i++) {
                assertEquals(v2.get(i)[1], contents.get(i)[3]);
            }
        }
        site.clearRequests();
        List<Object[]> both = FakeSite.query(c, "SELECT Id, Storage, AtlasDocFormat FROM Pages WHERE SpaceKey = 'OPS'");
        assertEquals(currentPages("OPS").size(), both.size());
        assertTrue(requests(e -> e.path().contains("/api/v2/")).isEmpty(), "v2 gives one body format a request");
        String expand = param(requests("/wiki/rest/api/content").getFirst(), "expand");
        assertTrue(expand.contains("body.storage") && expand.contains("body.atlas_doc_format"), expand);
        Bridge.disconnect(c);
    }

    @Test
    void anIdIsOneV2Get() throws Exception {
        long c = site.connectAs(true, "");
        Page p = currentPages("MKT").get(2);
        site.clearRequests();
        List<Object[]> rows = FakeSite.query(c, "SELECT Id, Title, SpaceKey, ParentId, VersionNumber FROM Pages WHERE Id = '"
                + p.id() + "'");
        assertEquals(1, rows.size());
        assertArrayEquals(new Object[] {Long.toString(p.id()), p.title(), "MKT",
                p.parentId() == 0 ? null : Long.toString(p.parentId()), (long) p.version()}, rows.getFirst());
        List<RequestLog.Entry> sent = site.requests();
        assertEquals(2, sent.size(), "the page and its space: " + sent);
        assertEquals(V2_PAGES + "/" + p.id(), sent.get(0).path());
        assertEquals("current", param(sent.get(0), "status"));
        assertEquals(V2_SPACES + "/" + p.space().id(), sent.get(1).path());
        List<Object[]> v1 = FakeSite.query(c, "SELECT Id, Title, SpaceKey, ParentId, VersionNumber, Excerpt FROM Pages "
                + "WHERE Id = '" + p.id() + "'");
        assertRows(rows, prefix(v1, 5), "v2 = v1");

        BlogPost b = site.data.blogposts().stream().filter(BlogPost::isCurrent).findFirst().orElseThrow();
        site.clearRequests();
        assertTrue(FakeSite.query(c, "SELECT Id, Title FROM Pages WHERE Id = '" + b.id() + "'").isEmpty(),
                "a blog post is not a page");
        assertEquals(V2_PAGES + "/" + b.id(), site.requests().getFirst().path());
        List<Object[]> blog = FakeSite.query(c, "SELECT Id, Title FROM Blogposts WHERE Id = '" + b.id() + "'");
        assertEquals(List.of(Long.toString(b.id()), b.title()), Arrays.asList(blog.getFirst()));
        site.clearRequests();
        assertTrue(FakeSite.query(c, "SELECT Id FROM Pages WHERE Id = 'abc'").isEmpty());
        assertTrue(site.requests().isEmpty(), "v2 ids are numbers: nothing to ask");
        assertTrue(FakeSite.query(c, "SELECT Id FROM Pages WHERE Id = '999999999'").isEmpty());
        Bridge.disconnect(c);
    }

    @Test
    void blogpostsComeFromV2AndEqualV1() throws Exception {
        int pagesize = 20;
        List<BlogPost> want = site.data.blogposts().stream().filter(BlogPost::isCurrent).toList();
        long c = site.connectAs(true, ";Pagesize=" + pagesize);
        String cols = "Id, Title, Type, SpaceKey, SpaceId, CreatedDate, CreatedByAccountId, VersionNumber, URL";
        site.clearRequests();
        List<Object[]> v2 = FakeSite.query(c, "SELECT " + cols + " FROM Blogposts ORDER BY Id");
        List<RequestLog.Entry> sent = requests("/wiki/api/v2/blogposts");
        assertEquals((want.size() + pagesize - 1) / pagesize, sent.size());
        assertEquals(sent.size() + 1, site.requests().size(), "plus the spaces, once: " + site.requests());
        assertEquals(want.size(), v2.size());
        for (Object[] r : v2) {
            BlogPost b = want.stream().filter(x -> Long.toString(x.id()).equals(r[0])).findFirst().orElseThrow();
            assertEquals(b.title(), r[1]);
            assertEquals("blogpost", r[2]);
            assertEquals(b.space().key(), r[3]);
            assertEquals(b.space().id(), r[4]);
            assertEquals(micros(b.created()), r[5]);
            assertEquals(b.creator().accountId(), r[6]);
            assertEquals((long) b.version(), r[7]);
        }
        List<Object[]> v1 = FakeSite.query(c, "SELECT " + cols + ", CreatedByUserPublicName FROM Blogposts ORDER BY Id");
        assertRows(v2, prefix(v1, v2.getFirst().length), "Blogposts v2 = v1");
        Bridge.disconnect(c);
    }

    @Test
    void spacesComeFromV2WithKeysAndEqualV1AndDataCenter() throws Exception {
        String cols = "Key, Id, Name, Type, Status, Alias, Description, CreatedDate, Url";
        long c = site.connectAs(true, "");
        site.clearRequests();
        List<Object[]> v2 = FakeSite.query(c, "SELECT " + cols + " FROM Spaces WHERE Key IN ('ENG', 'SALES', 'HR') ORDER BY Key");
        assertEquals(List.of("ENG", "HR"), v2.stream().map(r -> r[0]).toList(), "SALES is archived");
        assertEquals(1, site.requests().size());
        RequestLog.Entry sent = site.requests().getFirst();
        assertEquals(V2_SPACES, sent.path());
        assertEquals(Set.of("ENG", "SALES", "HR"), Set.of(param(sent, "keys").split(",")), sent.query());
        assertEquals("current", param(sent, "status"));
        assertEquals("plain", param(sent, "description-format"));
        assertNull(param(sent, "include-icon"));
        for (Object[] r : v2) {
            Space s = site.data.spaceByKey((String) r[0]);
            assertArrayEquals(new Object[] {s.key(), s.id(), s.name(), s.type(), s.status(), s.key(), s.description(),
                    micros(s.created()), site.cloudUrl() + "/spaces/" + s.key()}, r);
        }
        site.clearRequests();
        List<Object[]> v1 = FakeSite.query(c, "SELECT " + cols + ", LastModified FROM Spaces "
                + "WHERE Key IN ('ENG', 'SALES', 'HR') ORDER BY Key");
        assertEquals("/wiki/rest/api/space", site.requests().getFirst().path(), "v2 has no LastModified");
        assertRows(v2, prefix(v1, v2.getFirst().length), "Spaces v2 = v1");

        for (String v1Only : List.of("IconPath", "IconWidth", "IsIconDefault", "Excerpt")) {
            site.clearRequests();
            FakeSite.query(c, "SELECT Key, " + v1Only + " FROM Spaces");
            assertEquals("/wiki/rest/api/space", site.requests().getFirst().path(), v1Only);
        }
        site.clearRequests();
        List<Object[]> global = FakeSite.query(c, "SELECT Key FROM Spaces WHERE Type = 'global'");
        assertEquals(site.data.spaces().stream().filter(s -> s.type().equals("global") && s.status().equals("current")).count(),
                global.size());
        assertEquals("global", param(site.requests().getFirst(), "type"));
        assertEquals(V2_SPACES, site.requests().getFirst().path());
        site.clearRequests();
        assertTrue(FakeSite.query(c, "SELECT Key FROM Spaces WHERE Type = 'bogus'").isEmpty());
        assertEquals("/wiki/rest/api/space", site.requests().getFirst().path(), "v2 refuses unknown types: v1");
        Bridge.disconnect(c);

        long dc = site.connectAs(false, "");
        site.clearRequests();
        List<Object[]> dcRows = FakeSite.query(dc, "SELECT " + cols + " FROM Spaces WHERE Key IN ('ENG', 'SALES', 'HR') "
                + "ORDER BY Key");
        assertEquals("/rest/api/space", site.requests().getFirst().path());
        int n = cols.split(",").length - 1;   // but Url, whose base differs
        assertRows(prefix(v2, n), prefix(dcRows, n), "Cloud v2 = Data Center");
        Bridge.disconnect(dc);
    }

    @Test
    void includeArchivedSpacesOnV2AsksForEveryStatus() throws Exception {
        long c = site.connectAs(true, ";IncludeArchivedSpaces=true;Pagesize=3");
        site.clearRequests();
        List<Object[]> rows = FakeSite.query(c, "SELECT Key, Status FROM Spaces ORDER BY Key");
        List<Space> all = site.data.spaces().stream().sorted(Comparator.comparing(Space::key)).toList();
        assertEquals(all.stream().map(s -> List.of(s.key(), s.status())).toList(),
                rows.stream().map(r -> List.of(r[0], r[1])).toList());
        assertTrue(rows.stream().anyMatch(r -> "archived".equals(r[1])));
        List<RequestLog.Entry> sent = site.requests();
        assertEquals((all.size() + 2) / 3, sent.size(), "cursor pages of 3");
        assertTrue(sent.stream().allMatch(e -> e.path().equals(V2_SPACES) && param(e, "status") == null), sent.toString());
        Bridge.disconnect(c);
    }
}
