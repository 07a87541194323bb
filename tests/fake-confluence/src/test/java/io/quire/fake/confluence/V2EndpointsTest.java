package io.quire.fake.confluence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Cloud v2 endpoints for blog posts, comments, attachments, labels, tasks, hierarchy, versions and permissions. */
class V2EndpointsTest extends ServerTestSupport {

    private static final String V2 = "/wiki/api/v2";
    private static Samples s;

    @BeforeAll
    static void start() throws Exception {
        startServer();
        s = new Samples(data);
    }

    @AfterAll
    static void stop() {
        stopServer();
    }

    /** Every result id of a v2 list, following {@code _links.next}. */
    private static List<String> all(String url) {
        List<String> out = new ArrayList<>();
        while (url != null) {
            JsonNode body = json(url);
            body.get("results").forEach(r -> out.add(r.has("id") ? r.get("id").asText() : r.get("number").asText()));
            url = body.get("_links").has("next") ? body.get("_links").get("next").asText() : null;
        }
        return out;
    }

    private static List<String> ids(List<? extends Content> content) {
        return content.stream().map(V1Render::restId).toList();
    }

    @Test
    void blogposts() {
        Space eng = data.spaceByKey("ENG");
        List<BlogPost> current = data.blogposts().stream().filter(BlogPost::isCurrent).toList();
        assertEquals(ids(current), all(V2 + "/blogposts?limit=40"));
        assertEquals(ids(current.stream().filter(b -> b.space() == eng).toList()),
                all(V2 + "/spaces/" + eng.id() + "/blogposts?limit=7"));
        assertEquals(ids(current.stream().sorted(Comparator.comparing(BlogPost::created).reversed()
                .thenComparingLong(BlogPost::id)).toList()), all(V2 + "/blogposts?sort=-created-date&limit=50"));
        JsonNode b = json(V2 + "/blogposts/" + s.blog.id() + "?body-format=storage");
        assertEquals(s.blog.title(), b.get("title").asText());
        assertEquals(Long.toString(s.blog.space().id()), b.get("spaceId").asText());
        assertTrue(b.get("body").get("storage").get("value").asText().startsWith("<h1>"));
        assertEquals(404, get(V2 + "/blogposts/" + s.deepPage.id(), BASIC).statusCode());
    }

    @Test
    void commentsOfAPageAndSiteWide() {
        Content page = s.footer.container();
        List<Comment> roots = data.commentsOf(page.id()).stream().filter(m -> m.parentId() == 0).toList();
        assertEquals(ids(roots.stream().filter(m -> !m.inline()).toList()),
                all(V2 + "/pages/" + page.id() + "/footer-comments"));
        Content inlineHost = s.inline.container();
        List<Comment> inlineRoots = data.commentsOf(inlineHost.id()).stream()
                .filter(m -> m.inline() && m.parentId() == 0).toList();
        assertEquals(ids(inlineRoots), all(V2 + "/pages/" + inlineHost.id() + "/inline-comments"));
        assertEquals(ids(inlineRoots.stream().filter(m -> m.resolution().equals(s.inline.resolution())).toList()),
                all(V2 + "/pages/" + inlineHost.id() + "/inline-comments?resolution-status=" + s.inline.resolution()));
        assertEquals(ids(data.comments().stream().filter(m -> !m.inline()).toList()),
                all(V2 + "/footer-comments?limit=250"));
        assertEquals(ids(data.comments().stream().filter(Comment::inline).toList()),
                all(V2 + "/inline-comments?limit=100"));
        assertEquals(ids(data.replies(s.footer.id())), all(V2 + "/footer-comments/" + s.footer.id() + "/children"));
        JsonNode one = json(V2 + "/inline-comments/" + s.inline.id() + "?body-format=storage");
        assertEquals(s.inline.resolution(), one.get("resolutionStatus").asText());
        assertEquals(Long.toString(inlineHost.id()), one.get("pageId").asText());
        assertEquals(s.inline.markerRef(), one.get("properties").get("inlineMarkerRef").asText());
        Comment reply = data.replies(s.footer.id()).getFirst();
        assertEquals(Long.toString(s.footer.id()), json(V2 + "/footer-comments/" + reply.id())
                .get("parentCommentId").asText());
        assertEquals(404, get(V2 + "/footer-comments/" + s.inline.id(), BASIC).statusCode());
        Comment blogComment = data.commentsOf(s.blog.id()).getFirst();
        assertEquals(Long.toString(s.blog.id()), json(V2 + "/footer-comments/" + blogComment.id())
                .get("blogPostId").asText());
    }

