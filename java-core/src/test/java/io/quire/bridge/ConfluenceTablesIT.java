package io.quire.bridge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quire.fake.confluence.Attachment;
import io.quire.fake.confluence.BlogPost;
import io.quire.fake.confluence.Comment;
import io.quire.fake.confluence.Label;
import io.quire.fake.confluence.Page;
import io.quire.fake.confluence.RequestLog;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every content table and view against the fake site's data on both deployments: Blogposts,
 * Comments, PageComments, Attachments, Labels (and its required filter), PageAncestors,
 * PageChildren, PageContents. Expected rows come from the fake's SiteData.
 */
class ConfluenceTablesIT {
    private static FakeSite site;

    @BeforeAll
    static void start() throws Exception {
        site = new FakeSite();
    }

    @AfterAll
    static void stop() {
        site.close();
    }

    private static long connect(boolean cloud) throws BridgeException {
        return site.connectAs(cloud, ";Pagesize=50");
    }

    private static Set<String> col(List<Object[]> rows, int i) {
        Set<String> out = new TreeSet<>();
        rows.forEach(r -> out.add(String.valueOf(r[i])));
        return out;
    }

    private static <T> Set<String> set(List<T> items, java.util.function.Function<T, Object> f) {
        Set<String> out = new TreeSet<>();
        items.forEach(i -> out.add(String.valueOf(f.apply(i))));
        return out;
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void blogposts(boolean cloud) throws Exception {
        long c = connect(cloud);
        site.clearRequests();
        List<Object[]> rows = FakeSite.query(c, "SELECT Id, Title, SpaceKey FROM Blogposts");
        List<BlogPost> want = site.data.blogposts().stream().filter(BlogPost::isCurrent).toList();
        assertEquals(set(want, BlogPost::id), col(rows, 0));
        assertEquals(set(want, b -> b.id() + " " + b.space().key()), set(rows, r -> r[0] + " " + r[2]));
        // Cloud: v2's blog posts by cursor, plus every space once (for SpaceKey); Data Center: v1's content
        String listing = cloud ? "/wiki/api/v2/blogposts" : "/rest/api/content";
        List<RequestLog.Entry> pages = site.requests().stream().filter(e -> e.path().equals(listing)).toList();
        assertEquals((want.size() + 49) / 50, pages.size(), site.requests().toString());
        assertEquals(pages.size() + (cloud ? 1 : 0), site.requests().size(), site.requests().toString());
        Bridge.disconnect(c);
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void commentsOfOnePageAndAllComments(boolean cloud) throws Exception {
        long c = connect(cloud);
        Comment some = site.data.comments().stream().filter(m -> m.container() instanceof Page && m.isCurrent())
                .findFirst().orElseThrow();
        long page = some.container().id();
        site.clearRequests();
        List<Object[]> rows = FakeSite.query(c, "SELECT Id, ContainerId, Location, ParentCommentId FROM Comments WHERE ContainerId = '" + page + "'");
        List<Comment> want = site.data.commentsOf(page).stream().filter(Comment::isCurrent).toList();
        assertEquals(set(want, Comment::id), col(rows, 0));
        assertTrue(site.requests().stream().anyMatch(r -> r.query().contains("container")), site.requests().toString());
        for (Object[] r : rows) {
            Comment m = want.stream().filter(x -> Long.toString(x.id()).equals(r[0])).findFirst().orElseThrow();
            assertEquals(m.location(), r[2]);
            assertEquals(m.parentId() == 0 ? null : Long.toString(m.parentId()), r[3]);
        }
        List<Object[]> all = FakeSite.query(c, "SELECT Id FROM Comments");
        assertEquals(set(site.data.comments().stream().filter(Comment::isCurrent).toList(), Comment::id), col(all, 0));
        List<Object[]> onPages = FakeSite.query(c, "SELECT PageId, Id FROM PageComments WHERE PageId = '" + page + "'");
        assertEquals(set(want, Comment::id), col(onPages, 1));
        Bridge.disconnect(c);
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void attachmentsByContainer(boolean cloud) throws Exception {
        long c = connect(cloud);
        Attachment a = site.data.attachments().stream().filter(Attachment::isCurrent).findFirst().orElseThrow();
        List<Object[]> rows = FakeSite.query(c, "SELECT Id, Title, MediaType, FileSize, DownloadLink FROM Attachments "
                + "WHERE ContainerId = '" + a.container().id() + "'");
        List<Attachment> want = site.data.attachmentsOf(a.container().id()).stream().filter(Attachment::isCurrent).toList();
        assertEquals(set(want, Attachment::restId), col(rows, 0));
        Object[] row = rows.stream().filter(r -> a.restId().equals(r[0])).findFirst().orElseThrow();
        assertEquals(a.mediaType(), row[2]);
        assertEquals(a.fileSize(), ((Number) row[3]).longValue());
        assertTrue(((String) row[4]).contains("/download/attachments/"), (String) row[4]);
        Bridge.disconnect(c);
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void labelsNeedTheirContentAndListIt(boolean cloud) throws Exception {
        long c = connect(cloud);
        BridgeException e = assertThrows(BridgeException.class, () -> FakeSite.query(c, "SELECT Name FROM Labels"));
        assertEquals("42000", e.sqlState());
        assertTrue(e.getMessage().contains("ContentId"), e.getMessage());
        Page labelled = site.data.pages().stream().filter(p -> p.isCurrent() && !p.labels().isEmpty()).findFirst().orElseThrow();
        List<Object[]> rows = FakeSite.query(c, "SELECT ContentId, Name, Prefix FROM Labels WHERE ContentId = '" + labelled.id() + "'");
        assertEquals(set(site.data.labelsOf(labelled), Label::name), col(rows, 1));
        assertTrue(rows.stream().allMatch(r -> Long.toString(labelled.id()).equals(r[0])));
        assertEquals(0, FakeSite.query(c, "SELECT Name FROM Labels WHERE ContentId = '999999999'").size(),
                "labels of content that does not exist: no rows, no error");
        Bridge.disconnect(c);
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void pageTree(boolean cloud) throws Exception {
        long c = connect(cloud);
        Page deep = site.data.pages().stream().filter(p -> p.isCurrent() && p.depth() >= 2).findFirst().orElseThrow();
        List<Object[]> anc = FakeSite.query(c, "SELECT AncestorId, Depth FROM PageAncestors WHERE PageId = '" + deep.id()
                + "' ORDER BY Depth");
        List<String> want = site.data.ancestors(deep).stream().map(p -> Long.toString(p.id())).toList();
        assertEquals(want, anc.stream().map(r -> (String) r[0]).toList());
        Page parent = site.data.page(deep.parentId());
        List<Object[]> kids = FakeSite.query(c, "SELECT Id FROM PageChildren WHERE ParentId = '" + parent.id() + "'");
        assertEquals(set(site.data.children(parent.id()).stream().filter(Page::isCurrent).toList(), Page::id), col(kids, 0));
        List<Object[]> allKids = FakeSite.query(c, "SELECT ParentId, Id FROM PageChildren WHERE SpaceKey = 'ENG'");
        List<Page> engChildren = site.data.pages().stream()
                .filter(p -> p.isCurrent() && p.parentId() != 0 && p.space().key().equals("ENG")).toList();
        assertEquals(set(engChildren, Page::id), col(allKids, 1));
        Bridge.disconnect(c);
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void pageContentsCarryBodies(boolean cloud) throws Exception {
        long c = connect(cloud);
        Page p = site.data.pages().stream().filter(Page::isCurrent).findFirst().orElseThrow();
        site.clearRequests();
        List<Object[]> rows = FakeSite.query(c, "SELECT Id, Storage FROM PageContents WHERE Id = '" + p.id() + "'");
        assertEquals(1, rows.size());
        assertTrue(((String) rows.get(0)[1]).startsWith("<"), "storage XHTML");
        assertEquals(1, site.requests().size(), site.requests().toString());
        RequestLog.Entry sent = site.requests().getFirst();
        if (cloud) {
            assertEquals("/wiki/api/v2/pages/" + p.id(), sent.path());
            assertTrue(sent.query().contains("body-format=storage"), sent.query());
        } else {
            assertEquals("/rest/api/content/" + p.id(), sent.path());
            assertTrue(sent.query().contains("body.storage"), sent.query());
        }
        Bridge.disconnect(c);
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void foreignKeysAreDeclared(boolean cloud) throws Exception {
        long c = connect(cloud);
        List<Object[]> fk = FakeSite.catalog(c, CatalogFunctions.SQL_API_SQLFOREIGNKEYS,
                null, null, "Pages", null, null, null);
        List<String> referring = new ArrayList<>();
        fk.forEach(r -> referring.add(r[6] + "." + r[7]));
        assertTrue(referring.containsAll(List.of("PageAncestors.PageId", "PageChildren.ParentId", "PageComments.PageId",
                "Pages.ParentId")), referring.toString());
        Bridge.disconnect(c);
    }
}
