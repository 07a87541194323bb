package io.quire.fake.confluence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class PagingTest extends ServerTestSupport {

    @BeforeAll
    static void start() throws Exception {
        startServer();
    }

    @AfterAll
    static void stop() {
        stopServer();
    }

    /** Follows v1 {@code _links.next} (relative to {@code _links.base}) and collects {@code field} of each result. */
    private static List<String> walkV1(String first, String field) {
        List<String> out = new ArrayList<>();
        String url = first;
        int guard = 0;
        while (url != null) {
            JsonNode page = json(url);
            for (JsonNode r : page.get("results")) {
                out.add(r.get(field).asText());
            }
            assertEquals(page.get("results").size(), page.get("size").asInt());
            JsonNode next = page.get("_links").get("next");
            url = next == null ? null : page.get("_links").get("base").asText() + next.asText();
            assertTrue(++guard < 1000, "paging does not terminate");
        }
        return out;
    }

    private static void assertExactlyOnce(List<String> expected, List<String> got) {
        assertEquals(got.size(), new HashSet<>(got).size(), "duplicates in " + got);
        assertEquals(new HashSet<>(expected), new HashSet<>(got));
        assertEquals(expected.size(), got.size());
    }

    @Test
    void walksAllSpacesCloudAndDc() {
        List<String> keys = data.spaces().stream().map(Space::key).toList();
        assertExactlyOnce(keys, walkV1("/wiki/rest/api/space?limit=3", "key"));
        assertExactlyOnce(keys, walkV1("/rest/api/space?limit=3&expand=description.plain,icon", "key"));
    }

    @Test
    void cloudAndDcNextLinkShapes() {
        JsonNode cloud = json("/wiki/rest/api/space?limit=3");
        assertEquals(server.url() + "/wiki", cloud.get("_links").get("base").asText());
        assertEquals("/wiki", cloud.get("_links").get("context").asText());
        assertEquals("/rest/api/space?next=true&limit=3&start=3", cloud.get("_links").get("next").asText());
        JsonNode dc = json("/rest/api/space?limit=3&type=global");
        assertEquals(server.url(), dc.get("_links").get("base").asText());
        assertEquals("", dc.get("_links").get("context").asText());
        assertEquals("/rest/api/space?type=global&limit=3&start=3", dc.get("_links").get("next").asText());
        JsonNode last = json("/rest/api/space?limit=25");
        assertFalse(last.get("_links").has("next"));
    }

    @Test
    void walksPagesOfASpace() {
        Space eng = data.spaceByKey("ENG");
        List<String> ids = data.pagesOf(eng).stream().filter(Page::isCurrent).map(p -> Long.toString(p.id())).toList();
        assertExactlyOnce(ids, walkV1("/wiki/rest/api/content?spaceKey=ENG&limit=7&expand=version", "id"));
        assertExactlyOnce(ids, walkV1("/rest/api/content?spaceKey=ENG&limit=7", "id"));
        assertExactlyOnce(ids, walkV1("/rest/api/content/search?cql=" + enc("space = ENG and type = page")
                + "&limit=9", "id"));
    }

    @Test
    void walksTheWholeListingInIdOrderAsTheFilteredListingDoes() {
        List<String> current = data.index().ofType("page").stream().filter(Content::isCurrent)
                .map(p -> Long.toString(p.id())).toList();
        assertEquals(current, walkV1("/rest/api/content?limit=50", "id"));
        assertEquals(current, walkV1("/wiki/rest/api/content?type=page&limit=100&status=current", "id"));
        assertEquals(current.subList(25, 35), ids(json("/rest/api/content?limit=10&start=25")));
        assertEquals(0, json("/rest/api/content?limit=10&start=" + current.size()).get("size").asInt());
        // two spaces take the filtering path: the same pages as the index gives per space, in id order
        List<String> two = data.index().ofType("page").stream()
                .filter(p -> p.isCurrent() && Set.of("ENG", "HR").contains(p.space().key()))
                .map(p -> Long.toString(p.id())).toList();
        assertEquals(two, walkV1("/rest/api/content?spaceKey=ENG&spaceKey=HR&limit=50", "id"));
        List<String> eng = data.index().current("page", data.spaceByKey("ENG")).stream()
                .map(p -> Long.toString(p.id())).toList();
        assertEquals(eng, two.stream().filter(id -> data.content(Long.parseLong(id)).space().key().equals("ENG")).toList());
    }

    private static List<String> ids(JsonNode page) {
        List<String> out = new ArrayList<>();
        page.get("results").forEach(r -> out.add(r.get("id").asText()));
        return out;
    }

    @Test
    void cloudContentSearchUsesCursor() {
        JsonNode page = json("/wiki/rest/api/content/search?cql=" + enc("type = page and space = HR order by title")
                + "&limit=5");
        String next = page.get("_links").get("next").asText();
        assertTrue(next.startsWith("/rest/api/content/search?next=true&cursor="), next);
        Space hr = data.spaceByKey("HR");
        List<String> ids = data.pagesOf(hr).stream().filter(Page::isCurrent).map(p -> Long.toString(p.id())).toList();
        assertExactlyOnce(ids, walkV1("/wiki/rest/api/content/search?cql="
                + enc("type = page and space = HR order by title") + "&limit=5", "id"));
        JsonNode search = json("/wiki/rest/api/search?cql=" + enc("space = HR and type = page") + "&limit=4");
        assertEquals(ids.size(), search.get("totalSize").asInt());
        assertTrue(search.get("_links").get("next").asText().contains("cursor="));
    }

    @Test
    void v2CursorPagingWithLinkHeader() {
        Space ops = data.spaceByKey("OPS");
        List<String> expected = data.pagesOf(ops).stream().filter(Page::isCurrent)
                .map(p -> Long.toString(p.id())).toList();
        List<String> got = new ArrayList<>();
        String url = "/wiki/api/v2/spaces/" + ops.id() + "/pages?limit=6";
        while (url != null) {
            HttpResponse<String> r = get(url, BASIC);
            assertEquals(200, r.statusCode(), r.body());
            JsonNode body = parse(r.body());
            body.get("results").forEach(p -> got.add(p.get("id").asText()));
            JsonNode next = body.get("_links").get("next");
            String header = r.headers().firstValue("Link").orElse(null);
            if (next == null) {
                assertEquals(null, header);
                url = null;
            } else {
                assertTrue(next.asText().startsWith("/wiki/api/v2/spaces/" + ops.id() + "/pages?cursor="));
                assertTrue(header.startsWith("<" + next.asText() + ">; rel=\"next\""), header);
                url = next.asText();
            }
        }
        assertExactlyOnce(expected, got);
        Set<String> spaces = new HashSet<>();
        String sUrl = "/wiki/api/v2/spaces?limit=2";
        while (sUrl != null) {
            JsonNode body = json(sUrl);
            body.get("results").forEach(s -> spaces.add(s.get("key").asText()));
            sUrl = body.get("_links").has("next") ? body.get("_links").get("next").asText() : null;
        }
        assertEquals(data.spaces().size(), spaces.size());
    }

    /** Follows v2 {@code _links.next}, checking the Link header announces the same URL, and collects ids. */
    private static List<String> walkV2(String first) {
        List<String> got = new ArrayList<>();
        String url = first;
        while (url != null) {
            HttpResponse<String> r = get(url, BASIC);
            assertEquals(200, r.statusCode(), r.body());
            JsonNode body = parse(r.body());
            body.get("results").forEach(x -> got.add(x.get("id").asText()));
            JsonNode next = body.get("_links").get("next");
            String header = r.headers().firstValue("Link").orElse(null);
            if (next == null) {
                assertEquals(null, header);
                url = null;
            } else {
                assertTrue(header.startsWith("<" + next.asText() + ">; rel=\"next\""), header);
                assertTrue(next.asText().contains("cursor="), next.asText());
                url = next.asText();
            }
        }
        return got;
    }

    @Test
    void v2NewListsPageWithCursorAndLinkHeader() {
        assertExactlyOnce(data.comments().stream().filter(m -> !m.inline()).map(m -> Long.toString(m.id())).toList(),
                walkV2("/wiki/api/v2/footer-comments?limit=37&body-format=storage"));
        assertExactlyOnce(data.attachments().stream().map(Attachment::restId).toList(),
                walkV2("/wiki/api/v2/attachments?limit=50"));
        assertExactlyOnce(data.tasks().stream().map(t -> Long.toString(t.id())).toList(),
                walkV2("/wiki/api/v2/tasks?limit=64"));
        assertExactlyOnce(data.blogposts().stream().filter(BlogPost::isCurrent).map(b -> Long.toString(b.id()))
                .toList(), walkV2("/wiki/api/v2/blogposts?limit=10&sort=-modified-date"));
    }

    @Test
    void v2LimitIsCappedAt250AndAttachmentsDefaultTo50() {
        JsonNode big = json("/wiki/api/v2/footer-comments?limit=1000");
        assertEquals(250, big.get("results").size());
        assertTrue(big.get("_links").get("next").asText().contains("limit=250"));
        assertEquals(50, json("/wiki/api/v2/attachments").get("results").size());
        assertEquals(25, json("/wiki/api/v2/tasks").get("results").size());
        assertEquals(400, get("/wiki/api/v2/tasks?limit=0", BASIC).statusCode());
    }

    @Test
    void v1SearchAndDcListsPageOverNewContent() {
        List<String> comments = data.comments().stream().map(m -> Long.toString(m.id())).toList();
        assertExactlyOnce(comments, walkV1("/wiki/rest/api/content/search?cql=" + enc("type = comment") + "&limit=100",
                "id"));
        JsonNode first = json("/wiki/rest/api/content/search?cql=" + enc("type = comment") + "&limit=100");
        assertTrue(first.get("_links").get("next").asText().contains("cursor="));
        assertExactlyOnce(comments, walkV1("/rest/api/content/search?cql=" + enc("type = comment") + "&limit=1000",
                "id"));
        JsonNode dc = json("/rest/api/content/search?cql=" + enc("type = comment") + "&limit=1000");
        assertEquals(100, dc.get("limit").asInt());
        assertFalse(dc.get("_links").get("next").asText().contains("cursor="));
        Content host = data.comments().stream().map(Comment::container)
                .max(java.util.Comparator.comparingInt(c -> data.commentsOf(c.id()).size())).orElseThrow();
        List<String> all = data.commentsOf(host.id()).stream().map(m -> Long.toString(m.id())).toList();
        assertExactlyOnce(all, walkV1("/rest/api/content/" + host.id() + "/child/comment?depth=all&limit=2", "id"));
        List<String> audit = new ArrayList<>();
        String url = "/wiki/rest/api/audit?limit=40";
        while (url != null) {
            JsonNode page = json(url);
            page.get("results").forEach(r -> audit.add(r.get("creationDate").asText() + r.get("summary").asText()));
            url = page.get("_links").has("next") ? page.get("_links").get("base").asText()
                    + page.get("_links").get("next").asText() : null;
        }
        assertEquals(data.auditRecords().size(), audit.size());
    }
}
