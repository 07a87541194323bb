package io.quire.bridge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quire.fake.confluence.Label;
import io.quire.fake.confluence.Page;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Joins with a table that needs keys in WHERE (Labels: ContentId): the keys come from the
 * other side, a batch at a time, whichever side of the JOIN the keyed table is written on, as
 * an IN subquery and as a LEFT JOIN. Expected rows come from the fake's SiteData.
 */
class JoinsIT {
    private static FakeSite site;

    @BeforeAll
    static void start() throws Exception {
        site = new FakeSite();
    }

    @AfterAll
    static void stop() {
        site.close();
    }

    private static List<Page> pagesOf(String space) {
        return site.data.pages().stream().filter(p -> FakeSite.listed(p) && p.space().key().equals(space)).toList();
    }

    /** "pageId label" for every label of the pages. */
    private static Set<String> labelPairs(List<Page> pages) {
        Set<String> out = new TreeSet<>();
        for (Page p : pages) {
            for (Label l : site.data.labelsOf(p)) {
                out.add(p.id() + " " + l.name());
            }
        }
        return out;
    }

    private static Set<String> pairs(List<Object[]> rows) {
        Set<String> out = new TreeSet<>();
        rows.forEach(r -> out.add(r[0] + " " + r[1]));
        return out;
    }

    /** A space whose pages carry labels, with more pages than one batch of keys when there is one. */
    private static String labelledSpace() {
        return site.data.pages().stream().filter(p -> FakeSite.listed(p) && !site.data.labelsOf(p).isEmpty())
                .map(p -> p.space().key()).findFirst().orElseThrow();
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void keysComeFromTheOtherSideWhicheverSideItIsWritten(boolean cloud) throws Exception {
        long c = site.connectAs(cloud, "");
        String space = labelledSpace();
        Set<String> want = labelPairs(pagesOf(space));
        assertTrue(!want.isEmpty());
        assertEquals(want, pairs(FakeSite.query(c, "SELECT p.Id, l.Name FROM Pages p JOIN Labels l "
                + "ON l.ContentId = p.Id WHERE p.SpaceKey = '" + space + "'")));
        assertEquals(want, pairs(FakeSite.query(c, "SELECT l.ContentId, l.Name FROM Labels l JOIN Pages p "
                + "ON p.Id = l.ContentId WHERE p.SpaceKey = '" + space + "'")));
        assertEquals(want, pairs(FakeSite.query(c, "SELECT ContentId, Name FROM Labels WHERE ContentId IN "
                + "(SELECT Id FROM Pages WHERE SpaceKey = '" + space + "')")));
        Bridge.disconnect(c);
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void everyBatchAndTheLastPartialOneAreRead(boolean cloud) throws Exception {
        long c = site.connectAs(cloud, "");
        Set<String> listed = new TreeSet<>();
        FakeSite.query(c, "SELECT Id FROM Pages").forEach(r -> listed.add(String.valueOf(r[0])));
        List<Page> pages = site.data.pages().stream().filter(p -> listed.contains(Long.toString(p.id()))).toList();
        assertEquals(listed.size(), pages.size());
        assertTrue(pages.size() > 100 && pages.size() % 100 != 0, "several batches of keys, the last partial: " + pages.size());
        site.clearRequests();
        List<Object[]> rows = FakeSite.query(c, "SELECT p.Id, l.Name FROM Pages p JOIN Labels l ON l.ContentId = p.Id");
        assertEquals(labelPairs(pages), pairs(rows));
        assertEquals(rows.size(), pairs(rows).size(), "no row twice");
        long labelRequests = site.requests().stream().filter(r -> r.path().endsWith("/label")).count();
        assertEquals(pages.size(), labelRequests, "one label listing per page, none twice");
        Bridge.disconnect(c);
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void leftJoinKeepsPagesWithoutLabels(boolean cloud) throws Exception {
        long c = site.connectAs(cloud, "");
        String space = labelledSpace();
        List<Page> pages = pagesOf(space);
        Set<String> want = labelPairs(pages);
        pages.stream().filter(p -> site.data.labelsOf(p).isEmpty()).forEach(p -> want.add(p.id() + " null"));
        assertEquals(want, pairs(FakeSite.query(c, "SELECT p.Id, l.Name FROM Pages p LEFT JOIN Labels l "
                + "ON l.ContentId = p.Id WHERE p.SpaceKey = '" + space + "'")));
        List<Object[]> counted = FakeSite.query(c, "SELECT COUNT(*) FROM Pages p JOIN Labels l ON l.ContentId = p.Id "
                + "WHERE p.SpaceKey = '" + space + "'");
        assertEquals((long) labelPairs(pages).size(), ((Number) counted.getFirst()[0]).longValue());
        Bridge.disconnect(c);
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void nullKeysMatchNothing(boolean cloud) throws Exception {
        long c = site.connectAs(cloud, "");
        String space = labelledSpace();
        List<Page> pages = pagesOf(space);
        assertTrue(pages.stream().anyMatch(p -> p.parentId() == 0), "root pages have no parent");
        Set<String> want = new TreeSet<>();
        for (Page p : pages) {
            site.data.pages().stream().filter(q -> q.id() == p.parentId()).findFirst()
                    .ifPresent(parent -> site.data.labelsOf(parent).forEach(l -> want.add(p.id() + " " + l.name())));
        }
        assertEquals(want, pairs(FakeSite.query(c, "SELECT p.Id, l.Name FROM Pages p JOIN Labels l "
                + "ON l.ContentId = p.ParentId WHERE p.SpaceKey = '" + space + "'")));
        Bridge.disconnect(c);
    }
}