    @Test
    void attachmentsAndLabels() {
        Attachment a = s.pageAttachment;
        assertEquals(ids(data.attachmentsOf(a.container().id())), all(V2 + "/pages/" + a.container().id()
                + "/attachments"));
        assertEquals(ids(data.attachments()), all(V2 + "/attachments?limit=250"));
        assertEquals(ids(data.attachmentsOf(s.blog.id())), all(V2 + "/blogposts/" + s.blog.id() + "/attachments"));
        assertEquals(ids(data.attachments().stream().filter(x -> x.mediaType().equals("application/pdf")).toList()),
                all(V2 + "/attachments?mediaType=application/pdf&limit=250"));
        JsonNode one = json(V2 + "/attachments/" + a.restId());
        assertEquals(a.fileSize(), one.get("fileSize").asLong());
        assertEquals(Long.toString(a.container().id()), one.get("pageId").asText());
        assertTrue(one.get("downloadLink").asText().contains(Long.toString(a.container().id())));
        List<String> labelIds = data.labels().stream().map(l -> Long.toString(l.id())).toList();
        assertEquals(labelIds, all(V2 + "/labels?limit=3"));
        assertEquals(data.labelsOf(s.labeledPage).stream().map(l -> Long.toString(l.id())).toList(),
                all(V2 + "/pages/" + s.labeledPage.id() + "/labels"));
        assertEquals(data.labelsOf(s.labeledAttachment).stream().map(l -> Long.toString(l.id())).toList(),
                all(V2 + "/attachments/" + s.labeledAttachment.restId() + "/labels"));
        Label howto = Label.global("howto");
        assertEquals(ids(data.index().labeled("howto").stream().filter(c -> c instanceof Page && c.isCurrent())
                .toList()), all(V2 + "/labels/" + howto.id() + "/pages"));
        assertEquals(ids(data.index().labeled("howto").stream().filter(c -> c instanceof BlogPost && c.isCurrent())
                .toList()), all(V2 + "/labels/" + howto.id() + "/blogposts"));
        Space eng = data.spaceByKey("ENG");
        assertEquals(eng.labels().size(), json(V2 + "/spaces/" + eng.id() + "/labels").get("results").size());
    }

    @Test
    void tasksWithFilters() {
        List<Task> tasks = data.tasks();
        assertEquals(tasks.stream().map(t -> Long.toString(t.id())).toList(), all(V2 + "/tasks?limit=250"));
        assertEquals(tasks.stream().filter(Task::complete).map(t -> Long.toString(t.id())).toList(),
                all(V2 + "/tasks?status=complete&limit=250"));
        User u = s.user;
        assertEquals(tasks.stream().filter(t -> u.equals(t.assignee())).map(t -> Long.toString(t.id())).toList(),
                all(V2 + "/tasks?assigned-to=" + u.accountId()));
        Space eng = data.spaceByKey("ENG");
        long from = Instant.parse("2023-01-01T00:00:00Z").toEpochMilli();
        assertEquals(tasks.stream().filter(t -> t.container().space() == eng && t.created().toEpochMilli() >= from)
                .map(t -> Long.toString(t.id())).toList(),
                all(V2 + "/tasks?space-id=" + eng.id() + "&created-at-from=" + from));
        Task t = s.task;
        JsonNode one = json(V2 + "/tasks/" + t.id() + "?body-format=storage");
        assertEquals("complete", one.get("status").asText());
        assertEquals(t.localId(), one.get("localId").asText());
        assertEquals(t.assignee().accountId(), one.get("assignedTo").asText());
        assertEquals(Json.iso(t.due()), one.get("dueAt").asText());
        assertEquals(t.storage(), one.get("body").get("storage").get("value").asText());
        assertEquals(400, get(V2 + "/tasks?status=done", BASIC).statusCode());
    }

    @Test
    void hierarchy() {
        Page deep = s.deepPage;
        List<Page> anc = data.ancestors(deep);
        JsonNode a = json(V2 + "/pages/" + deep.id() + "/ancestors");
        assertEquals(anc.size(), a.get("results").size());
        assertEquals(Long.toString(anc.getFirst().id()), a.get("results").get(0).get("id").asText());
        JsonNode nearest = json(V2 + "/pages/" + deep.id() + "/ancestors?limit=1");
        assertEquals(Long.toString(anc.getLast().id()), nearest.get("results").get(0).get("id").asText());
        Page p = s.parentPage;
        List<Page> kids = data.children(p.id()).stream().filter(Page::isCurrent).toList();
        assertEquals(ids(kids), all(V2 + "/pages/" + p.id() + "/children?limit=2"));
        assertEquals(ids(kids), all(V2 + "/pages/" + p.id() + "/direct-children"));
        assertEquals("page", json(V2 + "/pages/" + p.id() + "/direct-children").get("results").get(0)
                .get("type").asText());
        List<Page> twoLevels = data.descendants(p.id()).stream().filter(x -> x.isCurrent()
                && x.depth() - p.depth() <= 2).sorted(Comparator.comparingInt(Page::depth)).toList();
        List<String> got = all(V2 + "/pages/" + p.id() + "/descendants");
        assertEquals(ids(twoLevels).stream().sorted().toList(), got.stream().sorted().toList());
        assertEquals(Long.toString(kids.getFirst().id()), got.getFirst());
    }

    @Test
    void versionsAndPermissions() {
        Page p = s.versionedPage;
        List<String> numbers = new ArrayList<>();
        for (int i = p.version(); i >= 1; i--) {
            numbers.add(Integer.toString(i));
        }
        assertEquals(numbers, all(V2 + "/pages/" + p.id() + "/versions?limit=2"));
        JsonNode latest = json(V2 + "/pages/" + p.id() + "/versions").get("results").get(0);
        assertEquals(p.updater().accountId(), latest.get("authorId").asText());
        assertEquals(Long.toString(p.id()), latest.get("page").get("id").asText());
        Space eng = data.spaceByKey("ENG");
        List<SpacePermission> perms = data.permissionsOf(eng);
        JsonNode first = json(V2 + "/spaces/" + eng.id() + "/permissions").get("results").get(0);
        assertEquals("group", first.get("principal").get("type").asText());
        assertEquals(data.groups().getFirst().id(), first.get("principal").get("id").asText());
        assertEquals(perms.size(), all(V2 + "/spaces/" + eng.id() + "/permissions?limit=4").size());
        assertFalse(all(V2 + "/spaces/" + eng.id() + "/content/labels").isEmpty());
    }
}
